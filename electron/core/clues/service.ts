import type { LedgerRecord } from '../../../shared/contract/records';
import { clueEntity } from '../../../shared/domain/clue';
import { timestamp, type CoreContext } from '../context';
import { RecordService } from '../records/service';
import { referenceProblems } from '../references';
import { formatYearlyNumber, nextInSequence } from '../sequences';
import { readSettings } from '../settings/store';
import { dueContext, withDueState } from './due';

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
      const year = Number(String(record['receivedDate'] ?? '').slice(0, 4)) || new Date().getFullYear();
      record['clueNo'] = formatYearlyNumber(year, await nextInSequence(trx, 'clue', year));
      record['status'] = '待受理';
    },
    async afterInsert(id, record, trx, ctx) {
      await trx
        .insertInto('clueEvents')
        .values({
          clueId: id,
          date: String(record['receivedDate']),
          action: '登记',
          fromState: null,
          toState: '待受理',
          note: `来源：${String(record['source'])}${record['platformNo'] ? `，平台编号${String(record['platformNo'])}` : ''}`,
          operator: ctx.operator,
          at: timestamp(ctx),
        })
        .execute();
    },
    async decorate(records: LedgerRecord[], ctx: CoreContext) {
      if (records.length === 0) return;
      const due = dueContext(ctx, await readSettings(ctx.db));
      for (let i = 0; i < records.length; i++) records[i] = withDueState(records[i] as LedgerRecord, due);
    },
  },
);
