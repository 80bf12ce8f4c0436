import type { ClueRecord } from '../../shared/contract/clues';
import type { ClueState } from '../../shared/domain/clue-workflow';
import type { Ledger } from '../../electron/core/ledger';
import { valueOf } from './helpers';

export async function seedClueSettings(ledger: Ledger): Promise<void> {
  valueOf(
    await ledger.call('settings.update', {
      townships: ['城关镇', '西川镇'],
      leaders: [{ name: '李四', title: '副县长' }],
    }),
  );
}

export function clueValues(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { source: '国家平台', receivedDate: '2026-09-28', sector: '工程建设', complainantName: '王五', employerName: '某建筑劳务公司', workersInvolved: 3, amountInvolved: 3_000_000, ...overrides };
}

export async function newClue(ledger: Ledger, overrides: Record<string, unknown> = {}): Promise<ClueRecord> {
  return valueOf(await ledger.call('clues.create', { values: clueValues(overrides) })) as ClueRecord;
}

export async function act(ledger: Ledger, clue: ClueRecord, action: string, extra: Record<string, unknown> = {}): Promise<ClueRecord> {
  return valueOf(await ledger.call('clues.act', { id: clue.id, version: clue.version, action, ...extra })) as ClueRecord;
}

/** The actions that take a fresh clue to each state, with what each needs. */
const PATH: { action: string; extra: Record<string, unknown>; reaches: ClueState }[] = [
  { action: 'accept', extra: { date: '2026-09-29' }, reaches: '已受理' },
  { action: 'assign', extra: { date: '2026-09-30', township: '城关镇', department: '住建局' }, reaches: '已交办' },
  { action: 'startHandling', extra: { date: '2026-10-08' }, reaches: '核处中' },
  { action: 'feedback', extra: { date: '2026-10-12', conclusion: '已解决', workersResolved: 3, amountResolved: 3_000_000 }, reaches: '已反馈' },
  { action: 'close', extra: { date: '2026-10-13' }, reaches: '已办结' },
  { action: 'archive', extra: { date: '2026-10-14' }, reaches: '已归档' },
];

/** A new clue driven through the real workflow to `state`. */
export async function clueInState(ledger: Ledger, state: ClueState, overrides: Record<string, unknown> = {}): Promise<ClueRecord> {
  let clue = await newClue(ledger, overrides);
  for (const step of PATH) {
    if (clue['status'] === state) break;
    clue = await act(ledger, clue, step.action, step.extra);
  }
  return clue;
}
