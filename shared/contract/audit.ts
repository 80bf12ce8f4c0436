import { z } from 'zod';
import { isIsoDate } from '../dates';
import type { JobStarted } from './jobs';
import { adminMethod, domain, withPaths } from './define';
import type { AuditEntry } from './system';

/** One page of the global audit log, newest first; `nextCursor` is the id to pass as `before` for the next page. */
export interface AuditPage {
  rows: AuditEntry[];
  nextCursor: number | null;
}

const isoDate = (label: string) => z.string().refine((text) => isIsoDate(text), { error: `${label}应为有效日期（如2026-10-01）` });

/** The filters of the 审计日志 page; every one optional. Dates are local calendar days, inclusive. */
export const auditFilterSchema = z.strictObject({
  operator: z.string().trim().max(60, { error: '操作人不能超过60个字' }).optional(),
  entity: z.string().max(40).optional(),
  action: z.enum(['create', 'update', 'delete', 'restore', 'settings', 'workflow', 'reveal', 'login'], { error: '未知的操作类型' }).optional(),
  from: isoDate('开始日期').optional(),
  to: isoDate('结束日期').optional(),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

export const auditContract = domain('audit', {
  page: adminMethod<AuditPage>(false)(
    z.strictObject({
      filter: auditFilterSchema,
      before: z.int().positive().nullable().optional(),
      limit: z.int().min(1).max(1000, { error: '每页最多1000条' }),
    }),
    '审计日志：按条件分页（按编号倒序，键集分页）',
  ),
  count: adminMethod<{ total: number }>(false)(z.strictObject({ filter: auditFilterSchema }), '审计日志：符合条件的条数'),
  export: withPaths(
    adminMethod<JobStarted<{ path: string; rows: number }>>(false)(
      z.strictObject({ filter: auditFilterSchema, path: z.string().min(1).max(1000).refine((p) => p.toLowerCase().endsWith('.xlsx'), { error: '导出文件应为 .xlsx' }) }),
      '导出审计日志为 Excel 工作簿（后台任务；个人信息保持隐藏）',
    ),
    { path: 'write' },
  ),
});
