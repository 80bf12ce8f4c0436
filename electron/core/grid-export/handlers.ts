import type { HandlersOf } from '../handler-types';
import { exportGrid } from './export-grid';

export const gridExportHandlers: HandlersOf<'grids'> = {
  // answers at once with the job's id; the renderer shows progress and 取消 while the workbook is written
  'grids.export': (input, ctx) => ctx.jobs.start(`导出${input.title}`, (job) => exportGrid(ctx, input, job)),
};
