import type { LedgerRecord } from '../../../shared/contract/records';
import { clueEntity } from '../../../shared/domain/clue';
import type { RecordValues } from '../../../shared/domain/schema';
import { timestamp, type CoreContext } from '../context';
import { RecordService } from '../records/service';
import { referenceProblems } from '../references';
import { formatYearlyNumber, nextInSequence } from '../sequences';
import { readSettings } from '../settings/store';
import { dueContext, dueFields } from './due';

/** The year a new clue is numbered in: its received date's, or this year's. */
export function clueYear(record: RecordValues): number {
  return Number(String(record['receivedDate'] ?? '').slice(0, 4)) || new Date().getFullYear();
}

/** The 登记 entry a new clue's progress log starts with (also written by the Excel import's bulk writer). */
export function registrationEvent(clueId: number, record: RecordValues, operator: string, at: string) {
  return {
    clueId,
    date: String(record['receivedDate']),
    action: '登记',
    fromState: null,
    toState: '待受理',
    note: `来源：${String(record['source'])}${record['platformNo'] ? `，平台编号${String(record['platformNo'])}` : ''}`,
    operator,
    at,
  };
}

/**
 * Clues: each gets its own yearly number (2026-0001) in the transaction that registers it, starts at 待受理 with
 * a 登记 entry in its progress log, and is read with its deadline state worked out for today.
 */
export const clueService = new RecordService(
  { ...clueEntity, name: 'clues' },
  {
    validate: (record, trx) =>
      referenceProblems(record, trx, [
        { key: 'employerCompanyId', label: '被投诉单位', table: 'companies' },
        { key: 'projectId', label: '涉及项目', table: 'projects' },
      ]),
    async beforeInsert(record, trx) {
      const year = clueYear(record);
      record['clueNo'] = formatYearlyNumber(year, await nextInSequence(trx, 'clue', year));
      record['status'] = '待受理';
    },
    async afterInsert(id, record, trx, ctx) {
      await trx.insertInto('clueEvents').values(registrationEvent(id, record, ctx.operator, timestamp(ctx))).execute();
    },
    decorateReads: ['status', 'deadline', 'closedOnTime'],
    async decorate(records: LedgerRecord[], ctx: CoreContext) {
      if (records.length === 0) return;
      const due = dueContext(ctx, await readSettings(ctx.db));
      for (const record of records) Object.assign(record, dueFields(record, due));
    },
  },
);
