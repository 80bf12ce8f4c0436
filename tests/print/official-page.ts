import { GBT9704 } from '../../shared/print';
import { findRule, inkBox, type GrayImage, type InkBox } from './ink';

/**
 * What the tests measure on a printed official-document page, all in mm from the paper's top-left corner.
 *
 * GB/T 9704 §5.2.2: 天头 37 mm is from the paper's top edge to the top of the text block (版心), 订口 28 mm from the
 * left edge to its left side. The text block is invisible, so it is found from the ink that the standard places on
 * its edges:
 * - top: on page 1 the first line of the text block is the masthead (发文机关标志), set solid, so the top of its
 *   glyphs is the block's top edge (`inkTopMm`);
 * - left and right: the red separator rule under the document number is "与版心等宽" (§7.2.6), so its ends are the
 *   block's sides (`rule`); the body below it is set flush left (主送机关 顶格, wrapped lines 回行顶格) and justified
 *   to the right edge, so the body's ink spans the same width (`body`);
 * - page number: "— n —" 7 mm below the block (measured at the middle of the number's ink, where the dashes are),
 *   one character (14 pt) in from the right on odd pages and from the left on even pages (`pageNumber`).
 */
export interface OfficialPageInk {
  inkTopMm: number | null;
  rule: InkBox | null;
  body: InkBox | null;
  /** all ink inside the text block's height, to check nothing runs outside the block */
  block: InkBox | null;
  pageNumber: InkBox | null;
}

export const TEXT_BLOCK = {
  topMm: GBT9704.topMm,
  leftMm: GBT9704.leftMm,
  rightMm: GBT9704.leftMm + GBT9704.textWidthMm,
  bottomMm: GBT9704.topMm + GBT9704.textHeightMm,
} as const;

export const PAGE_NUMBER_INSET_MM = (GBT9704.pageNumberPt * 25.4) / 72;

export function measureOfficialPage(image: GrayImage): OfficialPageInk {
  const whole = inkBox(image, { topMm: 0, bottomMm: TEXT_BLOCK.bottomMm });
  const rule = findRule(image, TEXT_BLOCK.topMm, GBT9704.textWidthMm * 0.9);
  return {
    inkTopMm: whole?.topMm ?? null,
    rule,
    body: inkBox(image, { topMm: rule ? rule.bottomMm + 1 : TEXT_BLOCK.topMm, bottomMm: TEXT_BLOCK.bottomMm }),
    block: whole,
    pageNumber: inkBox(image, { topMm: TEXT_BLOCK.bottomMm, bottomMm: GBT9704.pageHeightMm }),
  };
}

export const middle = (box: InkBox): number => (box.topMm + box.bottomMm) / 2;
