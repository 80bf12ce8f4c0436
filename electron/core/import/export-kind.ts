import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { personalKindOf } from '../../../shared/domain/field';
import { IMPORT_KIND_DEFS, importFields, type ImportKind } from '../../../shared/import/kinds';
import { LedgerError } from '../../../shared/errors';
import { maskPersonal } from '../../../shared/mask';
import type { CoreContext } from '../context';
import type { JobHandle } from '../jobs/registry';
import { valuesFromRow } from '../records/codec';
import { cellValue } from '../reports/workbook/cells';
import { readSettings } from '../settings/store';
import { startKindSheet, writeInstructions } from './kind-sheet';
import { KIND_SPECS, requireOpenClueFor } from './kinds';
import { checkTargetPath, importRules } from './template';

const PAGE = 2_000;

/**
 * All live records of a kind in the template's layout, so the file can be edited and imported back. Personal data
 * is masked unless `unmasked` (the command line, run by whoever holds the ledger file, may ask for it; the app may not).
 */
export async function exportKind(
  ctx: CoreContext,
  input: { kind: ImportKind; path: string; clueId: number | null; unmasked?: boolean },
  job?: JobHandle,
): Promise<{ path: string; rows: number }> {
  checkTargetPath(input.path);
  if (input.kind === 'rosters') await requireOpenClueFor('rosters', ctx, input.clueId).catch((error: unknown) => {
    // an archived clue's roster may still be exported; only a missing clue stops it
    if (error instanceof LedgerError && error.code === 'TRANSITION_REFUSED') return;
    throw error;
  });
  const spec = KIND_SPECS[input.kind];
  const fields = importFields(input.kind);
  const table = spec.service.entity.name;
  const filter = spec.filter(input.clueId);
  const names = await referenceNames(ctx);
  const partial = `${input.path}.part`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useStyles: true, useSharedStrings: false });
  let rows = 0;
  try {
    const sheet = startKindSheet(workbook, IMPORT_KIND_DEFS[input.kind].label, fields);
    let afterId = 0;
    for (;;) {
      job?.throwIfCancelled();
      let query = ctx.db.selectFrom(table).selectAll().where('deletedAt', 'is', null).where('id', '>', afterId);
      if (filter) query = query.where(filter);
      const page = await query.orderBy('id').limit(PAGE).execute();
      for (const row of page) {
        const values = valuesFromRow(spec.service.entity, row);
        sheet.add(
          fields.map((field) => {
            const kind = personalKindOf(field);
            const value = values[field.key];
            return cellValue(field, kind && !input.unmasked && typeof value === 'string' ? maskPersonal(kind, value) : value, names);
          }),
        );
      }
      rows += page.length;
      job?.progress(rows, null, '正在写入工作簿');
      if (page.length < PAGE) break;
      afterId = Number(page[page.length - 1]?.['id']);
    }
    sheet.finish();
    writeInstructions(workbook, fields, await readSettings(ctx.db), importRules(input.kind));
    await workbook.commit();
    fs.renameSync(partial, input.path);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return { path: input.path, rows };
}

async function referenceNames(ctx: CoreContext): Promise<{ company: (id: number) => string; project: (id: number) => string }> {
  const companies = new Map((await ctx.db.selectFrom('companies').select(['id', 'name']).execute()).map((r) => [Number(r.id), String(r['name'])]));
  const projects = new Map((await ctx.db.selectFrom('projects').select(['id', 'name']).execute()).map((r) => [Number(r.id), String(r['name'])]));
  return { company: (id) => companies.get(id) ?? '', project: (id) => projects.get(id) ?? '' };
}
