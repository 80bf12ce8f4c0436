import type { HandlersOf } from '../handler-types';
import { exportAudit } from './export';
import { auditPage, filtered, toAuditEntry } from './query';

export const auditHandlers: HandlersOf<'audit'> = {
  'audit.page': async (input, ctx) => {
    const rows = await auditPage(ctx.db, input.filter, input.before, input.limit);
    const last = rows[rows.length - 1];
    return { rows: rows.map(toAuditEntry), nextCursor: rows.length === input.limit && last ? Number(last.id) : null };
  },
  'audit.count': async (input, ctx) => ({
    total: Number((await filtered(ctx.db, input.filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
  }),
  'audit.export': (input, ctx) => ctx.jobs.start('导出审计日志', (job) => exportAudit(ctx, job, input.filter, input.path)),
};
