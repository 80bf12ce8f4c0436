import type { Transaction } from 'kysely';
import type { z } from 'zod';
import { contract } from '../../../shared/contract';
import { clueActInput, clueFlagInput } from '../../../shared/contract/clues';
import { clueEntity, clueWorkerEntity } from '../../../shared/domain/clue';
import { recordInputSchema, type RecordValues } from '../../../shared/domain/schema';
import type { LedgerSettings } from '../../../shared/domain/settings';
import { LedgerError } from '../../../shared/errors';
import { clueWorkerService } from '../clue-workers/service';
import { recordAttendance, recordProgress } from '../clues/progress';
import { clueService } from '../clues/service';
import { applyClueAction, applyClueFlag } from '../clues/workflow';
import type { CoreContext } from '../context';
import type { LedgerDb } from '../db/schema';
import { issuesToFields } from '../dispatch';
import type { DemoClue, DemoClueStep } from './clues';

export interface InstalledClues {
  clues: number;
  rosterWorkers: number;
}

/**
 * Registers the demo clues inside the demo's transaction the way a clerk would: each through the clue service
 * (yearly number, 登记 entry, audit row), its roster through the roster service, then every step through the
 * workflow's own functions — the state table, the progress log and the audit log apply exactly as for a clerk.
 * Every input is parsed with the contract's schema first. Settings are read once.
 */
export async function installClues(
  trx: Transaction<LedgerDb>,
  ctx: CoreContext,
  settings: LedgerSettings,
  clues: readonly DemoClue[],
  ids: { company(name: string): number; project(name: string): number },
): Promise<InstalledClues> {
  const clueInput = recordInputSchema(clueEntity, 'create');
  const workerInput = recordInputSchema(clueWorkerEntity, 'create');
  let rosterWorkers = 0;

  for (const clue of clues) {
    const what = `线索（${String(clue.values['source'])}，${String(clue.values['receivedDate'])}${clue.values['platformNo'] ? `，${String(clue.values['platformNo'])}` : ''}）`;
    const values = parsed(clueInput, { ...clue.values, employerCompanyId: clue.employer ? ids.company(clue.employer) : null, projectId: clue.project ? ids.project(clue.project) : null }, what);
    const id = await clueService.insert(trx, ctx, values, true);
    for (const worker of clue.roster) {
      await clueWorkerService.insert(trx, ctx, parsed(workerInput, worker, `${what}的欠薪农民工“${String(worker['name'])}”`), true, { clueId: id });
      rosterWorkers++;
    }
    let version = 1;
    for (const step of clue.steps) {
      try {
        version = await runStep(trx, ctx, settings, id, version, step);
      } catch (error) {
        if (error instanceof LedgerError) throw new LedgerError(error.code, `演示数据有误（${what}）：${error.message}`, error.fields);
        throw error;
      }
    }
  }
  return { clues: clues.length, rosterWorkers };
}

async function runStep(
  trx: Transaction<LedgerDb>,
  ctx: CoreContext,
  settings: LedgerSettings,
  id: number,
  version: number,
  step: DemoClueStep,
): Promise<number> {
  switch (step.kind) {
    case 'act':
      return applyClueAction(trx, ctx, settings, clueActInput.parse({ ...step.input, id, version }));
    case 'flag':
      return applyClueFlag(trx, ctx, settings, clueFlagInput.parse({ ...step.input, id, version }));
    case 'progress':
      await recordProgress(trx, ctx, contract['clues.addProgress'].input.parse({ id, date: step.date, note: step.note }));
      return version;
    case 'attendance': {
      const { kind: _kind, ...attendance } = step;
      await recordAttendance(trx, ctx, contract['clues.addAttendance'].input.parse({ id, ...attendance }));
      return version;
    }
  }
}

/** Runs the same input schema the bridge runs, so the demo cannot hold what a clerk could not type. */
export function parsed(schema: z.ZodType<RecordValues>, values: RecordValues, what: string): RecordValues {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const fields = issuesToFields(result.error.issues);
  throw new LedgerError('VALIDATION', `演示数据有误（${what}）：${fields.map((f) => f.message).join('；')}`, fields);
}
