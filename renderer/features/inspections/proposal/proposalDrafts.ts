import type { InputOf } from '../../../../shared/contract';
import type { ProposedProblem } from '../../../../shared/contract/inspections';
import { isIsoDate } from '../../../../shared/dates';
import { LedgerError } from '../../../../shared/errors';
import { errorMessage } from '../../../lib/errors';

/** One proposed problem as the clerk edits it in the confirmation step. */
export interface ProblemDraft extends ProposedProblem {
  /** left out by the clerk: not sent */
  included: boolean;
}

export type DraftErrors = Record<number, string[]>;

/** A problem as problems.createFromInspection takes it. */
export type ConfirmedProblem = InputOf<'problems.createFromInspection'>['problems'][number];

export function draftsFrom(proposed: readonly ProposedProblem[]): ProblemDraft[] {
  return proposed.map((p) => ({ ...p, included: true }));
}

/**
 * The checks the core makes, run before sending, so each message lands on its own card at once. The core checks
 * again: this only saves the clerk a round trip and keeps the 第N个问题 numbering of the core for what it alone knows.
 */
export function checkDrafts(drafts: readonly ProblemDraft[]): DraftErrors {
  const errors: DraftErrors = {};
  drafts.forEach((draft, index) => {
    if (!draft.included) return;
    const messages: string[] = [];
    if (!draft.description.trim()) messages.push('问题描述：不能为空');
    if (!draft.responsibleUnit.trim()) messages.push('整改责任单位：不能为空');
    if (!isIsoDate(draft.deadline)) messages.push('整改期限：请选择日期');
    else if (draft.deadline < draft.foundDate) messages.push(`整改期限：不能早于发现日期${draft.foundDate}`);
    if (messages.length > 0) errors[index] = messages;
  });
  return errors;
}

/** What is sent: the included drafts, trimmed; `cardOf[i]` is the card the i-th sent problem came from. */
export function draftsToSend(drafts: readonly ProblemDraft[]): { problems: ConfirmedProblem[]; cardOf: number[] } {
  const problems: ConfirmedProblem[] = [];
  const cardOf: number[] = [];
  drafts.forEach((draft, index) => {
    if (!draft.included) return;
    const { included: _included, ...problem } = draft;
    // the item comes from the core's own proposal and is not editable here, so it is one of the checklist labels
    problems.push({ ...problem, checkItem: problem.checkItem as ConfirmedProblem['checkItem'], description: problem.description.trim(), requirement: problem.requirement.trim(), responsibleUnit: problem.responsibleUnit.trim() });
    cardOf.push(index);
  });
  return { problems, cardOf };
}

/**
 * The core refuses the whole list and names the problem: field errors as problems.<n>.<field>, the message as
 * 第N个问题：… (N counted among the problems sent). Both are mapped back to the clerk's cards; what names no
 * problem is returned as a general message.
 */
export function errorsByCard(error: unknown, cardOf: readonly number[]): { cards: DraftErrors; general: string | null } {
  const cards: DraftErrors = {};
  const add = (sent: number, text: string) => {
    const card = cardOf[sent];
    if (card === undefined) return false;
    (cards[card] ??= []).push(text);
    return true;
  };
  if (!(error instanceof LedgerError)) return { cards, general: errorMessage(error) };
  let placed = false;
  for (const field of error.fields ?? []) {
    const match = /^problems\.(\d+)\./.exec(field.field);
    if (match) placed = add(Number(match[1]), field.message.replace(/^第\d+个问题\s*/, '')) || placed;
  }
  if (!placed) {
    const match = /^第(\d+)个问题[：:]\s*(.*)$/s.exec(error.message);
    if (match) placed = add(Number(match[1]) - 1, match[2] ?? error.message);
  }
  return { cards, general: placed ? null : error.message };
}
