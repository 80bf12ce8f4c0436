import { formatChineseDate } from '../dates';
import type { ClueFacts } from '../contract/documents';
import { amountInFiguresAndWords } from './chinese-money';
import { type FactRow, orDash } from './official-parts';

/** The rows a supervision order, an assignment slip and a 一案一策 sheet all show about the clue. */
export function clueFactRows(clue: ClueFacts): FactRow[] {
  return [
    ['线索编号', orDash(clue.clueNo), '平台编号', orDash(clue.platformNo)],
    ['线索来源', orDash(clue.source), '受理日期', formatChineseDate(clue.receivedDate)],
    ['被投诉单位', orDash(clue.employer)],
    ['涉及项目', orDash(clue.project)],
    ['涉及人数', clue.workersInvolved === null ? '—' : `${clue.workersInvolved}人`, '欠薪期间', orDash(clue.arrearsPeriod)],
    ['涉及金额', amountInFiguresAndWords(clue.amountInvolvedFen)],
    ['基本情况', orDash(clue.summary)],
    ['主要诉求', orDash(clue.demand)],
  ];
}
