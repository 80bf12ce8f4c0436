import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderLedgerSheet } from '../../shared/print';
import { projectLedger } from './fixtures';
import { inkBox } from './ink';
import { Printer, compact, pageCount, pageImage, pageSizeMm, pdfPageTexts, pdfText, writePreviewPngs } from './printer';

const ROWS = 200;

describe('ledger sheets (A4 landscape)', { timeout: 120_000 }, () => {
  let printer: Printer;
  beforeAll(async () => {
    printer = await Printer.start();
  }, 60_000);
  afterAll(() => printer.close());

  it(`${ROWS} rows: header row on every page, every row once, totals once at the end, 第 N 页 共 M 页 on each page`, async () => {
    const sheet = projectLedger(ROWS);
    const { file } = await printer.pdf(renderLedgerSheet(sheet), 'ledger');
    const previews = writePreviewPngs(file, 'ledger');
    expect(previews.length).toBeGreaterThan(1);

    const size = pageSizeMm(file);
    expect(size.width).toBeCloseTo(297, 0);
    expect(size.height).toBeCloseTo(210, 0);

    const pages = pageCount(file);
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(ROWS / 25)); // ~23 rows of 6.6 mm fit under a landscape header
    const header = compact(sheet.columns.map((column) => column.header).join(''));
    const texts = pdfPageTexts(file).map(compact);
    texts.forEach((text, i) => {
      // Chromium draws the page-number margin box first; after it, each page's text begins with the title or the header row
      const body = text.replace(/^第\d+页共\d+页/, '');
      expect(body.startsWith(i === 0 ? compact(sheet.title) : header), `page ${i + 1} begins with the title or the header row`).toBe(true);
      expect(text).toContain(header);
      expect(text).toContain(`第${i + 1}页共${pages}页`);
    });

    const all = texts.join('');
    for (const row of sheet.rows) expect(all.split(compact(row[1] ?? '')).length - 1, row[1]).toBe(1);
    expect(all.split('合计').length - 1).toBe(1);
    expect(texts.at(-1)).toContain(compact((sheet.totals ?? []).join('')));
    expect(texts.slice(1).some((text) => text.includes(compact(sheet.title)))).toBe(false);

    // the table stays inside the page's margins (12 mm at the sides, the page number inside the bottom 16 mm)
    for (const page of [1, pages]) {
      const ink = inkBox(pageImage(file, page, 150), { topMm: 0, bottomMm: 210 });
      expect(ink?.leftMm ?? 0).toBeGreaterThanOrEqual(11.5);
      expect(ink?.rightMm ?? 0).toBeLessThanOrEqual(297 - 11.5);
      expect(ink?.topMm ?? 0).toBeGreaterThanOrEqual(13.5);
      expect(ink?.bottomMm ?? 0).toBeLessThanOrEqual(210 - 5);
    }
  });

  it('a sheet without a totals row, with short and long rows, still prints every column', async () => {
    const { file } = await printer.pdf(
      renderLedgerSheet({ title: '领导包案台账', unitLine: '填报单位：秦安县根治欠薪办', columns: [{ header: '案件' }, { header: '包案领导' }, { header: '进展' }], rows: [['XS2026-0017'], ['XS2026-0018', '王建军', '已化解', '多余的一格']] }),
      'ledger-small',
    );
    expect(pageCount(file)).toBe(1);
    const text = compact(pdfText(file));
    expect(text).toContain('案件包案领导进展');
    expect(text).toContain('XS2026-0018王建军已化解');
    expect(text).not.toContain('多余的一格');
    expect(text).toContain('第1页共1页');
  });
});
