import { isRealDate } from '../dates';

/** 公民身份号码 (GB 11643-1999): 17 digits, then a check character from "10X98765432". */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export function idCardCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/** Why a number is not a valid 身份证号, in Chinese; null when it is valid. */
export function idCardProblem(raw: string): string | null {
  const id = raw.toUpperCase();
  if (id.length !== 18) return `应为18位，实际${id.length}位`;
  if (!/^\d{17}[\dX]$/.test(id)) return '前17位应为数字，最后一位为数字或X';
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (year < 1900 || !isRealDate(year, month, day)) return `出生日期${id.slice(6, 14)}不是有效日期`;
  if (idCardCheckChar(id.slice(0, 17)) !== id.charAt(17)) return '校验位不正确，请核对';
  return null;
}

export function isValidIdCard(id: string): boolean {
  return idCardProblem(id) === null;
}
