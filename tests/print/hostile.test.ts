import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocument, renderLedgerSheet } from '../../shared/print';
import { HOSTILE, hostileNotice, projectLedger } from './fixtures';
import { inkBox } from './ink';
import { TEXT_BLOCK, measureOfficialPage } from './official-page';
import { Printer, compact, pageCount, pageImage, pdfText, writePreviewPngs } from './printer';

/** Clerk-typed text that looks like markup, and a name no line can hold: printed as text, inside the margins. */
describe('hostile text', { timeout: 120_000 }, () => {
  let printer: Printer;
  beforeAll(async () => {
    printer = await Printer.start();
  }, 60_000);
  afterAll(() => printer.close());

  it('a notice prints tags and scripts as their characters and keeps a 300-character name inside the text block', async () => {
    const html = renderDocument(hostileNotice());
    const { file } = await printer.pdf(html, 'hostile-notice');
    writePreviewPngs(file, 'hostile-notice');

    // the page holds no element the text could have made
    expect(await printer.count('script, b, style ~ h1, body h1:not(.title)')).toBe(0);

    const text = compact(pdfText(file)).replace(/—\d+—/g, '');
    for (const hostile of [HOSTILE.script, HOSTILE.style, HOSTILE.tags, HOSTILE.long]) expect(text).toContain(compact(hostile));

    const pages = pageCount(file);
    for (let page = 1; page <= pages; page++) {
      const ink = measureOfficialPage(pageImage(file, page));
      expect(ink.block?.topMm ?? 0).toBeGreaterThanOrEqual(TEXT_BLOCK.topMm - 1);
      expect(ink.block?.leftMm ?? 0).toBeGreaterThanOrEqual(TEXT_BLOCK.leftMm - 0.5);
      expect(ink.block?.rightMm ?? 0).toBeLessThanOrEqual(TEXT_BLOCK.rightMm + 0.5);
    }
  });

  it('a ledger cell with the same text wraps inside its column and the page', async () => {
    const sheet = projectLedger(3);
    sheet.rows[1] = ['2', `${HOSTILE.script}${HOSTILE.long}`, HOSTILE.style, HOSTILE.tags, '1.00', '是', '已开设', '1', '2026-01-05'];
    const { file } = await printer.pdf(renderLedgerSheet(sheet), 'hostile-ledger');
    writePreviewPngs(file, 'hostile-ledger');
    expect(await printer.count('script, b, h1:not(.sheet-title)')).toBe(0);
    const text = compact(pdfText(file));
    for (const hostile of [HOSTILE.script, HOSTILE.style, HOSTILE.tags, HOSTILE.long]) expect(text).toContain(compact(hostile));
    const ink = inkBox(pageImage(file, 1, 150), { topMm: 0, bottomMm: 210 });
    expect(ink?.leftMm ?? 0).toBeGreaterThanOrEqual(11.5);
    expect(ink?.rightMm ?? 0).toBeLessThanOrEqual(297 - 11.5);
  });
});
