/**
 * The clue workflow (线索办理流程), enforced in the core and shown in the UI from the same table:
 * 待受理 → 已受理 → 已交办 → 核处中 → 已反馈 → 已办结 → 已归档, with 退回重办 from 已反馈 and 重新交办 after an
 * unsatisfied follow-up.
 */
export const CLUE_STATES = ['待受理', '已受理', '已交办', '核处中', '已反馈', '已办结', '已归档'] as const;
export type ClueState = (typeof CLUE_STATES)[number];

export const SATISFACTION_LEVELS = ['满意', '基本满意', '不满意'] as const;
export type Satisfaction = (typeof SATISFACTION_LEVELS)[number];

export type ClueActionName = 'accept' | 'assign' | 'startHandling' | 'feedback' | 'sendBack' | 'close' | 'followUp' | 'reassign' | 'archive';

export interface ClueActionDef {
  name: ClueActionName;
  /** button and progress-log label */
  label: string;
  from: readonly ClueState[];
  /** the state after the action; null = the state does not change */
  to: ClueState | null;
  /** extra condition beyond the state, with the reason shown when it does not hold */
  guard?: (clue: { satisfaction: string | null }) => string | null;
}

export const CLUE_ACTIONS: readonly ClueActionDef[] = [
  { name: 'accept', label: '受理', from: ['待受理'], to: '已受理' },
  { name: 'assign', label: '交办', from: ['已受理'], to: '已交办' },
  { name: 'startHandling', label: '开始核处', from: ['已交办'], to: '核处中' },
  { name: 'feedback', label: '反馈结果', from: ['已交办', '核处中'], to: '已反馈' },
  { name: 'sendBack', label: '退回重办', from: ['已反馈'], to: '核处中' },
  { name: 'close', label: '办结', from: ['已反馈'], to: '已办结' },
  { name: 'followUp', label: '回访', from: ['已办结'], to: null },
  {
    name: 'reassign',
    label: '重新交办',
    from: ['已办结'],
    to: '已交办',
    guard: (clue) => (clue.satisfaction === '不满意' ? null : '只有回访“不满意”的线索才能重新交办'),
  },
  { name: 'archive', label: '归档', from: ['已办结'], to: '已归档' },
];

export function clueAction(name: ClueActionName): ClueActionDef {
  const action = CLUE_ACTIONS.find((a) => a.name === name);
  if (!action) throw new Error(`unknown clue action ${name}`);
  return action;
}

/** Why an action is not allowed now, in Chinese; null when it is. */
export function refusalOf(name: ClueActionName, clue: { status: string; satisfaction: string | null }): string | null {
  const action = clueAction(name);
  if (!(action.from as readonly string[]).includes(clue.status)) {
    return `当前状态为“${clue.status}”，不能${action.label}（${action.label}只适用于${action.from.map((s) => `“${s}”`).join('、')}状态）`;
  }
  return action.guard?.(clue) ?? null;
}

/** The actions the current state allows: the detail page offers only these. */
export function allowedActions(clue: { status: string; satisfaction: string | null }): ClueActionDef[] {
  return CLUE_ACTIONS.filter((a) => refusalOf(a.name, clue) === null);
}
