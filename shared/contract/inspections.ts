import { z } from 'zod';
import { isIsoDate } from '../dates';
import { inspectionEntity } from '../domain/inspection';
import { planEntity } from '../domain/plan';
import { PROBLEM_ACTIONS, PROBLEM_ITEMS, problemEntity, type ProblemActionName } from '../domain/problem';
import { command, domain, query } from './define';
import type { WorkflowEvent } from './clues';
import type { IssuedDocument } from './documents';
import { listPageInput, recordId, recordMethods, type LedgerRecord } from './records';

/** A problem the core proposes for a failed checklist item; the clerk edits it before confirming. */
export interface ProposedProblem {
  checkItem: (typeof PROBLEM_ITEMS)[number];
  description: string;
  requirement: string;
  responsibleUnit: string;
  foundDate: string;
  deadline: string;
}

export type ProblemRecord = LedgerRecord & { dueState: string; overdue: boolean };

export type ProblemEvent = WorkflowEvent;

export const PROBLEM_VIEWS = [
  { name: 'pending', label: '待整改' },
  { name: 'overdue', label: '已超期' },
  { name: 'toReview', label: '待复核' },
  { name: 'closed', label: '已销号' },
  { name: 'all', label: '全部' },
] as const;
export type ProblemViewName = (typeof PROBLEM_VIEWS)[number]['name'];

/** The inspection figures for a period, as the weekly report asks for them. */
export interface InspectionFigures {
  from: string;
  to: string;
  inspections: number;
  projectsInspected: number;
  /** distinct employers: the inspected companies, and the general contractors of inspected projects */
  employersInspected: number;
  problemsFound: number;
  problemsRectified: number;
  /** open problems past their deadline today */
  problemsOverdue: number;
  /** problems that carry a rectification notice number, found in the period */
  noticesIssued: number;
}

/** 一项目一档: everything the ledger holds about one project. */
export interface ProjectDossier {
  project: LedgerRecord;
  /** documents issued about the project's inspections and plans, oldest first */
  documents: IssuedDocument[];
  inspections: LedgerRecord[];
  problems: ProblemRecord[];
  clues: LedgerRecord[];
  plans: LedgerRecord[];
}

const isoDate = (label: string) => z.string({ error: `${label}应为日期` }).refine((t) => isIsoDate(t), { error: `${label}应为有效日期（如2026-01-05）` });
const text = (label: string, max: number) => z.string({ error: `${label}应为文字` }).trim().min(1, { error: `${label}不能为空` }).max(max, { error: `${label}不能超过${max}个字` });

export const confirmedProblemInput = z.strictObject({
  checkItem: z.enum(PROBLEM_ITEMS, { error: '问题类别不在检查项目中' }),
  description: text('问题描述', 4000),
  requirement: z.string().trim().max(4000).optional(),
  responsibleUnit: text('整改责任单位', 200),
  foundDate: isoDate('发现日期'),
  deadline: isoDate('整改期限'),
});

const problemActionNames = PROBLEM_ACTIONS.map((a) => a.name) as [ProblemActionName, ...ProblemActionName[]];

export const inspectionsContract = domain('inspections', {
  ...recordMethods(inspectionEntity),
  proposeProblems: query<ProposedProblem[]>()(z.object({ id: recordId }).strict(), '为不合格项拟定整改问题（确认前可修改）'),
  figures: query<InspectionFigures>()(z.strictObject({ from: isoDate('开始日期'), to: isoDate('结束日期') }), '检查和整改统计'),
});

export const problemsContract = domain('problems', {
  ...recordMethods(problemEntity),
  list: query<ProblemRecord[]>()(
    z
      .object({
        view: z.enum(PROBLEM_VIEWS.map((v) => v.name) as [ProblemViewName, ...ProblemViewName[]]).optional(),
        inspectionId: recordId.optional(),
        afterId: z.int().nonnegative().optional(),
        limit: z.int().min(1).max(10_000).optional(),
      })
      .strict()
      .optional(),
    '按视图列出整改问题（可只列一次检查的，可分页）',
  ),
  viewCounts: query<Record<ProblemViewName, number>>()(z.object({}).strict().optional(), '每个视图的问题数'),
  createFromInspection: command<ProblemRecord[]>()(
    z.strictObject({ inspectionId: recordId, problems: z.array(confirmedProblemInput).min(1, { error: '请至少确认一个问题' }).max(50) }),
    '确认检查发现的问题（全部保存或全部不保存）',
  ),
  detail: query<{ problem: ProblemRecord; events: ProblemEvent[]; allowedActions: { name: ProblemActionName; label: string }[] }>()(
    z.object({ id: recordId }).strict(),
    '问题详情与整改记录',
  ),
  act: command<ProblemRecord>()(
    z.strictObject({
      id: recordId,
      version: z.int().nonnegative(),
      action: z.enum(problemActionNames, { error: '未知的整改操作' }),
      date: isoDate('日期').optional(),
      note: z.string().trim().max(2000).optional(),
      reviewer: z.string().trim().min(1).max(50).optional(),
    }),
    '整改操作：开始整改、报告已整改、复核通过销号、复核不通过',
  ),
});

export const plansContract = domain('plans', {
  ...recordMethods(planEntity),
  list: query<LedgerRecord[]>()(
    z.object({ projectId: recordId.optional(), clueId: recordId.optional(), afterId: z.int().nonnegative().optional(), limit: z.int().min(1).max(10_000).optional() }).strict().optional(),
    '列出一项目一策/一案一策（可按项目或线索）',
  ),
});

export { listPageInput };
