/** Phone numbers: mobile numbers are 11 digits starting with 1; landlines 区号-号码 (e.g. 0938-1234567). */

const MOBILE = /^1\d{10}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(?:-\d{1,6})?$/;

export function mobileProblem(text: string): string | null {
  if (!/^\d+$/.test(text)) return '应为11位数字';
  if (text.length !== 11) return `应为11位，实际${text.length}位`;
  if (!MOBILE.test(text)) return '应以1开头';
  return null;
}

/** A contact number: a mobile number or a landline with its area code. */
export function phoneProblem(text: string): string | null {
  if (MOBILE.test(text) || LANDLINE.test(text)) return null;
  return '应为11位手机号或带区号的固定电话（如0938-1234567）';
}

export function isValidMobile(text: string): boolean {
  return mobileProblem(text) === null;
}
