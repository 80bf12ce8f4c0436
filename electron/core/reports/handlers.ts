import { formatChineseDate } from '../../../shared/dates';
import type { HandlersOf } from '../handler-types';
import { clearance } from './clearance';
import { exportWeeklyToFolder } from './export-weekly';
import { statsTable } from './stats';
import { weeklyReport } from './weekly';

export const reportHandlers: HandlersOf<'reports'> = {
  'reports.weekly': (input, ctx) => weeklyReport(ctx, input?.week),
  'reports.exportWeekly': (input, ctx) => ctx.jobs.start('导出周报', (job) => exportWeeklyToFolder(ctx, input?.week, job)),
  'reports.clearance': (input, ctx) => clearance(ctx, input.from, input.to),
  'reports.period': (input, ctx) =>
    statsTable(ctx, { from: input.from, to: input.to, label: input.label ?? `${formatChineseDate(input.from)}至${formatChineseDate(input.to)}` }),
};
