import { clueWorkerEntity } from '../../../shared/domain/clue';
import { valueFromCell } from '../../../shared/domain/cells';
import { checkRecord, type RecordValues } from '../../../shared/domain/schema';
import { checkFieldValue } from '../../../shared/domain/values';
import { fieldErrors, type FieldError } from '../../../shared/errors';

/** The roster's columns in the order a pasted or imported row gives them. */
export const ROSTER_COLUMNS = clueWorkerEntity.fields;
const MAX_MESSAGES = 200;

/** A header row is recognised by its labels (欠薪金额 may be written 欠薪金额（元）), and skipped. */
function isHeaderRow(cells: readonly string[]): boolean {
  const first = (cells[0] ?? '').trim();
  return first === '姓名' || first === '序号' || cells.some((cell) => cell.trim().startsWith('身份证'));
}

/** A leading 序号 column (1, 2, 3…) is common in Excel rosters; it is dropped when the header says so. */
function hasSerialColumn(header: readonly string[] | null): boolean {
  return (header?.[0] ?? '').trim() === '序号';
}

/**
 * Turns pasted rows into roster values, checking every cell: all rows must be right or nothing is written.
 * Row numbers in messages are the pasted lines' own (1 = the first line, the header if there is one), so they
 * match what the clerk sees in the sheet they copied from. ID numbers must not repeat within the paste or the
 * clue's existing roster.
 */
export function parseRosterRows(rows: readonly (readonly string[])[], existingIdNumbers: ReadonlySet<string>): RecordValues[] {
  const header = rows.length > 0 && isHeaderRow(rows[0] ?? []) ? (rows[0] ?? null) : null;
  const serial = hasSerialColumn(header);
  const problems: FieldError[] = [];
  const parsed: RecordValues[] = [];
  const seenIds = new Map<string, number>();

  rows.forEach((rawCells, index) => {
    const line = index + 1;
    if (header && index === 0) return;
    const cells = serial ? rawCells.slice(1) : rawCells;
    if (cells.every((cell) => cell.trim() === '')) return; // blank lines between blocks
    const values: RecordValues = {};
    ROSTER_COLUMNS.forEach((field, column) => {
      const fromCell = valueFromCell(field, cells[column] ?? '');
      const checked = fromCell.ok ? checkFieldValue(field, fromCell.value) : fromCell;
      if (!checked.ok) problems.push({ field: `row${line}.${field.key}`, message: `第${line}行 ${field.label}：${checked.problem}` });
      else values[field.key] = checked.value;
    });
    for (const problem of checkRecord(clueWorkerEntity, values)) {
      problems.push({ field: `row${line}.${problem.field}`, message: `第${line}行 ${problem.message}` });
    }
    const id = values['idNumber'];
    if (typeof id === 'string') {
      const earlier = seenIds.get(id);
      if (earlier !== undefined) problems.push({ field: `row${line}.idNumber`, message: `第${line}行 身份证号：与第${earlier}行重复` });
      else if (existingIdNumbers.has(id)) problems.push({ field: `row${line}.idNumber`, message: `第${line}行 身份证号：名单中已有此人` });
      seenIds.set(id, line);
    }
    parsed.push(values);
  });

  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_MESSAGES);
    const error = fieldErrors(shown);
    const more = problems.length > MAX_MESSAGES ? `（另有${problems.length - MAX_MESSAGES}处问题未列出）` : '';
    throw Object.assign(error, { message: `名单有${problems.length}处问题，未导入任何一行${more}：${shown.map((p) => p.message).join('；')}` });
  }
  if (parsed.length === 0) throw fieldErrors([{ field: 'rows', message: '名单：没有可导入的行' }]);
  return parsed;
}
