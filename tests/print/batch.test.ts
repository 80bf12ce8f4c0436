import { describe, expect, it } from 'vitest';
import { renderDocument, renderDocuments } from '../../shared/print';
import { ALL_FORMS, numberedNotice } from './fixtures';
import { PAGE_NUMBER_INSET_MM, TEXT_BLOCK } from './official-page';
import { inkBox } from './ink';
import { printerForSuite, compact, pageCount, pageImage, pdfPageTexts, pdfText, writePreviewPngs } from './printer';

const NOTICES = 20;

describe('batch printing: many documents in one PDF', { timeout: 180_000 }, () => {
  const suite = printerForSuite('batch-timings.json');
  const { timings } = suite;

  it(`${NOTICES} notices: each starts on a new page, numbers its own pages from — 1 —, odd right and even left`, async () => {
    const single = await suite.printer().pdf(renderDocument(numberedNotice(1)), 'single-notice');
    const perNotice = pageCount(single.file);
    const { file, ms } = await suite.printer().pdf(renderDocuments(Array.from({ length: NOTICES }, (_, i) => numberedNotice(i + 1))), 'batch');
    timings[`${NOTICES} notices pdf ms`] = Math.round(ms);
    timings[`${NOTICES} notices pages`] = pageCount(file);
    writePreviewPngs(file, 'batch', 4);
    expect(pageCount(file)).toBe(NOTICES * perNotice);

    const pages = pdfPageTexts(file).map(compact);
    for (let notice = 0; notice < NOTICES; notice++) {
      const firstPage = notice * perNotice + 1;
      const first = pages[firstPage - 1];
      expect(first).toContain(`秦欠薪办整改〔2026〕${notice + 1}号`);
      expect(first).toContain(`第${notice + 1}号测试建设有限公司：`);
      for (let page = 1; page <= perNotice; page++) expect(pages[firstPage + page - 2]).toContain(`—${page}—`);
    }
    // the second notice's first page is the PDF's third page: its number is still odd, so on the right
    const numberInk = inkBox(pageImage(file, perNotice + 1, 150), { topMm: TEXT_BLOCK.bottomMm, bottomMm: 297 });
    expect(Math.abs((numberInk?.rightMm ?? 0) - (TEXT_BLOCK.rightMm - PAGE_NUMBER_INSET_MM))).toBeLessThanOrEqual(1);
  });

  it('a batch of every form type prints the sum of their pages, in order', async () => {
    const forms = Object.values(ALL_FORMS);
    let expected = 0;
    for (const [i, form] of forms.entries()) expected += pageCount((await suite.printer().pdf(renderDocument(form), `mixed-${i}`)).file);
    const { file } = await suite.printer().pdf(renderDocuments(forms), 'mixed');
    expect(pageCount(file)).toBe(expected);
    const text = compact(pdfText(file));
    const positions = forms.map((form) => text.indexOf(compact(form.heading.number ?? '')));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('records how long a preview takes to lay out (budgets are checked by npm run bench, not here)', async () => {
    const html = renderDocument(ALL_FORMS.rectification);
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) runs.push(await suite.printer().previewMs(html));
    timings['preview ms (median of 5)'] = Math.round([...runs].sort((a, b) => a - b)[2] ?? 0);
    const started = performance.now();
    for (let i = 0; i < 100; i++) renderDocument(ALL_FORMS.rectification);
    timings['renderDocument ms'] = Number(((performance.now() - started) / 100).toFixed(3));
    expect(runs).toHaveLength(5);
  });
});
