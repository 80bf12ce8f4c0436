/**
 * Font stacks for printed forms. Government PCs in China carry the fonts GB/T 9704 names (仿宋_GB2312, 方正小标宋简体,
 * 黑体, 楷体_GB2312), so those come first, each under its Chinese and its English family name (Chromium on Windows
 * matches either). Linux test machines and anything else fall back to Noto CJK. No web fonts: they would have to be
 * shipped and embedded, and they slow down a 500-page batch.
 */

function stack(families: readonly string[]): string {
  return families.map((family) => (/^[a-z-]+$/i.test(family) ? family : `"${family}"`)).join(', ');
}

/** Body text (3号仿宋). */
export const FANGSONG = stack(['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC', 'Source Han Serif SC', 'serif']);

/** Titles and the masthead (小标宋). Used with weight 700 and `font-synthesis: none`: 小标宋 has one weight and is
 *  used as it is, while the Noto fallback takes its real bold face, which is closest to 小标宋's colour. */
export const XIAOBIAOSONG = stack([
  '方正小标宋简体',
  'FZXiaoBiaoSong-B05S',
  '方正小标宋_GBK',
  'FZXiaoBiaoSong-B05',
  '华文中宋',
  'STZhongsong',
  'Noto Serif CJK SC',
  'Source Han Serif SC',
  '宋体',
  'SimSun',
  'serif',
]);

/** Page numbers and table text (宋体). */
export const SONG = stack(['宋体', 'SimSun', 'NSimSun', 'Noto Serif CJK SC', 'Source Han Serif SC', 'serif']);

/** First-level headings 一、 and table headers (黑体). */
export const HEI = stack(['黑体', 'SimHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'sans-serif']);

/** Second-level headings （一） (楷体); Noto has no Kai face, so other systems get the serif. */
export const KAI = stack(['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', 'STKaiti', 'Noto Serif CJK SC', 'Source Han Serif SC', 'serif']);
