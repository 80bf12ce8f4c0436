import type { ImportResult } from '../../../shared/contract/imports';
import { IMPORT_KIND_DEFS, type ImportKind } from '../../../shared/import/kinds';
import { LedgerError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import type { JobHandle } from '../jobs/registry';
import { KIND_SPECS, requireOpenClueFor } from './kinds';
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

const STEP = 500;
const yieldToCalls = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Imports a file: reads and checks it again (the file or the ledger may have changed since the preview), refuses
 * it whole if anything is wrong, and otherwise writes every row in one transaction with its audit rows — a failure
 * or a cancel part way rolls all of it back, so the ledger holds either the whole file or none of it.
 */
export async function commitImport(ctx: CoreContext, input: CommitInput, job?: JobHandle): Promise<ImportResult> {
  const label = IMPORT_KIND_DEFS[input.kind].label;
  await requireOpenClueFor(input.kind, ctx, input.clueId);
  job?.progress(0, null, '正在检查文件');
  const plan = await planImport(ctx, input, { signal: job?.signal, progress: (rows) => job?.progress(rows, null, `正在检查文件（已读${rows}行）`) });
  if (plan.problemCount > 0) {
    const shown = plan.allProblems.slice(0, 20).map((p) => (p.row === null ? p.message : `第${p.row}行 ${p.message}`));
    throw new LedgerError('VALIDATION', `文件有${plan.problemCount}处问题，未导入任何一行：${shown.join('；')}${plan.problemCount > shown.length ? '……' : ''}`);
  }
  const spec = KIND_SPECS[input.kind];
  const parent = spec.parent(input.clueId);
  const result: ImportResult = { created: 0, updated: 0, skipped: 0 };
  const total = plan.actions.length;
  await ctx.db.transaction().execute(async (trx) => {
    let done = 0;
    for (const action of plan.actions) {
      // inside the transaction on purpose: a cancel throws, and the throw rolls every written row back
      if (job?.signal.aborted) throw new LedgerError('CANCELLED', `已取消导入${label}，未写入任何内容。`);
      try {
        if (action.existingId === null) {
          await spec.service.insert(trx, ctx, action.row.values, false, parent);
          result.created++;
        } else if ((input.choices[String(action.existingId)] ?? input.otherDuplicates) === 'update') {
          if (await spec.service.patch(trx, ctx, action.existingId, action.row.values)) result.updated++;
          else result.skipped++;
        } else {
          result.skipped++;
        }
      } catch (error) {
        if (error instanceof LedgerError) throw new LedgerError(error.code, `第${action.row.row}行：${error.message}。未导入任何一行。`, error.fields);
        throw error;
      }
      if (++done % STEP === 0) {
        job?.progress(done, total, '正在写入台账');
        await yieldToCalls();
      }
    }
    job?.progress(done, total, '正在写入台账');
  });
  return result;
}
