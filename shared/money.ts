/**
 * Money is integer fen (分) everywhere; these helpers are the only place text becomes fen and back.
 * Parsing works on the decimal string, never through a float, so "0.29" is 29 fen, not 28.999….
 */

const YUAN_PATTERN = /^(-)?(\d{1,13})(?:\.(\d{0,2}))?$/;

/** Parses a 元 amount typed by a clerk ("1,234.5", "１２３４.５０") into fen; null when it is not an amount. */
export function parseYuanToFen(text: string): number | null {
  const normalized = toHalfWidth(text).replace(/[,，\s]/g, '').replace(/元$/, '');
  const match = YUAN_PATTERN.exec(normalized);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return sign ? -fen : fen;
}

/** 123456 → "1,234.56" (元, two decimals, thousands separators). */
export function formatFenAsYuan(fen: number, withSeparators = true): string {
  const negative = fen < 0;
  const abs = Math.abs(Math.trunc(fen));
  const whole = Math.floor(abs / 100).toString();
  const cents = (abs % 100).toString().padStart(2, '0');
  const grouped = withSeparators ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return `${negative ? '-' : ''}${grouped}.${cents}`;
}

/** Fen → 万元 with two decimals, rounded half up, e.g. 2_944_800_000 fen (29,448,000 元) → "2944.80". */
export function formatFenAsWanYuan(fen: number): string {
  // 1 万元 = 1_000_000 fen; two decimals of 万元 = units of 10_000 fen.
  const negative = fen < 0;
  const units = Math.floor((Math.abs(fen) + 5_000) / 10_000);
  const whole = Math.floor(units / 100).toString();
  const cents = (units % 100).toString().padStart(2, '0');
  return `${negative && units > 0 ? '-' : ''}${whole}.${cents}`;
}

/** Fen for a whole number of 元, e.g. 3_000_000 元 → 300_000_000 fen. Fractions must go through parseYuanToFen. */
export function yuan(wholeYuan: number): number {
  if (!Number.isSafeInteger(wholeYuan)) throw new RangeError(`yuan() takes whole 元, got ${wholeYuan}`);
  return wholeYuan * 100;
}

/** Full-width digits and punctuation (what a Chinese IME often types) to their ASCII forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}
