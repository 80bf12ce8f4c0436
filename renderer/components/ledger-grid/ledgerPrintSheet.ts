import type { LedgerRecord } from '../../../shared/contract/records';
import type { FieldDef } from '../../../shared/domain/field';
import { formatFenAsYuan } from '../../../shared/money';
import type { LedgerColumn, LedgerSheet } from '../../../shared/print';
import { cellText, type CellLookups } from './cellText';
import { moneyTotals } from './moneyTotals';

/** The printable line of an A4 landscape sheet (297 − 2 × 12 mm margins), shared out like the grid's columns. */
const LINE_MM = 273;

/** Half-width characters take half the room of Chinese ones. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2e80 ? 0.55 : 1;
  return width;
}

/**
 * A column's share of the line, in characters: its widest cell plus the cell padding, at least three characters
 * (headers wrap; two characters a line reads fine), at most 14 (names and remarks wrap). Amounts, dates and
 * counts then stay on one line.
 */
function columnWeight(cells: readonly string[]): number {
  const widest = cells.reduce((max, cell) => Math.max(max, textWidth(cell)), 0);
  return Math.min(14, Math.max(3, widest + 1.5));
}

/**
 * The grid as the clerk sees it — the rows after filters and sort, the visible columns in their order, the same
 * cell texts (personal data arrives masked from the core) — as a ledger sheet for renderLedgerSheet, with the
 * money columns totalled in a 合计 row.
 */
export function ledgerPrintSheet(options: { title: string; unitLine: string; records: readonly LedgerRecord[]; fields: readonly FieldDef[]; lookups: CellLookups }): LedgerSheet {
  const { records, fields, lookups } = options;
  const rows = records.map((record) => fields.map((f) => cellText(f, record[f.key], lookups)));
  const weights = fields.map((_, i) => columnWeight(rows.map((row) => row[i] ?? '')));
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  const columns: LedgerColumn[] = fields.map((f, i) => ({
    header: f.label,
    align: f.type === 'money' || f.type === 'int' ? 'right' : 'left',
    width: (LINE_MM * (weights[i] ?? 1)) / Math.max(1, weightSum),
  }));
  const sums = new Map(moneyTotals(records, fields).map((t) => [t.field.key, t.fen]));
  const totals = sums.size > 0 ? fields.map((f, i) => (sums.has(f.key) ? formatFenAsYuan(sums.get(f.key) ?? 0) : i === 0 ? `合计（${records.length}条）` : '')) : undefined;
  return { title: options.title, unitLine: options.unitLine, columns, rows, ...(totals ? { totals } : {}) };
}
