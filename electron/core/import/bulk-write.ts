import type Database from 'better-sqlite3';
import type { ImportResult } from '../../../shared/contract/imports';
import type { EntityDef, FieldDef } from '../../../shared/domain/field';
import { inputFields } from '../../../shared/domain/field';
import { checkRecord, type RecordValues } from '../../../shared/domain/schema';
import { isEmptyValue, type FieldValue } from '../../../shared/domain/values';
import type { ImportKind } from '../../../shared/import/kinds';
import { LedgerError } from '../../../shared/errors';
import { changedFields } from '../audit/audit';
import { clueYear, registrationEvent } from '../clues/service';
import { timestamp, type CoreContext } from '../context';
import { fromColumn, toColumn } from '../records/codec';
import { formatYearlyNumber } from '../sequences';
import type { RowAction } from './plan';
import { columnName } from '../db/column-name';
import { recordTemplate } from './record-template';

const REF_TABLES: Partial<Record<FieldDef['type'], { table: string; noun: string }>> = {
  companyRef: { table: 'companies', noun: '单位' },
  companyRefs: { table: 'companies', noun: '单位' },
  projectRef: { table: 'projects', noun: '项目' },
};

/** the columns every new row starts with, before the catalog's: bound as 1, at, operator, at, operator, 0 */
const FIXED = ['version', 'created_at', 'created_by', 'updated_at', 'updated_by', 'is_demo'];
const FIXED_COLUMNS = FIXED.length;
/**
 * SQLite's page cache while an import writes (negative: KiB), back to the ledger's own setting after it (SQLite then
 * frees the pages above it). With the default 2 MB, the rows, their seven indexes and the audit's five overflow the
 * cache many times over and SQLite spills half-written pages to the WAL again and again in the middle of the
 * transaction. 100,000 clues touch about 130 MB of pages: at 64 MB the transaction still spilled (5.5–5.9 s of CPU),
 * at 256 MB it does not (4.7–5.4 s). The cache only grows to the pages actually touched.
 */
const IMPORT_CACHE_SIZE = -256 * 1024;

export interface BulkInput {
  kind: ImportKind;
  entity: EntityDef;
  table: string;
  actions: readonly RowAction[];
  update: (existingId: number) => boolean;
  parent: Record<string, number>;
}

/**
 * Writes a checked import in one SQLite transaction on the ledger's own connection, with statements prepared once —
 * each row as the record services write it (catalog defaults, the clue's yearly number and 登记 entry, the audit row).
 * Synchronous on purpose: no other call can run between its statements, so nothing interleaves with the import and a
 * throw anywhere rolls every row back. What may have changed since the file was checked is checked again here:
 * referenced records still live, unique values still free (the unique indexes), records to update still there.
 */
export function writeImport(ctx: CoreContext, input: BulkInput): ImportResult {
  const sqlite = ctx.sqlite;
  const fields = inputFields(input.entity);
  const at = timestamp(ctx);
  const table = columnName(input.table);
  const parentKeys = Object.keys(input.parent);
  const columns = [...FIXED, ...fields.map((f) => columnName(f.key)), ...parentKeys.map(columnName)];
  const insert = sqlite.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  /** one array of bound values for every new row, overwritten per row: no fifty-element array built 100,000 times */
  const args: unknown[] = [1, at, ctx.operator, at, ctx.operator, 0, ...fields.map(() => null), ...parentKeys.map((k) => input.parent[k])];
  const fill = recordTemplate(input.entity);
  const refFields = fields.filter((field) => REF_TABLES[field.type] !== undefined);
  const audit = sqlite.prepare('INSERT INTO audit_log (at, operator, entity, entity_id, action, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const live = new Map<string, Database.Statement>();
  const isLive = (refTable: string, id: number) => {
    let statement = live.get(refTable);
    if (!statement) live.set(refTable, (statement = sqlite.prepare(`SELECT 1 FROM ${refTable} WHERE id = ? AND deleted_at IS NULL`)));
    return statement.get(id) !== undefined;
  };
  const numbers = yearlyNumbers(sqlite, 'clue');
  const clueEvent = sqlite.prepare('INSERT INTO clue_events (clue_id, date, action, from_state, to_state, note, operator, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const selectRow = sqlite.prepare(`SELECT * FROM ${table} WHERE id = ?`);
  /** one UPDATE per set of changed columns: the rows of a sheet mostly change the same ones */
  const updates = new Map<string, Database.Statement>();

  const refuseRefs = (record: RecordValues) => {
    for (const field of refFields) {
      const ref = REF_TABLES[field.type];
      const value = record[field.key];
      if (!ref || value === null || value === undefined) continue;
      const ids = Array.isArray(value) ? (value as number[]) : [value as number];
      if (ids.some((id) => !isLive(ref.table, id))) throw new LedgerError('CONFLICT', `${field.label}：所选${ref.noun}已被删除`);
    }
  };

  const create = (values: RecordValues) => {
    const record = fill(values);
    if (input.kind === 'clues') {
      const year = clueYear(record);
      record['clueNo'] = formatYearlyNumber(year, numbers.next(year));
      record['status'] = '待受理';
    }
    refuseRefs(record);
    // one pass gives both the row's bound values and what its audit row holds
    const filled: RecordValues = { ...input.parent };
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as FieldDef;
      const value = record[field.key];
      args[FIXED_COLUMNS + i] = toColumn(field, value);
      if (value !== undefined && isFilledIn(value)) filled[field.key] = value;
    }
    const id = Number(insert.run(args).lastInsertRowid);
    audit.run(at, ctx.operator, input.table, id, 'create', null, JSON.stringify(filled));
    if (input.kind === 'clues') {
      const event = registrationEvent(id, record, ctx.operator, at);
      clueEvent.run(event.clueId, event.date, event.action, event.fromState, event.toState, event.note, event.operator, event.at);
    }
  };

  const update = (id: number, patch: RecordValues): boolean => {
    const row = selectRow.get(id) as Record<string, unknown> | undefined;
    if (!row || row['deleted_at'] != null) throw new LedgerError('NOT_FOUND', `要更新的${input.entity.label}已被删除`);
    const current: Record<string, FieldValue> = {};
    for (const field of fields) current[field.key] = fromColumn(field, row[columnName(field.key)]);
    const merged: RecordValues = { ...current, ...patch };
    const diff = changedFields(current, merged);
    if (!diff) return false;
    const problems = checkRecord(input.entity, merged);
    if (problems.length > 0) throw new LedgerError('VALIDATION', problems.map((p) => p.message).join('；'));
    refuseRefs(merged);
    const changed = fields.filter((f) => f.key in diff.after);
    const assignments = changed.map((f) => `${columnName(f.key)} = ?`).join(', ');
    let statement = updates.get(assignments);
    if (!statement) updates.set(assignments, (statement = sqlite.prepare(`UPDATE ${table} SET ${assignments}, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?`)));
    statement.run(...changed.map((f) => toColumn(f, merged[f.key])), at, ctx.operator, id);
    audit.run(at, ctx.operator, input.table, id, 'update', JSON.stringify(diff.before), JSON.stringify(diff.after));
    return true;
  };

  const result: ImportResult = { created: 0, updated: 0, skipped: 0 };
  const cacheSize = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma(`cache_size = ${IMPORT_CACHE_SIZE}`);
  try {
    sqlite.transaction(() => {
      for (const action of input.actions) {
        try {
          if (action.existingId === null) {
            create(action.row.values);
            result.created++;
          } else if (input.update(action.existingId) && update(action.existingId, action.row.values)) result.updated++;
          else result.skipped++;
        } catch (error) {
          throw rowError(action.row.row, error, input.entity);
        }
      }
      numbers.save();
    })();
  } finally {
    sqlite.pragma(`cache_size = ${cacheSize}`);
  }
  return result;
}

/**
 * A yearly sequence (clue numbers) counted here for the whole import and stored once at its end, in the same
 * transaction: the numbers are the ones row-by-row allocation would give, without an upsert per row.
 */
function yearlyNumbers(sqlite: Database.Database, name: string) {
  const read = sqlite.prepare('SELECT last FROM sequences WHERE name = ? AND year = ?');
  const store = sqlite.prepare('INSERT INTO sequences (name, year, last) VALUES (?, ?, ?) ON CONFLICT (name, year) DO UPDATE SET last = excluded.last');
  const last = new Map<number, number>();
  return {
    next(year: number): number {
      const number = (last.get(year) ?? (read.get(name, year) as { last: number } | undefined)?.last ?? 0) + 1;
      last.set(year, number);
      return number;
    },
    save(): void {
      for (const [year, number] of last) store.run(name, year, number);
    },
  };
}

/**
 * Whether a new record's audit row holds a field: those the import filled in or that got a value by default; the
 * empty ones and unset switches (most of a clue's fifty fields at intake) say nothing and would double the audit's size.
 */
function isFilledIn(value: FieldValue): boolean {
  return value !== false && !isEmptyValue(value);
}

/** A failure while writing, named by the sheet's row; a unique index refusing a value says which value. */
function rowError(row: number, error: unknown, entity: EntityDef): LedgerError {
  const code = (error as { code?: unknown }).code;
  let message: string;
  if (error instanceof LedgerError) message = error.message;
  else if (code === 'SQLITE_CONSTRAINT_UNIQUE') {
    const column = /\.(\w+)$/.exec((error as Error).message)?.[1] ?? '';
    const field = entity.fields.find((f) => columnName(f.key) === column);
    message = `${field?.label ?? '编号'}：已被另一条${entity.label}使用（可能是刚刚在别处登记的）`;
  } else throw error;
  return new LedgerError(error instanceof LedgerError ? error.code : 'CONFLICT', `第${row}行：${message}。未导入任何一行。`);
}
