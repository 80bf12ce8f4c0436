import type { LedgerRecord } from '../../../shared/contract/records';

/*
 * 两清零 (government-invested projects owing no wages): no core method or weekly-report figure exists for it yet, so
 * this one place computes it from the records the renderer already reads (projects.list, clues.list by view). It is
 * the only definition; when the weekly report needs it, it belongs in the core's statistics and this file goes.
 */

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

const fen = (value: unknown) => (typeof value === 'number' ? value : 0);

/**
 * `openClues` are the clue ledger's 待办 view (not 已办结/已归档); `closedClues` its 已办结 view, counted when closed
 * between `from` and `to` (the weekly report's year to date).
 */
export function clearanceProgress(projects: readonly LedgerRecord[], openClues: readonly LedgerRecord[], closedClues: readonly LedgerRecord[], from: string, to: string): Clearance {
  const government = new Map<number, string>();
  for (const p of projects) if (p['investmentType'] === '政府投资') government.set(p.id, String(p['name'] ?? ''));
  const onGovernmentProject = (clue: LedgerRecord) => typeof clue['projectId'] === 'number' && government.has(clue['projectId']);

  const owing = new Map<number, ClearanceProject>();
  let remainingFen = 0;
  let open = 0;
  for (const clue of openClues.filter(onGovernmentProject)) {
    const id = clue['projectId'] as number;
    const entry = owing.get(id) ?? { id, name: government.get(id) ?? '', openClues: 0, owedFen: 0 };
    entry.openClues += 1;
    entry.owedFen += fen(clue['amountInvolved']);
    owing.set(id, entry);
    remainingFen += fen(clue['amountInvolved']);
    open += 1;
  }

  const cleared = closedClues.filter((c) => onGovernmentProject(c) && typeof c['closedDate'] === 'string' && c['closedDate'] >= from && c['closedDate'] <= to);
  return {
    projects: [...owing.values()].sort((a, b) => b.owedFen - a.owedFen || a.name.localeCompare(b.name, 'zh-CN')),
    openClues: open,
    remainingFen,
    clearedClues: cleared.length,
    clearedFen: cleared.reduce((sum, c) => sum + fen(c['amountResolved']), 0),
  };
}
