import { z } from 'zod';
import type { JobStarted } from './jobs';
import { domain, query, withPaths } from './define';
import { recordId } from './records';

/** The ledgers a grid can show; each names its core RecordService. */
export const EXPORTABLE_ENTITIES = ['companies', 'projects', 'clues', 'inspections', 'problems', 'plans', 'workLogs'] as const;
export type ExportableEntity = (typeof EXPORTABLE_ENTITIES)[number];

/** Most rows one export may name (the largest ledger the product plans for is a roster of a million rows). */
export const GRID_EXPORT_MAX_ROWS = 1_000_000;

export interface GridExportResult {
  path: string;
  rows: number;
  /** records named by the grid that were deleted meanwhile (left out) */
  missing: number;
}

/**
 * The grid says what the clerk sees — its rows' ids in display order (after filters, quick search, sort and the saved
 * view) and its visible columns in order with their widths — and the core reads those records itself and writes the
 * workbook. Ids and keys are small, so even a 100,000-row ledger crosses the bridge in one call, and the values in the
 * file come from the ledger (masked), never from what a page claims.
 */
export const gridExportInput = z.strictObject({
  path: z
    .string()
    .min(1)
    .max(1000)
    .refine((p) => /\.xlsx$/i.test(p) && (/^[a-zA-Z]:[\\/]/.test(p) || p.startsWith('/') || p.startsWith('\\\\')), '保存位置应为完整路径，文件扩展名为 .xlsx'),
  entity: z.enum(EXPORTABLE_ENTITIES, { error: '这个表格不能导出' }),
  title: z.string().trim().min(1, '表格名称不能为空').max(60),
  columns: z
    .array(z.strictObject({ key: z.string().min(1).max(60), width: z.number().min(10).max(2000) }))
    .min(1, '至少要显示一列才能导出')
    .max(200),
  ids: z.array(recordId).max(GRID_EXPORT_MAX_ROWS, { error: `一次最多导出${GRID_EXPORT_MAX_ROWS}行` }),
});

export const gridsContract = domain('grids', {
  export: withPaths(query<JobStarted<GridExportResult>>()(gridExportInput, '把表格当前显示的行和列导出为 Excel 工作簿（后台任务）'), { path: 'write' }),
});
