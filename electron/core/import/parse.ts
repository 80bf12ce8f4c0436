import type { ImportProblem } from '../../../shared/contract/imports';
import type { FieldDef } from '../../../shared/domain/field';
import { checkRecord, type RecordValues } from '../../../shared/domain/schema';
import { matchHeaders, normalizeHeader } from '../../../shared/import/headers';
import { IMPORT_KIND_DEFS, importFields, type ImportKind } from '../../../shared/import/kinds';
import { LedgerError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { readCell } from './cell';
import { IMPORT_LIMITS } from './limits';
import { readFirstSheet, type SheetRow } from './read-sheet';
import { recordTemplate } from './record-template';
import { isReference, referenceResolver } from './references';
import { checkedXlsxParts } from './zip-guard';

export interface ParsedRow {
  /** the row number Excel shows */
  row: number;
  /** the values of the columns the file has (only those: an update leaves the other fields alone) */
  values: RecordValues;
  ok: boolean;
}

export interface ParsedFile {
  rows: ParsedRow[];
  problems: ImportProblem[];
  warnings: ImportProblem[];
  columns: FieldDef[];
}

export interface ParseProgress {
  signal?: AbortSignal;
  progress?(rows: number): void;
}

const refuse = (message: string) => new LedgerError('VALIDATION', message);
/** the header is looked for among the first rows: a sheet may carry a title and a unit line above it */
const HEADER_SEARCH_ROWS = 10;

function headerTexts(row: SheetRow): Map<number, string> {
  const texts = new Map<number, string>();
  for (const [column, value] of row.cells) {
    const cell = value as { richText?: { text: string }[] } | null;
    texts.set(column, typeof value === 'string' ? value : Array.isArray(cell?.richText) ? cell.richText.map((p) => p.text).join('') : String(value));
  }
  return texts;
}

/** A row looks like the header when most of its cells name a field of the kind. */
function looksLikeHeader(texts: Map<number, string>, fields: readonly FieldDef[]): boolean {
  const names = new Set(fields.flatMap((field) => [field.label, ...(field.synonyms ?? [])].map(normalizeHeader)));
  const known = [...texts.values()].filter((text) => names.has(normalizeHeader(text))).length;
  return known > 0 && known * 2 >= texts.size;
}

/** The row's rightmost filled column (a loop: spreading every key into Math.max ran for each of 100,000 rows). */
function lastColumn(row: SheetRow): number {
  let last = 0;
  for (const column of row.cells.keys()) if (column > last) last = column;
  return last;
}

const yieldToCalls = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Reads an import file and checks every cell, row and reference, listing each problem by row and column. Refuses
 * the file as a whole (LedgerError) when it is not a safe xlsx, has too many rows, or its header is wrong.
 */
export async function parseImportFile(ctx: CoreContext, kind: ImportKind, path: string, options: ParseProgress = {}): Promise<ParsedFile> {
  const parts = await checkedXlsxParts(path, options.signal);
  return parseChecked(ctx, kind, parts, options);
}

async function parseChecked(ctx: CoreContext, kind: ImportKind, parts: ReadonlyMap<string, Buffer>, options: ParseProgress): Promise<ParsedFile> {
  const fields = importFields(kind);
  const entity = IMPORT_KIND_DEFS[kind].entity;
  const resolve = await referenceResolver(ctx.db, fields);
  const withDefaults = recordTemplate(entity);
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const rows: ParsedRow[] = [];
  let columns: Map<number, FieldDef> | null = null;
  /** the columns once, as a list: read for every row */
  let columnList: { column: number; field: FieldDef; reference: boolean }[] = [];
  let seen = 0;
  let firstRow: { number: number; texts: Map<number, string> } | null = null;
  const wrongHeader = (row: { number: number; texts: Map<number, string> }) => {
    const match = matchHeaders(row.texts, fields);
    return refuse(`第${row.number}行 ${match.ok ? '没有找到表头。请使用下载的模板，表头须与模板一致。' : match.problem}`);
  };

  for await (const sheetRow of readFirstSheet(parts, options.signal)) {
    if (columns === null) {
      seen++;
      const texts = headerTexts(sheetRow);
      firstRow ??= { number: sheetRow.number, texts };
      if (!looksLikeHeader(texts, fields)) {
        if (seen >= HEADER_SEARCH_ROWS) throw wrongHeader(firstRow);
        continue;
      }
      const match = matchHeaders(texts, fields);
      if (!match.ok) throw refuse(`第${sheetRow.number}行 ${match.problem}`);
      columns = match.columns;
      columnList = [...columns].map(([column, field]) => ({ column, field, reference: isReference(field) }));
      continue;
    }
    if (rows.length >= IMPORT_LIMITS.rows) {
      throw refuse(`工作表超过${IMPORT_LIMITS.rows.toLocaleString('zh-CN')}行，一次最多导入${IMPORT_LIMITS.rows.toLocaleString('zh-CN')}行。请把表格拆成几个文件分别导入。`);
    }
    if (lastColumn(sheetRow) > IMPORT_LIMITS.columns) {
      throw refuse(`第${sheetRow.number}行超过${IMPORT_LIMITS.columns}列，不是本程序的导入表格。`);
    }
    const values: RecordValues = {};
    let ok = true;
    for (const { column, field, reference } of columnList) {
      const outcome = readCell(field, sheetRow.cells.get(column) ?? null);
      if (!outcome.ok) {
        problems.push({ row: sheetRow.number, column: field.label, message: `${field.label}：${outcome.problem}` });
        ok = false;
        continue;
      }
      if (outcome.warning) warnings.push({ row: sheetRow.number, column: field.label, message: `${field.label}：${outcome.warning}` });
      if (!reference) {
        values[field.key] = outcome.value;
        continue;
      }
      const resolved = resolve(field, outcome.value);
      if (!resolved.ok) {
        problems.push({ row: sheetRow.number, column: field.label, message: `${field.label}：${resolved.problem}` });
        ok = false;
        continue;
      }
      values[field.key] = resolved.value;
    }
    if (ok) {
      for (const problem of checkRecord(entity, withDefaults(values))) {
        const label = entity.fields.find((field) => field.key === problem.field)?.label ?? null;
        problems.push({ row: sheetRow.number, column: label, message: problem.message });
        ok = false;
      }
    }
    rows.push({ row: sheetRow.number, values, ok });
    if (rows.length % 1_000 === 0) {
      options.progress?.(rows.length);
      await yieldToCalls();
    }
  }
  if (columns === null) throw firstRow ? wrongHeader(firstRow) : refuse('工作表是空的，没有可导入的内容。');
  if (rows.length === 0) throw refuse('表头下面没有数据行，没有可导入的内容。');
  options.progress?.(rows.length);
  return { rows, problems, warnings, columns: [...columns.values()] };
}
