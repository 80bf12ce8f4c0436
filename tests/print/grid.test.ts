import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GBT9704, LINE_MM, MM_PER_PT, renderDocument } from '../../shared/print';
import { supervision } from './fixtures';
import { inkBands } from './ink';
import { TEXT_BLOCK, measureOfficialPage } from './official-page';
import { Printer, compact, pageImage, pdfText } from './printer';

/** A supervision order whose requirement runs over several pages of plain characters: no punctuation, so no
 *  line-breaking rule moves a character, and every full line holds exactly what the grid allows. */
const RUN = '根治欠薪工作专班督促责任单位落实农民工工资支付保障制度';
const longOrder = { ...supervision, requirement: RUN.repeat(60) };

describe('the GB/T 9704 line grid: 22 lines of 28 characters', { timeout: 120_000 }, () => {
  let printer: Printer;
  beforeAll(async () => {
    printer = await Printer.start();
  }, 60_000);
  afterAll(() => printer.close());

  it('a page of body text holds 22 lines of 28 characters, from the top and left edges of the text block', async () => {
    const { file } = await printer.pdf(renderDocument(longOrder), 'grid');
    // page 3 is body text from top to bottom (page 2 starts with the end of the facts table)
    const lines = pdfText(file, 3, 'layout')
      .split('\n')
      .map(compact)
      .filter((line) => line && !/^—\d+—$/.test(line));
    expect(lines).toHaveLength(GBT9704.linesPerPage);
    for (const line of lines) expect([...line]).toHaveLength(GBT9704.charsPerLine);

    const image = pageImage(file, 3);
    const bands = inkBands(image, { topMm: TEXT_BLOCK.topMm - 2, bottomMm: TEXT_BLOCK.bottomMm });
    expect(bands).toHaveLength(GBT9704.linesPerPage);
    const pitch = ((bands.at(-1)?.topMm ?? 0) - (bands[0]?.topMm ?? 0)) / (bands.length - 1);
    expect(pitch).toBeCloseTo(LINE_MM, 1);
    // a body line's glyphs sit half the leading below the line's top: the first line's top is the block's top
    const halfLeading = (LINE_MM - GBT9704.bodyPt * MM_PER_PT) / 2;
    expect(Math.abs((bands[0]?.topMm ?? 0) - halfLeading - TEXT_BLOCK.topMm)).toBeLessThanOrEqual(1);
    // and the lines fill the block's width (撑满版心)
    const ink = measureOfficialPage(image);
    expect(Math.abs((ink.block?.leftMm ?? 0) - TEXT_BLOCK.leftMm)).toBeLessThanOrEqual(1);
    expect(Math.abs((ink.block?.rightMm ?? 0) - TEXT_BLOCK.rightMm)).toBeLessThanOrEqual(1);
  });
});
