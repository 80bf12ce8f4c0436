/**
 * Print templates: pure functions from frozen document content (or ledger rows) to one self-contained HTML string,
 * which the preview shows and Chromium prints (printToPDF / print in the shell, page.pdf in tests and the CLI).
 * No Node, no DOM: the same code runs in the core, the renderer and the tests.
 */
export { joinDocumentSections, renderDocument, renderDocumentSection, renderDocuments } from './render';
export { renderLedgerSheet, type LedgerColumn, type LedgerSheet } from './ledger-sheet';
export { PDF_OPTIONS } from './pdf-options';
export { GBT9704, LINE_MM, CHAR_MM, MM_PER_PT } from './gbt9704';
export { escapeHtml } from './escape';
export { fenToChineseUpper, amountInFiguresAndWords } from './chinese-money';
