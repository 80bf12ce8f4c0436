import type { LedgerRecord } from '../../../shared/contract/records';
import type { FieldDef } from '../../../shared/domain/field';
import { cellText, type CellLookups } from './cellText';

/** Tabs and line breaks inside a value would split it into other cells when pasted into Excel. */
function clean(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}

/** Tab-separated text of the rows' visible columns, header line first: what Excel expects on paste. */
export function rowsAsTsv(records: readonly LedgerRecord[], fields: readonly FieldDef[], lookups: CellLookups): string {
  const header = fields.map((f) => clean(f.label)).join('\t');
  const lines = records.map((record) => fields.map((f) => clean(cellText(f, record[f.key], lookups))).join('\t'));
  return [header, ...lines].join('\r\n');
}
