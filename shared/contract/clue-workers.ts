import { z } from 'zod';
import { clueWorkerEntity } from '../domain/clue';
import { recordInputSchema } from '../domain/schema';
import { command, domain, query } from './define';
import { recordId, recordMethods, type LedgerRecord } from './records';

/**
 * 欠薪农民工名单: the workers of one clue. Pasted rows arrive as text cells in the roster's column order
 * (姓名, 身份证号, 联系电话, 欠薪金额（元）, 已支付金额（元）, 支付日期, 备注); a header row is recognised and skipped.
 */
const base = recordMethods(clueWorkerEntity);

export const clueWorkersContract = domain('clueWorkers', {
  // a page after an id (the next block while scrolling) or from a position (a jump with the scrollbar), never both
  list: query<LedgerRecord[]>()(
    z
      .strictObject({
        clueId: recordId,
        afterId: z.int().nonnegative().optional(),
        position: z.int().nonnegative().optional(),
        limit: z.int().min(1).max(10_000).optional(),
      })
      .refine((input) => input.afterId === undefined || input.position === undefined, { error: '名单分页：不能同时按编号和按行号取' }),
    '一条线索的欠薪农民工名单（可分页：接着某个编号，或从第几行起）',
  ),
  get: base.get,
  create: command<LedgerRecord>()(z.strictObject({ clueId: recordId, values: recordInputSchema(clueWorkerEntity, 'create') }), '添加欠薪农民工'),
  update: base.update,
  delete: base.delete,
  restore: base.restore,
  importRows: command<{ imported: number }>()(
    z.strictObject({
      clueId: recordId,
      rows: z.array(z.array(z.string().max(500)).max(20)).min(1, { error: '没有可导入的行' }).max(100_000, { error: '一次最多导入100000行' }),
    }),
    '粘贴或导入名单：全部正确才写入，错误逐行说明',
  ),
});
