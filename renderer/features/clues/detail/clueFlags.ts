import type { ClueFlag } from '../../../../shared/contract/clues';
import type { ClueRecord } from '../../../../shared/contract/clues';

/** The escalation flags: what sets them, how they read as a tag, and the date field each keeps. */
export interface FlagDef {
  flag: ClueFlag;
  /** button text to set it, e.g. 挂牌督办 */
  label: string;
  /** tag text when set; may add a detail such as the leader's name */
  tag: (clue: ClueRecord) => string;
  color: string;
}

const text = (clue: ClueRecord, key: string) => (typeof clue[key] === 'string' && clue[key] ? String(clue[key]) : '');

export const FLAG_DEFS: readonly FlagDef[] = [
  { flag: 'supervised', label: '挂牌督办', tag: () => '挂牌督办', color: 'red' },
  { flag: 'leaderOwned', label: '领导包案', tag: (c) => (text(c, 'ownerLeader') ? `领导包案：${text(c, 'ownerLeader')}` : '领导包案'), color: 'purple' },
  { flag: 'caseFiled', label: '立案', tag: (c) => (text(c, 'caseNumber') ? `已立案：${text(c, 'caseNumber')}` : '已立案'), color: 'blue' },
  { flag: 'referredToPolice', label: '移送公安', tag: () => '已移送公安', color: 'volcano' },
  { flag: 'guidedToArbitration', label: '引导仲裁/诉讼', tag: () => '已引导仲裁/诉讼', color: 'gold' },
];

export const isFlagOn = (clue: ClueRecord, flag: ClueFlag) => clue[flag] === true;
