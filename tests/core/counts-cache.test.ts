import { describe, expect, it } from 'vitest';
import type { WarningKind } from '../../shared/contract/warnings';
import { clueInState, newClue, seedClueSettings } from './clue-helpers';
import { freshLedger, valueOf } from './helpers';

/**
 * The navigation's counts (clues.viewCounts, warnings.counts) are remembered between calls and worked out again
 * when the ledger changes or the day does: a remembered count must never be a stale one.
 */
describe('the navigation counts, remembered until the ledger or the day changes', () => {
  it('follows a new clue, a workflow step, a settings change and the next day', async () => {
    let today = '2026-10-16';
    const ledger = freshLedger({ now: () => new Date(`${today}T09:00:00+08:00`) });
    await seedClueSettings(ledger);
    const viewCounts = async () => valueOf(await ledger.call('clues.viewCounts', {})) as Record<string, number>;
    const warningCount = async () => Object.values(valueOf(await ledger.call('warnings.counts', {})) as Record<WarningKind, number>).reduce((a, b) => a + b, 0);

    expect(await viewCounts()).toMatchObject({ all: 0, todo: 0 });
    const clue = await clueInState(ledger, '已交办'); // deadline 2026-10-20 (Tuesday): 2 working days left, due soon
    expect(await viewCounts()).toMatchObject({ all: 1, dueSoon: 1, overdue: 0 });
    const warningsBefore = await warningCount();
    expect(warningsBefore).toBeGreaterThan(0); // the clue due within 2 working days

    await newClue(ledger);
    expect((await viewCounts())['all']).toBe(2);

    // the same day, nothing changed: the same answer
    expect(await viewCounts()).toEqual(await viewCounts());

    // a settings change moves what counts as due soon
    valueOf(await ledger.call('settings.update', { dueSoonWorkdays: 1 }));
    expect((await viewCounts())['dueSoon']).toBe(0);

    // the next days, with no change to the ledger: the clue falls overdue
    today = '2026-10-21';
    expect(await viewCounts()).toMatchObject({ overdue: 1, dueSoon: 0 });

    // a deleted clue leaves the counts at once
    valueOf(await ledger.call('clues.delete', { id: clue.id }));
    expect(await viewCounts()).toMatchObject({ all: 1, overdue: 0 });
    expect(await warningCount()).toBeLessThan(warningsBefore);
    await ledger.close();
  });
});
