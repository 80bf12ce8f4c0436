import { html } from './escape';
import { FANGSONG, HEI, SONG, XIAOBIAOSONG } from './fonts';
import { htmlDocument } from './html-document';
import { LEDGER_PAGE_NUMBER_CSS } from './page-numbers';

export interface LedgerColumn {
  header: string;
  /** default left; amounts and counts right */
  align?: 'left' | 'center' | 'right';
  /** in millimetres; columns without one share what is left of the 273 mm line */
  width?: number;
}

export interface LedgerSheet {
  /** 秦安县在建工程项目台账 */
  title: string;
  /** the unit and date line under the title, e.g. "填报单位：秦安县根治欠薪办  截至：2026年1月5日  金额单位：万元" (full-width spaces between the parts) */
  unitLine: string;
  columns: LedgerColumn[];
  /** cell texts, already formatted (masked IDs, 万元 amounts…) */
  rows: string[][];
  /** the 合计 row, printed once after the last row */
  totals?: string[];
}

const ALIGN_CLASS = { left: 'l', center: 'c', right: 'r' } as const;

/** Cell texts fitted to the column count, so a short or long row can never shift the table. */
function fit(cells: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => cells[i] ?? '');
}

function widthStyle(width: number | undefined): string {
  return width !== undefined && Number.isFinite(width) && width > 0 ? `width:${width.toFixed(1)}mm` : '';
}

/**
 * A ledger (台账) as an A4 landscape sheet: title, unit and date line, a bordered table whose header row repeats on
 * every printed page (thead as table-header-group, which Chromium repeats), the 合计 row once at the end (a tbody
 * row, since a tfoot would repeat too), and "第 N 页 共 M 页" at the foot of each page.
 */
export function renderLedgerSheet(sheet: LedgerSheet): string {
  const count = sheet.columns.length;
  const aligns = sheet.columns.map((column) => ALIGN_CLASS[column.align ?? 'left'] ?? 'l');
  const row = (cells: readonly string[], className = '') =>
    html`<tr${className ? html` class="${className}"` : null}>${fit(cells, count).map((cell, i) => html`<td class="${aligns[i] ?? 'l'}">${cell}</td>`)}</tr>`;
  const body = html`<main class="sheet">
<h1 class="sheet-title">${sheet.title}</h1>
<div class="unit-line">${sheet.unitLine}</div>
<table class="ledger">
<colgroup>${sheet.columns.map((column) => html`<col style="${widthStyle(column.width)}">`)}</colgroup>
<thead><tr>${sheet.columns.map((column) => html`<th>${column.header}</th>`)}</tr></thead>
<tbody>
${sheet.rows.map((cells) => row(cells))}
${sheet.totals ? row(sheet.totals, 'totals') : null}
</tbody>
</table>
</main>`;
  return htmlDocument({ title: sheet.title, css: LEDGER_CSS + LEDGER_PAGE_NUMBER_CSS, body });
}

const LEDGER_CSS = `
@page ledger { size: 297mm 210mm; margin: 14mm 12mm 16mm 12mm; }
:root { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
html, body { margin: 0; padding: 0; background: #fff; }
body { font-family: ${SONG}; font-size: 10.5pt; color: #000; }
.sheet { page: ledger; }
.sheet-title { margin: 0 0 2.5mm; font-family: ${XIAOBIAOSONG}; font-weight: 700; font-synthesis: none; font-size: 18pt; line-height: 1.3; text-align: center; overflow-wrap: anywhere; }
.unit-line { margin: 0 0 2mm; font-family: ${FANGSONG}; font-size: 11pt; line-height: 1.4; white-space: pre-wrap; overflow-wrap: anywhere; }
table.ledger { width: 100%; border-collapse: collapse; table-layout: fixed; }
.ledger thead { display: table-header-group; }
.ledger th, .ledger td { border: 0.25mm solid #000; padding: 1mm 1.2mm; line-height: 1.35; vertical-align: middle; overflow-wrap: anywhere; white-space: pre-line; }
.ledger th { font-family: ${HEI}; font-weight: 400; text-align: center; background: #ececec; }
.ledger tr { break-inside: avoid; }
.ledger td.l { text-align: left; }
.ledger td.c { text-align: center; }
.ledger td.r { text-align: right; font-variant-numeric: tabular-nums; }
.ledger .totals td { font-family: ${HEI}; background: #f4f4f4; }
@media screen {
  html { background: #e9e9e9; }
  .sheet { box-sizing: border-box; width: 297mm; min-height: 210mm; margin: 6mm auto; padding: 14mm 12mm 16mm; background: #fff; border: 1px solid #c8c8c8; }
}
`;
