import { z } from 'zod';
import { CLUE_ACTIONS, SATISFACTION_LEVELS, type ClueActionName } from '../domain/clue-workflow';
import { clueEntity } from '../domain/clue';
import { isIsoDate } from '../dates';
import { command, domain, query } from './define';
import { CLUE_VIEWS, type ClueViewName } from './clue-views';
import { recordId, recordMethods, type LedgerRecord } from './records';

export { CLUE_VIEWS, type ClueViewName } from './clue-views';

/**
 * A clue as listed: the record plus what is computed from today's date and the working-day calendar.
 * dueState: 已超期 / 即将到期 / 剩N个工作日 / 按期办结 / 超期办结 / '' (not yet assigned).
 */
export type ClueRecord = LedgerRecord & { dueState: string; overdue: boolean; dueSoon: boolean; workdaysLeft: number | null };

/** One entry of a workflow's log (a clue's 办理记录, a problem's 整改记录). */
export interface WorkflowEvent {
  id: number;
  date: string;
  action: string;
  fromState: string | null;
  toState: string | null;
  note: string | null;
  operator: string;
  at: string;
}

export type ClueEvent = WorkflowEvent;

/** 四必到: the four parties who must attend every petition about the clue. */
export interface ClueAttendance {
  id: number;
  date: string;
  departmentPresent: boolean;
  companyHeadPresent: boolean;
  worksTownshipPresent: boolean;
  homeTownshipPresent: boolean;
  note: string | null;
  operator: string;
}

export interface RosterTotals {
  workers: number;
  owedFen: number;
  paidFen: number;
}

export interface ClueDetail {
  clue: ClueRecord;
  /** the workflow actions the current state allows (the detail page offers only these) */
  allowedActions: { name: ClueActionName; label: string }[];
  events: ClueEvent[];
  attendance: ClueAttendance[];
  roster: RosterTotals;
}

/** One line of the clue figures: a source, a township, or the total. */
export interface ClueFigureRow {
  key: string;
  received: number;
  closed: number;
  closedOnTime: number;
  /** 办结率 = closed / received, e.g. "97.37%" ("—" when nothing was received) */
  closureRate: string;
  /** 按期办结率 = closed on time / closed */
  onTimeRate: string;
  followedUp: number;
  satisfied: number;
  /** 满意率 = (满意 + 基本满意) / followed up */
  satisfactionRate: string;
  workersInvolved: number;
  amountInvolvedFen: number;
  workersResolved: number;
  amountResolvedFen: number;
  /** open clues past their deadline today */
  overdueNow: number;
}

export interface ClueFigures {
  from: string;
  to: string;
  groupBy: 'source' | 'township' | 'none';
  rows: ClueFigureRow[];
  total: ClueFigureRow;
}

const isoDate = (label: string) => z.string({ error: `${label}应为日期` }).refine((text) => isIsoDate(text), { error: `${label}应为有效日期（如2026-01-05）` });
const note = (label: string) => z.string().trim().max(2000, { error: `${label}不能超过2000个字` });
const fen = (label: string) => z.int({ error: `${label}应为金额` }).nonnegative({ error: `${label}不能为负数` });
const count = (label: string) => z.int({ error: `${label}应为整数` }).nonnegative({ error: `${label}不能为负数` });
const actionNames = CLUE_ACTIONS.map((a) => a.name) as [ClueActionName, ...ClueActionName[]];

export const clueActInput = z.strictObject({
  id: recordId,
  version: z.int().nonnegative(),
  action: z.enum(actionNames, { error: '未知的办理操作' }),
  /** the day the action happened; today when not given */
  date: isoDate('办理日期').optional(),
  note: note('办理说明').optional(),
  township: z.string().trim().min(1).optional(),
  department: z.string().trim().min(1).optional(),
  /** overrides the deadline computed from the source's working-day limit */
  deadline: isoDate('办理期限').optional(),
  conclusion: z.string().trim().min(1, { error: '核处结论不能为空' }).optional(),
  workersResolved: count('解决人数').optional(),
  amountResolved: fen('解决金额').optional(),
  unresolvedReason: note('未解决原因').optional(),
  satisfaction: z.enum(SATISFACTION_LEVELS, { error: '回访满意度应为满意、基本满意或不满意' }).optional(),
});

export const CLUE_FLAGS = ['supervised', 'leaderOwned', 'caseFiled', 'referredToPolice', 'guidedToArbitration'] as const;
export type ClueFlag = (typeof CLUE_FLAGS)[number];

export const clueFlagInput = z.strictObject({
  id: recordId,
  version: z.int().nonnegative(),
  flag: z.enum(CLUE_FLAGS, { error: '未知的标记' }),
  on: z.boolean(),
  date: isoDate('日期').optional(),
  reason: note('原因').optional(),
  leader: z.string().trim().min(1).optional(),
  plan: note('包案方案').optional(),
  caseNumber: z.string().trim().min(1).max(60, { error: '立案编号不能超过60个字' }).optional(),
});

/** A clue as a choice in a select: enough to recognise it, not the whole record. */
export interface CluePick {
  id: number;
  clueNo: string;
  employerName: string | null;
  receivedDate: string;
}

export const cluesContract = domain('clues', {
  ...recordMethods(clueEntity),
  list: query<ClueRecord[]>()(
    z
      .object({
        view: z.enum(CLUE_VIEWS.map((v) => v.name) as [ClueViewName, ...ClueViewName[]]).optional(),
        afterId: z.int().nonnegative().optional(),
        limit: z.int().min(1).max(10_000).optional(),
      })
      .strict()
      .optional(),
    '按保存的视图列出线索（可分页）',
  ),
  pick: query<CluePick[]>()(
    z.strictObject({ text: z.string().trim().max(60, { error: '查找内容不能超过60个字' }).optional(), id: recordId.optional() }).optional(),
    '按线索编号、平台编号或被投诉单位查找线索，最新的在前，最多50条（供选择框用）；给出 id 时只返回那一条',
  ),
  viewCounts: query<Record<ClueViewName, number>>()(z.object({}).strict().optional(), '每个视图的线索数'),
  detail: query<ClueDetail>()(z.object({ id: recordId }).strict(), '线索详情：办理记录、可用操作、四必到、名单合计'),
  act: command<ClueRecord>()(clueActInput, '办理操作：受理、交办、核处、反馈、退回重办、办结、回访、重新交办、归档'),
  setFlag: command<ClueRecord>()(clueFlagInput, '挂牌督办、领导包案、立案、移送公安、引导仲裁诉讼'),
  addProgress: command<ClueEvent>()(z.strictObject({ id: recordId, date: isoDate('日期'), note: note('办理情况').min(1, { error: '办理情况不能为空' }) }), '添加办理记录'),
  addAttendance: command<ClueAttendance>()(
    z.strictObject({
      id: recordId,
      date: isoDate('日期'),
      departmentPresent: z.boolean(),
      companyHeadPresent: z.boolean(),
      worksTownshipPresent: z.boolean(),
      homeTownshipPresent: z.boolean(),
      note: note('备注').optional(),
    }),
    '登记四必到到场情况',
  ),
  figures: query<ClueFigures>()(
    z.strictObject({ from: isoDate('开始日期'), to: isoDate('结束日期'), groupBy: z.enum(['source', 'township', 'none']).optional() }),
    '线索统计：受理、办结、办结率、按期办结率、满意率、涉及和解决的人数金额',
  ),
});
