import type { ClueActionName } from '../../../../shared/domain/clue-workflow';
import type { Satisfaction } from '../../../../shared/domain/clue-workflow';
import { parseYuanToFen } from '../../../../shared/money';

/** What the action modal holds: dates as ISO strings, the amount as a 元 string (never a float). */
export interface ActionFormValues {
  date?: string | null;
  note?: string | null;
  township?: string | null;
  department?: string | null;
  deadline?: string | null;
  conclusion?: string | null;
  workersResolved?: number | null;
  amountResolved?: string | number | null;
  unresolvedReason?: string | null;
  satisfaction?: Satisfaction | null;
}

/** The parts of clues.act's input an action form fills in (id, version and action are added by the caller). */
export type ActionInput = { [K in Exclude<keyof ActionFormValues, 'amountResolved'>]?: NonNullable<ActionFormValues[K]> } & { amountResolved?: number };

export type ActionInputResult = { ok: true; input: ActionInput } | { ok: false; field: keyof ActionFormValues; message: string };

const blank = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** Form values → the act input: blanks left out (so the core applies its defaults), 元 → fen. */
export function actionInput(values: ActionFormValues): ActionInputResult {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (blank(value) || key === 'amountResolved') continue;
    input[key] = typeof value === 'string' ? value.trim() : value;
  }
  if (!blank(values.amountResolved)) {
    const fen = parseYuanToFen(String(values.amountResolved));
    if (fen === null || fen < 0) return { ok: false, field: 'amountResolved', message: '解决金额：金额格式不正确（元，最多两位小数）' };
    input['amountResolved'] = fen;
  }
  return { ok: true, input: input as ActionInput };
}

/** The label of the action's date in its form. */
export const ACTION_DATE_LABEL: Record<ClueActionName, string> = {
  accept: '受理日期',
  assign: '交办日期',
  startHandling: '开始核处日期',
  feedback: '反馈日期',
  sendBack: '退回日期',
  close: '办结日期',
  followUp: '回访日期',
  reassign: '重新交办日期',
  archive: '归档日期',
};
