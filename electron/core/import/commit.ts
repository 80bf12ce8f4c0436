import type { ImportResult } from '../../../shared/contract/imports';
import { IMPORT_KIND_DEFS, type ImportKind } from '../../../shared/import/kinds';
import { LedgerError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import type { JobHandle } from '../jobs/registry';
import { KIND_SPECS, requireOpenClueFor } from './kinds';
import { writeImport } from './bulk-write';
import { planImport } from './plan';

export interface CommitInput {
  kind: ImportKind;
  path: string;
  clueId: number | null;
  /** per duplicate group (the existing record's id): skip the rows or update the record with them */
  choices: Record<string, 'skip' | 'update'>;
  /** for groups the clerk made no choice for */
  otherDuplicates: 'skip' | 'update';
}


/**
 * Imports a file: reads and checks it again (the file or the ledger may have changed since the preview), refuses
 * it whole if anything is wrong, and otherwise writes every row in one transaction with its audit rows — a failure
 * part way rolls all of it back, so the ledger holds either the whole file or none of it. The clerk can cancel while
 * the file is read and checked; the write itself takes seconds and runs to its end or not at all.
 */
export async function commitImport(ctx: CoreContext, input: CommitInput, job?: JobHandle): Promise<ImportResult> {
  await requireOpenClueFor(input.kind, ctx, input.clueId);
  job?.progress(0, null, '正在检查文件');
  const plan = await planImport(ctx, input, { signal: job?.signal, progress: (rows) => job?.progress(rows, null, `正在检查文件（已读${rows}行）`) });
  if (plan.problemCount > 0) {
    const shown = plan.allProblems.slice(0, 20).map((p) => (p.row === null ? p.message : `第${p.row}行 ${p.message}`));
    throw new LedgerError('VALIDATION', `${IMPORT_KIND_DEFS[input.kind].label}表格有${plan.problemCount}处问题，未导入任何一行：${shown.join('；')}${plan.problemCount > shown.length ? '……' : ''}`);
  }
  job?.throwIfCancelled();
  const spec = KIND_SPECS[input.kind];
  job?.progress(0, plan.actions.length, '正在写入台账');
  // no await between the check above and the write: the ledger cannot change in between
  const result = writeImport(ctx, {
    kind: input.kind,
    entity: spec.service.entity,
    table: spec.service.entity.name,
    actions: plan.actions,
    update: (existingId) => (input.choices[String(existingId)] ?? input.otherDuplicates) === 'update',
    parent: spec.parent(input.clueId),
  });
  job?.progress(plan.actions.length, plan.actions.length, '已写入台账');
  return result;
}
