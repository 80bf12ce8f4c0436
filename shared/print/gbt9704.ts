import { FANGSONG, HEI, KAI, XIAOBIAOSONG } from './fonts';

/**
 * The page of an official document (党政机关公文格式, GB/T 9704-2012 §5.2): A4; 天头 (top margin) 37 mm and 订口 (left
 * margin) 28 mm, each ±1 mm; a 156 × 225 mm text block (版心), hence 26 mm right and 35 mm bottom; body 3号 (16 pt)
 * 仿宋, 22 lines of 28 characters filling the block. The standard's 37 mm is the distance from the paper's top edge
 * to the top of the text block, and the text block is the CSS page area here, so the first line box of every page
 * starts at 37 mm: on the first page that line is the masthead (发文机关标志), set solid (line-height 1) so its ink
 * starts there too; on later pages it is a body line, whose glyphs sit half a leading (2.3 mm) inside it.
 *
 * The head is the compact red head county offices print on notices, not the standard's 文件格式 (masthead 35 mm
 * into the block, §7.2.3, with two blank lines around the number and title): the masthead opens the text block,
 * then the number (centred, year in 〔〕), the red rule 4 mm under it (§7.2.6), the title one line lower. It saves
 * five lines, which is what lets a notice with a few problems and its tear-off receipt fit on two pages.
 */
export const GBT9704 = {
  pageWidthMm: 210,
  pageHeightMm: 297,
  topMm: 37,
  leftMm: 28,
  rightMm: 26,
  bottomMm: 35,
  textWidthMm: 156,
  textHeightMm: 225,
  bodyPt: 16,
  titlePt: 22,
  pageNumberPt: 14,
  linesPerPage: 22,
  charsPerLine: 28,
  /** Word's figure for 22 lines in 225 mm: 22 × 28.95 pt = 224.7 mm, leaving room so rounding never pushes line 22 over. */
  linePitchPt: 28.95,
  /** the page number's dash sits 7 mm below the text block (§7.5) */
  pageNumberGapMm: 7,
  /** the date is set four characters in from the right (§7.3.5.1) */
  dateRightChars: 4,
} as const;

export const MM_PER_PT = 25.4 / 72;
export const LINE_MM = GBT9704.linePitchPt * MM_PER_PT;
/** 16 pt glyphs are 5.644 mm wide and 28 of them would be 158 mm, so the standard's 28 per 156 mm line needs a
 *  slightly negative letter spacing. Exactly -0.073 mm leaves no slack, and the screen preview (whole-pixel glyph
 *  advances) then wraps a full line one character early while print does not; -0.1 mm leaves 0.8 mm, so the preview
 *  breaks lines where the printer does, and a 29th character still never fits (161 mm). */
export const LETTER_SPACING_MM = -0.1;
export const CHAR_MM = GBT9704.bodyPt * MM_PER_PT + LETTER_SPACING_MM;

/** The GB red of mastheads and rules; prints dark enough in grey to be found by the ink measurement. */
export const OFFICIAL_RED = '#e60000';

const zi = `${CHAR_MM.toFixed(4)}mm`;
const line = `${GBT9704.linePitchPt}pt`;

/** Page, type and the parts every official document shares (masthead, number, rule, title, addressee, signature). */
export const OFFICIAL_CSS = `
@page { size: ${GBT9704.pageWidthMm}mm ${GBT9704.pageHeightMm}mm; margin: ${GBT9704.topMm}mm ${GBT9704.rightMm}mm ${GBT9704.bottomMm}mm ${GBT9704.leftMm}mm; }
:root { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
html, body { margin: 0; padding: 0; background: #fff; }
body {
  font-family: ${FANGSONG}; font-size: ${GBT9704.bodyPt}pt; line-height: ${line}; letter-spacing: ${LETTER_SPACING_MM}mm;
  color: #000; text-align: justify; overflow-wrap: anywhere; font-kerning: none;
}
.doc { break-before: page; }
.doc-a { page: doc-a; }
.doc-b { page: doc-b; }
p { margin: 0; text-indent: calc(2 * ${zi}); }
.masthead {
  color: ${OFFICIAL_RED}; font-family: ${XIAOBIAOSONG}; font-weight: 700; font-synthesis: none;
  line-height: 1; letter-spacing: 0; text-align: center; transform-origin: 50% 0;
}
.doc-number { margin-top: 6mm; line-height: 1; text-align: center; letter-spacing: 0; }
.doc-number.pending { color: #777; }
.red-rule { margin-top: 4mm; border-top: 0.75mm solid ${OFFICIAL_RED}; }
.title {
  margin: ${line} 0 0; font-family: ${XIAOBIAOSONG}; font-weight: 700; font-synthesis: none;
  font-size: ${GBT9704.titlePt}pt; line-height: ${line}; text-align: center; letter-spacing: 0;
}
.addressee { margin-top: calc(${line} / 2); text-indent: 0; }
.h1 { font-family: ${HEI}; break-after: avoid; }
.h2 { font-family: ${KAI}; }
.signature { margin-top: calc(${line} * 1.5); padding-right: calc(${GBT9704.dateRightChars} * ${zi}); text-align: right; text-indent: 0; break-inside: avoid; break-before: avoid; }
.signature .sign-box { display: inline-grid; justify-items: center; text-align: center; }
.signature .sign-name { width: 0; display: flex; justify-content: center; white-space: nowrap; }
.signature.wide .sign-box { justify-items: end; }
.signature.wide .sign-name { width: auto; white-space: normal; margin-right: calc(-2 * ${zi}); }
.facts { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 2mm 0; font-size: 14pt; line-height: 1.4; letter-spacing: 0; text-indent: 0; }
.facts th, .facts td { border: 0.3mm solid #000; padding: 0.9mm 1.5mm; vertical-align: middle; text-align: left; }
.facts col.label { width: 28mm; }
.facts th { font-family: ${HEI}; font-weight: 400; text-align: center; }
.facts td { white-space: pre-line; }
.facts tr { break-inside: avoid; }
.nowrap { white-space: nowrap; }
@media screen {
  html { background: #e9e9e9; }
  .doc { box-sizing: border-box; width: ${GBT9704.pageWidthMm}mm; min-height: ${GBT9704.pageHeightMm}mm; margin: 6mm auto;
    padding: ${GBT9704.topMm}mm ${GBT9704.rightMm}mm ${GBT9704.bottomMm}mm ${GBT9704.leftMm}mm; background: #fff; border: 1px solid #c8c8c8; }
}
`;
