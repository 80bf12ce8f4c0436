import { z } from 'zod';
import { isIsoDate } from '../dates';
import { workLogEntity } from '../domain/work-log';
import type { ClueFigureRow } from './clues';
import { domain, query } from './define';
import type { JobStarted } from './jobs';
import { recordMethods } from './records';

export interface StatsPeriod {
  /** e.g. "2026年第48周" or "2026年1月1日至11月29日" */
  label: string;
  from: string;
  to: string;
}

/**
 * One line of the weekly statistics: a township or 合计. Project figures are the register as it stands
 * (projects under way); all other figures count what happened in the period. Money in fen; rates formatted.
 */
export interface TownshipStats {
  township: string;
  projectsUnderway: number;
  realNameInPlace: number;
  realNameRate: string;
  wageAccountOpened: number;
  wageAccountRate: string;
  bankPayrollInPlace: number;
  bankPayrollRate: string;
  rightsBoardInPlace: number;
  rightsBoardRate: string;
  registeredWorkers: number;
  wageCardsIssued: number;
  contractsDue: number;
  contractsSigned: number;
  contractRate: string;
  depositProjects: number;
  depositFen: number;
  govFundsArrangedFen: number;
  projectsInspected: number;
  employersInspected: number;
  problemsFound: number;
  problemsRectified: number;
  noticesIssued: number;
  cluesReceived: number;
  cluesClosed: number;
  closureRate: string;
  cluesOverdue: number;
  casesOpened: number;
  workersResolved: number;
  amountResolvedFen: number;
  consultations: number;
  disputesMediated: number;
  publicityEvents: number;
  materialsHandedOut: number;
}

export interface StatsTable {
  period: StatsPeriod;
  rows: TownshipStats[];
  total: TownshipStats;
  /** clues received / closed / rate by source (国家平台, 省平台, …) */
  bySource: ClueFigureRow[];
}

export interface WeeklyReport {
  countyName: string;
  issuingAuthority: string;
  /** ISO week, e.g. "2026-W48" */
  week: string;
  thisWeek: StatsTable;
  yearToDate: StatsTable;
}

const isoDate = (label: string) => z.string().refine((t) => isIsoDate(t), { error: `${label}应为有效日期（如2026-01-05）` });
export const isoWeek = z.string().regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/, { error: '周次格式应为 2026-W48' });

/** 两清零: a government-invested project that still owes wages (it has open clues). */
export interface ClearanceProject {
  id: number;
  name: string;
  openClues: number;
  /** 涉及金额 of its open clues, fen */
  owedFen: number;
}

export interface Clearance {
  /** government-invested projects that still have an open clue, the largest amount first */
  projects: ClearanceProject[];
  /** open clues on those projects and their 涉及金额: what remains to clear */
  openClues: number;
  remainingFen: number;
  /** clues on government-invested projects closed in the period, and the 解决金额 recorded when closing them */
  clearedClues: number;
  clearedFen: number;
}

export const reportsContract = domain('reports', {
  weekly: query<WeeklyReport>()(z.strictObject({ week: isoWeek.optional() }).optional(), '周报统计：本周和本年累计，按乡镇和来源'),
  // a read: it changes no record, so a 查看 account can take the report to the city too
  exportWeekly: query<JobStarted<{ path: string; fileName: string; sheets: string[]; ledgerRows: number }>>()(
    z.strictObject({ week: isoWeek.optional() }).optional(),
    '导出周报工作簿（统计表和台账）到导出文件夹：后台任务，可看进度、可取消',
  ),
  clearance: query<Clearance>()(z.strictObject({ from: isoDate('开始日期'), to: isoDate('结束日期') }), '两清零：尚欠工资的政府投资项目，及时段内已清偿的线索和金额'),
  period: query<StatsTable>()(z.strictObject({ from: isoDate('开始日期'), to: isoDate('结束日期'), label: z.string().max(60).optional() }), '任意时段（如专项行动期间）的统计'),
});

export const workLogsContract = domain('workLogs', recordMethods(workLogEntity));

