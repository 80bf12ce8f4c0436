import { describe, expect, it } from 'vitest';
import type { LedgerRecord } from '../../shared/contract';
import { idCardCheckChar } from '../../shared/validators/idcard';
import type { Ledger } from '../../electron/core/ledger';
import { newClue, seedClueSettings } from './clue-helpers';
import { freshLedger, valueOf } from './helpers';

/** `count` pasted roster rows with valid, distinct ID numbers, numbered from `from`. */
function pasted(from: number, count: number): string[][] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const first17 = `1101051980${String(1 + Math.floor(n / 1000)).padStart(2, '0')}01${String(n % 1000).padStart(3, '0')}`;
    return [`工人${n}`, `${first17}${idCardCheckChar(first17) ?? ''}`, '', '1000', '', '', ''];
  });
}

const names = (rows: LedgerRecord[]) => rows.map((row) => String(row['name']));

async function page(ledger: Ledger, clueId: number, at: { position?: number; afterId?: number }, limit = 3): Promise<string[]> {
  return names(valueOf(await ledger.call('clueWorkers.list', { clueId, ...at, limit })) as LedgerRecord[]);
}

describe('roster paging by position (a jump with the scrollbar)', () => {
  it('gives the rows at any position, also after workers are deleted, restored and added', async () => {
    const ledger = freshLedger();
    await seedClueSettings(ledger);
    const big = await newClue(ledger);
    const other = await newClue(ledger);
    // imported in turns with another clue's, so the big roster's ids have gaps as a real ledger's do
    for (let from = 0; from < 1_300; from += 260) {
      valueOf(await ledger.call('clueWorkers.importRows', { clueId: big.id, rows: pasted(from, 260) }));
      valueOf(await ledger.call('clueWorkers.importRows', { clueId: other.id, rows: pasted(5_000 + from, 7) }));
    }
    const all = async () => names(valueOf(await ledger.call('clueWorkers.list', { clueId: big.id })) as LedgerRecord[]);
    let expected = await all();
    expect(expected).toHaveLength(1_300);
    const positions = [0, 1, 499, 500, 501, 999, 1_000, 1_298, 1_299, 1_300, 5_000];
    const check = async () => {
      for (const position of positions) expect(await page(ledger, big.id, { position }), `position ${position}`).toEqual(expected.slice(position, position + 3));
    };
    await check();

    const workers = valueOf(await ledger.call('clueWorkers.list', { clueId: big.id })) as LedgerRecord[];
    valueOf(await ledger.call('clueWorkers.delete', { id: workers[10]?.id }));
    expected = await all();
    expect(expected).toHaveLength(1_299);
    await check();

    valueOf(await ledger.call('clueWorkers.restore', { id: workers[10]?.id }));
    valueOf(await ledger.call('clueWorkers.importRows', { clueId: big.id, rows: pasted(2_000, 2) }));
    expected = await all();
    expect(expected).toHaveLength(1_302);
    await check();

    // keyset paging goes on from a page found by position
    const fromMiddle = valueOf(await ledger.call('clueWorkers.list', { clueId: big.id, position: 700, limit: 2 })) as LedgerRecord[];
    expect(await page(ledger, big.id, { afterId: fromMiddle[1]?.id ?? 0 })).toEqual(expected.slice(702, 705));
  });

  it('refuses a page asked for both after an id and from a position', async () => {
    const ledger = freshLedger();
    await seedClueSettings(ledger);
    const clue = await newClue(ledger);
    const result = await ledger.call('clueWorkers.list', { clueId: clue.id, afterId: 1, position: 500 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('不能同时按编号和按行号取');
  });
});
