/**
 * What every caller passes to Chromium's PDF printer (Electron's webContents.printToPDF, Playwright's page.pdf, the
 * CLI): the page size and margins come from the document's @page rules, backgrounds (the red masthead rule, shaded
 * totals rows) print, and the header/footer stays off because the page numbers are part of the document (see
 * page-numbers.ts). Do not add a headerTemplate/footerTemplate: the numbers would print twice.
 */
export const PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  displayHeaderFooter: false,
} as const;
