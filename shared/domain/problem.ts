import type { EntityDef } from './field';
import { CHECKLIST } from './inspection';

export const PROBLEM_STATES = ['待整改', '整改中', '已报整改', '已复核销号'] as const;
export type ProblemState = (typeof PROBLEM_STATES)[number];
export const PROBLEM_ITEMS = [...CHECKLIST.map((item) => item.label), '其他'] as const;

/** 整改问题: found by an inspection, followed until it is verified and closed (销号). */
export const problemEntity: EntityDef = {
  name: 'problems',
  label: '整改问题',
  titleField: 'description',
  fields: [
    { key: 'inspectionId', label: '来源检查', type: 'int', assigned: true, group: '问题', width: 90, hiddenInGrid: true },
    { key: 'projectId', label: '项目', type: 'projectRef', group: '问题', width: 200 },
    { key: 'companyId', label: '单位', type: 'companyRef', group: '问题', width: 180 },
    { key: 'township', label: '所在乡镇', type: 'code', codeList: 'townships', group: '问题', width: 100 },
    { key: 'checkItem', label: '问题类别', type: 'enum', options: PROBLEM_ITEMS, required: true, group: '问题', width: 130 },
    { key: 'description', label: '问题描述', type: 'longtext', required: true, group: '问题', width: 260 },
    { key: 'requirement', label: '整改要求', type: 'longtext', group: '整改', width: 240, hiddenInGrid: true },
    { key: 'responsibleUnit', label: '整改责任单位', type: 'text', required: true, group: '整改', width: 180 },
    { key: 'foundDate', label: '发现日期', type: 'date', required: true, group: '整改', width: 110 },
    { key: 'deadline', label: '整改期限', type: 'date', required: true, group: '整改', width: 110 },
    { key: 'status', label: '整改状态', type: 'enum', options: PROBLEM_STATES, assigned: true, defaultValue: '待整改', group: '整改', width: 100 },
    { key: 'dueState', label: '期限状态', type: 'text', computed: true, group: '整改', width: 110 },
    { key: 'reportedDate', label: '报告整改日期', type: 'date', assigned: true, group: '复核销号', width: 120, hiddenInGrid: true },
    { key: 'reviewer', label: '复核人', type: 'text', assigned: true, group: '复核销号', width: 90 },
    { key: 'reviewNote', label: '复核意见', type: 'longtext', assigned: true, group: '复核销号', width: 200, hiddenInGrid: true },
    { key: 'closedDate', label: '销号日期', type: 'date', assigned: true, group: '复核销号', width: 110 },
    { key: 'noticeNo', label: '整改通知书文号', type: 'text', assigned: true, group: '复核销号', width: 160, hiddenInGrid: true },
  ],
  checks: [
    { field: 'deadline', message: '整改期限：不能早于发现日期', holds: (r) => !r['foundDate'] || !r['deadline'] || String(r['deadline']) >= String(r['foundDate']) },
  ],
};

export type ProblemActionName = 'start' | 'report' | 'passReview' | 'failReview';

export const PROBLEM_ACTIONS: readonly { name: ProblemActionName; label: string; from: readonly ProblemState[]; to: ProblemState }[] = [
  { name: 'start', label: '开始整改', from: ['待整改'], to: '整改中' },
  { name: 'report', label: '报告已整改', from: ['待整改', '整改中'], to: '已报整改' },
  { name: 'passReview', label: '复核通过销号', from: ['已报整改'], to: '已复核销号' },
  { name: 'failReview', label: '复核不通过', from: ['已报整改'], to: '整改中' },
];

export function problemRefusal(action: ProblemActionName, status: string): string | null {
  const def = PROBLEM_ACTIONS.find((a) => a.name === action);
  if (!def) return '未知的整改操作';
  if ((def.from as readonly string[]).includes(status)) return null;
  return `当前状态为“${status}”，不能${def.label}（只适用于${def.from.map((s) => `“${s}”`).join('、')}）`;
}

export function allowedProblemActions(status: string): { name: ProblemActionName; label: string }[] {
  return PROBLEM_ACTIONS.filter((a) => (a.from as readonly string[]).includes(status)).map(({ name, label }) => ({ name, label }));
}
