import type { LedgerRecord } from '../../../shared/contract/records';
import { daysBetween, toIsoDate } from '../../../shared/dates';
import { problemEntity } from '../../../shared/domain/problem';
import type { ProblemRecord } from '../../../shared/contract/inspections';
import { timestamp, type CoreContext } from '../context';
import { referenceProblems } from '../references';
import { RecordService } from '../records/service';

/** Overdue is worked out from today on every read: open and past the deadline (calendar days, as notices set them). */
export function withProblemDue(record: LedgerRecord, today: string): ProblemRecord {
  const deadline = typeof record['deadline'] === 'string' ? record['deadline'] : null;
  if (record['status'] === '已复核销号') return { ...record, dueState: '已销号', overdue: false };
  if (!deadline) return { ...record, dueState: '', overdue: false };
  const left = daysBetween(today, deadline);
  if (left < 0) return { ...record, dueState: `已超期${-left}天`, overdue: true };
  return { ...record, dueState: left === 0 ? '今日到期' : `剩${left}天`, overdue: false };
}

/** 整改问题: start at 待整改 with a 登记 entry in the rectification log. */
export const problemService = new RecordService(
  { ...problemEntity, name: 'problems' },
  {
    validate: (record, trx) =>
      referenceProblems(record, trx, [
        { key: 'projectId', label: '项目', table: 'projects' },
        { key: 'companyId', label: '单位', table: 'companies' },
      ]),
    async beforeInsert(record) {
      record['status'] = '待整改';
    },
    async afterInsert(id, record, trx, ctx) {
      await trx
        .insertInto('problemEvents')
        .values({ problemId: id, date: String(record['foundDate']), action: '登记问题', fromState: null, toState: '待整改', note: `整改期限${String(record['deadline'])}`, operator: ctx.operator, at: timestamp(ctx) })
        .execute();
    },
    decorateReads: ['status', 'deadline'],
    async decorate(records: LedgerRecord[], ctx: CoreContext) {
      const today = toIsoDate(ctx.now());
      for (let i = 0; i < records.length; i++) records[i] = withProblemDue(records[i] as LedgerRecord, today);
    },
  },
);
