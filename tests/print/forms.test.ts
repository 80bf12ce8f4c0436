import { describe, expect, it } from 'vitest';
import type { DocumentContent } from '../../shared/contract/documents';
import { GBT9704, renderDocument } from '../../shared/print';
import { ALL_FORMS, clue, projectPlan, rectification, supervision } from './fixtures';
import { inkBox } from './ink';
import { PAGE_NUMBER_INSET_MM, TEXT_BLOCK, measureOfficialPage, middle } from './official-page';
import { printerForSuite, compact, pageCount, pageImage, pageSizeMm, pdfText, redPixels, writePreviewPngs } from './printer';

/** What each form must show, taken from its fixture: the number, the addressee, and the facts it exists to carry. */
const EXPECTED_TEXT: Record<keyof typeof ALL_FORMS, string[]> = {
  rectification: [
    ...rectification.problems.flatMap((problem) => [problem.item, problem.description, problem.requirement ?? '']),
    rectification.target,
    '检查人员：张明、李强',
    '于2026年1月20日前整改到位',
    rectification.reportBack,
    '送达回证',
    `退回${rectification.receiptTo}`,
  ],
  supervision: [clue.employer, clue.summary ?? '', '人民币肆拾捌万陆仟叁佰伍拾元整', supervision.leader ?? '', supervision.requirement, '请于2026年1月20日前办结'],
  assignment: [clue.clueNo, clue.platformNo ?? '', '兴国镇人民政府', '2026年1月16日前', '办理情况反馈'],
  projectPlan: [projectPlan.project.name, '人民币捌仟陆佰伍拾贰万叁仟元整', '工资专用账户：未落实', projectPlan.plan.contingency ?? ''],
  cluePlan: [clue.clueNo, clue.demand ?? '', '幸福家园三期项目欠薪风险化解方案', '较高风险（黄色）'],
};

/** The page counts these fixtures print to with the Noto fonts of the test machines: every form runs onto a
 *  second page (the GB body is 16 pt), and none gains a stray blank page. */
const EXPECTED_PAGES: Record<keyof typeof ALL_FORMS, number> = { rectification: 2, supervision: 2, assignment: 2, projectPlan: 2, cluePlan: 2 };

/** Ink outside the page text: the rendered name with page numbers and line breaks taken out. */
function documentText(pdf: string): string {
  return compact(pdfText(pdf)).replace(/—\d+—/g, '');
}

describe('official forms printed through Chromium (GB/T 9704 page)', { timeout: 120_000 }, () => {
  const suite = printerForSuite('form-timings.json');
  const { timings } = suite;

  for (const [name, content] of Object.entries(ALL_FORMS) as [keyof typeof ALL_FORMS, DocumentContent][]) {
    it(`${content.heading.title}: number, addressee and facts in the text; A4; margins, rule and page numbers where the standard puts them`, async () => {
      const { file, ms } = await suite.printer().pdf(renderDocument(content), name);
      timings[`${name} pdf ms`] = Math.round(ms);
      writePreviewPngs(file, name);

      const size = pageSizeMm(file);
      expect(size.width).toBeCloseTo(GBT9704.pageWidthMm, 0);
      expect(size.height).toBeCloseTo(GBT9704.pageHeightMm, 0);
      const pages = pageCount(file);
      expect(pages).toBe(EXPECTED_PAGES[name]);

      const text = documentText(file);
      for (const expected of [content.heading.number ?? '', `${content.heading.addressee}：`, content.heading.title, content.heading.issuingAuthority, '2026年1月5日', ...EXPECTED_TEXT[name]]) {
        expect(text).toContain(compact(expected));
      }

      const first = measureOfficialPage(pageImage(file, 1));
      // top of the text block: the masthead's glyphs start the first line
      expect(first.inkTopMm).not.toBeNull();
      expect(Math.abs((first.inkTopMm ?? 0) - TEXT_BLOCK.topMm)).toBeLessThanOrEqual(1);
      // the red rule is as wide as the text block: its ends are the block's sides
      expect(first.rule).not.toBeNull();
      expect(Math.abs((first.rule?.leftMm ?? 0) - TEXT_BLOCK.leftMm)).toBeLessThanOrEqual(1);
      expect(Math.abs((first.rule?.rightMm ?? 0) - TEXT_BLOCK.rightMm)).toBeLessThanOrEqual(1);
      // the body's flush-left lines start at the left margin, and nothing passes the right one
      expect(Math.abs((first.body?.leftMm ?? 0) - TEXT_BLOCK.leftMm)).toBeLessThanOrEqual(1);
      expect(first.body?.rightMm ?? 0).toBeLessThanOrEqual(TEXT_BLOCK.rightMm + 0.5);

      for (let page = 1; page <= pages; page++) {
        const ink = measureOfficialPage(pageImage(file, page));
        // everything above the footer stays inside the text block
        expect(ink.block?.topMm ?? 0).toBeGreaterThanOrEqual(TEXT_BLOCK.topMm - 0.5);
        expect(ink.block?.leftMm ?? 0).toBeGreaterThanOrEqual(TEXT_BLOCK.leftMm - 0.5);
        expect(ink.block?.rightMm ?? 0).toBeLessThanOrEqual(TEXT_BLOCK.rightMm + 0.5);
        // "— n —" 7 mm below the block, one character in: right on odd pages, left on even ones
        const number = ink.pageNumber;
        expect(number).not.toBeNull();
        if (!number) continue;
        expect(Math.abs(middle(number) - (TEXT_BLOCK.bottomMm + GBT9704.pageNumberGapMm))).toBeLessThanOrEqual(1);
        if (page % 2 === 1) expect(Math.abs(number.rightMm - (TEXT_BLOCK.rightMm - PAGE_NUMBER_INSET_MM))).toBeLessThanOrEqual(1);
        else expect(Math.abs(number.leftMm - (TEXT_BLOCK.leftMm + PAGE_NUMBER_INSET_MM))).toBeLessThanOrEqual(1);
        expect(compact(pdfText(file, page))).toContain(`—${page}—`);
      }
    });
  }

  it('a preview before issue says the number comes at issue, and prints no number', async () => {
    const preview = { ...rectification, heading: { ...rectification.heading, number: null } };
    const { file } = await suite.printer().pdf(renderDocument(preview), 'rectification-preview');
    const text = documentText(file);
    expect(text).toContain('（文号签发时生成）');
    expect(text).not.toContain('〔2026〕3号');
  });

  it('the masthead, number and title are centred on the text block, the masthead printed in red', async () => {
    const { file } = await suite.printer().pdf(renderDocument(supervision), 'centring');
    const image = pageImage(file, 1);
    const ink = measureOfficialPage(image);
    const centre = (TEXT_BLOCK.leftMm + TEXT_BLOCK.rightMm) / 2;
    const mast = inkBox(image, { topMm: TEXT_BLOCK.topMm - 1, bottomMm: (ink.inkTopMm ?? 0) + 12 });
    const title = inkBox(image, { topMm: (ink.rule?.bottomMm ?? 0) + 1, bottomMm: (ink.rule?.bottomMm ?? 0) + 22 });
    for (const box of [mast, title]) {
      expect(box).not.toBeNull();
      expect(Math.abs(((box?.leftMm ?? 0) + (box?.rightMm ?? 0)) / 2 - centre)).toBeLessThanOrEqual(1);
    }
    // red: in colour, the masthead's line is inked red, not black
    const red = redPixels(file, 1, { topMm: TEXT_BLOCK.topMm, bottomMm: (ink.inkTopMm ?? 0) + 10, leftMm: TEXT_BLOCK.leftMm, rightMm: TEXT_BLOCK.rightMm });
    expect(red).toBeGreaterThan(500);
  });
});
