/** 统一社会信用代码 (GB 32100-2015): 18 characters, the last a check character over the first 17. */

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters, or null when one of them is outside the charset. */
export function usccCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17.charAt(i));
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** Why a code is not a valid 统一社会信用代码, in Chinese; null when it is valid. */
export function usccProblem(code: string): string | null {
  if (code.length !== 18) return `应为18位，实际${code.length}位`;
  for (const ch of code) {
    if (!CHARSET.includes(ch)) return `含有不允许的字符“${ch}”（不使用I、O、Z、S、V及小写字母）`;
  }
  const expected = usccCheckChar(code.slice(0, 17));
  if (expected !== code.charAt(17)) return '校验位不正确，请核对';
  return null;
}

export function isValidUscc(code: string): boolean {
  return usccProblem(code) === null;
}

export const USCC_CHARSET = CHARSET;
