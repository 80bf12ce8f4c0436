import Nzh from 'nzh';
import { formatFenAsYuan } from '../money';

/**
 * 人民币大写 for amounts in integer fen. nzh (plain JavaScript, no Node APIs) does the conversion; it is given the
 * amount as a decimal string built from the integer, never a float, and told to add 整 by the result as the
 * 支付结算办法 rules ask (整 after 元 or 角, none after 分).
 */
export function fenToChineseUpper(fen: number): string {
  const abs = Math.abs(Math.trunc(fen));
  const yuan = `${Math.floor(abs / 100)}.${(abs % 100).toString().padStart(2, '0')}`;
  const words = Nzh.cn.toMoney(yuan, { outSymbol: false, forceZheng: true });
  return `${fen < 0 ? '负' : ''}人民币${words}`;
}

/** "12,345.00元（大写：人民币壹万贰仟叁佰肆拾伍元整）", or the placeholder when the amount is unknown. */
export function amountInFiguresAndWords(fen: number | null, placeholder = '—'): string {
  if (fen === null) return placeholder;
  return `${formatFenAsYuan(fen)}元（大写：${fenToChineseUpper(fen)}）`;
}
