import Nzh from 'nzh';

/** 1 → 一, 12 → 十二: the numerals of 一、 and （一） headings. */
export function chineseOrdinal(n: number): string {
  return Nzh.cn.encodeS(n);
}
