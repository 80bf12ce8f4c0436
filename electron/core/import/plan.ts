import type { ImportDuplicate, ImportPreview, ImportProblem } from '../../../shared/contract/imports';
import { personalKindOf } from '../../../shared/domain/field';
import { IMPORT_KIND_DEFS, type ImportKind } from '../../../shared/import/kinds';
import { maskPersonal } from '../../../shared/mask';
import type { CoreContext } from '../context';
import { KIND_SPECS, type Existing } from './kinds';
import { IMPORT_LIMITS } from './limits';
import { parseImportFile, type ParsedRow, type ParseProgress } from './parse';

export type RowAction = { row: ParsedRow; existingId: number | null; ok: boolean };

export interface ImportPlan {
  preview: ImportPreview;
  /** every row and the record it repeats, if any; meaningful only when the preview lists no problems */
  actions: RowAction[];
  /** all problems (the preview lists the first ones) */
  problemCount: number;
  allProblems: ImportProblem[];
}

/**
 * Everything an import would do, worked out without writing: the file's problems, then — against the ledger as it
 * is now — which rows repeat a live record (grouped by that record, for the clerk to skip or update), which repeat
 * each other, and which would take a unique value (a credit code, a project number) another record holds.
 */
export async function planImport(ctx: CoreContext, input: { kind: ImportKind; path: string; clueId: number | null }, progress: ParseProgress = {}): Promise<ImportPlan> {
  const spec = KIND_SPECS[input.kind];
  const def = IMPORT_KIND_DEFS[input.kind];
  const existing = await spec.existing(ctx.db, input.clueId);
  const parsed = await parseImportFile(ctx, input.kind, input.path, progress);
  const problems = [...parsed.problems];
  const uniqueFields = def.entity.fields.filter((field) => field.unique && parsed.columns.some((column) => column.key === field.key));
  const holders = new Map<string, Map<string, Existing>>();
  for (const field of uniqueFields) {
    const rows = await ctx.db.selectFrom(spec.service.entity.name).select(['id', field.key, def.entity.titleField]).where('deletedAt', 'is', null).where(field.key, 'is not', null).execute();
    holders.set(field.key, new Map(rows.map((row) => [String(row[field.key]), { id: Number(row['id']), title: String(row[def.entity.titleField] ?? '') }])));
  }

  const firstRowOf = new Map<string, number>();
  const groups = new Map<number, ImportDuplicate>();
  const actions: RowAction[] = [];
  for (const row of parsed.rows) {
    const key = spec.keyOf(row.values);
    const target = key === null ? undefined : existing.get(key);
    let ok = row.ok;
    const inFile: { id: string; label: string }[] = key === null ? [] : [{ id: `key:${key}`, label: spec.byOf(row.values) }];
    for (const f of uniqueFields) if (row.values[f.key] != null) inFile.push({ id: `${f.key}:${String(row.values[f.key])}`, label: f.label });
    for (const { id, label } of inFile) {
      const earlier = firstRowOf.get(id);
      if (earlier !== undefined) {
        problems.push({ row: row.row, column: label, message: `${label}：与第${earlier}行重复` });
        ok = false;
        break;
      }
    }
    for (const { id } of inFile) if (!firstRowOf.has(id)) firstRowOf.set(id, row.row);
    for (const field of uniqueFields) {
      const value = row.values[field.key];
      const holder = value == null ? undefined : holders.get(field.key)?.get(String(value));
      if (holder && holder.id !== target?.id) {
        problems.push({ row: row.row, column: field.label, message: `${field.label}：“${String(value)}”已被${def.entity.label}“${holder.title}”使用` });
        ok = false;
      }
    }
    if (target && ok) {
      const group = groups.get(target.id) ?? { key: String(target.id), by: spec.byOf(row.values), value: shownKey(input.kind, row), rows: [], existingId: target.id, existingTitle: target.title };
      group.rows.push(row.row);
      groups.set(target.id, group);
    }
    actions.push({ row, existingId: target?.id ?? null, ok });
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const listed = problems.slice(0, IMPORT_LIMITS.listedProblems);
  return {
    preview: {
      kind: input.kind,
      fileName: input.path.split(/[\\/]/).pop() ?? input.path,
      rows: parsed.rows.length,
      newRows: actions.filter((a) => a.existingId === null && a.ok).length,
      problems: listed,
      moreProblems: problems.length - listed.length,
      warnings: parsed.warnings.slice(0, IMPORT_LIMITS.listedProblems),
      duplicates: [...groups.values()],
    },
    actions,
    problemCount: problems.length,
    allProblems: problems,
  };
}

/** The repeated value as the clerk sees it: an ID number masked like everywhere else. */
function shownKey(kind: ImportKind, row: ParsedRow): string {
  const def = IMPORT_KIND_DEFS[kind];
  const spec = KIND_SPECS[kind];
  const key = spec.keyOf(row.values) ?? '';
  if (kind !== 'rosters') return key.replace(/^\S+ /, '');
  const field = def.entity.fields.find((f) => f.key === 'idNumber');
  const kindOf = field ? personalKindOf(field) : undefined;
  return kindOf ? maskPersonal(kindOf, String(row.values['idNumber'] ?? '')) : key;
}
