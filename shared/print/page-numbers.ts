import { GBT9704 } from './gbt9704';
import { SONG } from './fonts';

/**
 * Page numbers come from CSS @page margin boxes, not from printToPDF's footerTemplate, because:
 * - Chromium has drawn margin boxes since M131 (Electron 45 ships a later one), and they also print through the
 *   system print dialog (webContents.print), where no footer template exists;
 * - GB/T 9704 §7.5 puts odd page numbers on the right and even ones on the left, one character in; a footer template
 *   is the same on every page, while `@page :right/:left` and counter styles can tell the pages apart;
 * - a batch of 500 notices is one PDF in which every notice must count its own pages from 1; a footer template only
 *   knows the PDF's page number.
 * So callers must print with displayHeaderFooter off (see PDF_OPTIONS), or the numbers would appear twice.
 *
 * Per-document counting: consecutive documents alternate between two named pages, doc-a and doc-b (different names
 * also force the page break between them). Each page of a doc-a document increments the counter `doc-a-page` and
 * sets `doc-b-page` back to 0, and the other way round, so each document's pages count 1, 2, 3… (CSS page-context
 * counters persist from page to page in Chromium, counter-reset does not, hence counter-set).
 * Odd/even placement: the document's own page number decides the side, not the PDF's (a notice's first page is
 * odd even when it is the PDF's 38th page), so both margin boxes print the same counter through counter styles that
 * draw "— n —" only for odd (right box) or only for even (left box) numbers.
 */

/** Counter styles cover this many pages; a longer document (never seen in practice) prints no number past it. */
const MAX_NUMBERED_PAGES = 300;

function dashed(n: number): string {
  return `"— ${n} —"`;
}

function counterStyle(name: string, keep: (n: number) => boolean): string {
  const symbols = Array.from({ length: MAX_NUMBERED_PAGES }, (_, i) => (keep(i + 1) ? dashed(i + 1) : '""')).join(' ');
  return `@counter-style ${name} { system: fixed; symbols: ${symbols}; fallback: gb-page-none; }`;
}

function namedPage(name: string, other: string): string {
  const box = `font-family: ${SONG}; font-size: ${GBT9704.pageNumberPt}pt; line-height: 1; letter-spacing: 0; vertical-align: top; padding-top: 4.2mm;`;
  return `@page ${name} {
  counter-increment: ${name}-page; counter-set: ${other}-page 0;
  @bottom-right { content: counter(${name}-page, gb-page-odd); text-align: right; padding-right: ${GBT9704.pageNumberPt}pt; ${box} }
  @bottom-left { content: counter(${name}-page, gb-page-even); text-align: left; padding-left: ${GBT9704.pageNumberPt}pt; ${box} }
}`;
}

export const OFFICIAL_PAGE_NUMBER_CSS = [
  '@counter-style gb-page-none { system: cyclic; symbols: ""; }',
  counterStyle('gb-page-odd', (n) => n % 2 === 1),
  counterStyle('gb-page-even', (n) => n % 2 === 0),
  namedPage('doc-a', 'doc-b'),
  namedPage('doc-b', 'doc-a'),
].join('\n');

/** A ledger sheet prints alone, so the PDF's own page counters are the sheet's. */
export const LEDGER_PAGE_NUMBER_CSS = `@page ledger { @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font-family: ${SONG}; font-size: 10.5pt; vertical-align: top; padding-top: 4mm; } }`;
