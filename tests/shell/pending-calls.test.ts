import { describe, expect, it } from 'vitest';
import { PendingCalls } from '../../electron/shell/pending-calls';

describe('PendingCalls', () => {
  it('gives each call its own id and resolves answers out of order', async () => {
    const calls = new PendingCalls<string>();
    const first = calls.open();
    const second = calls.open();
    expect(first.id).not.toBe(second.id);
    expect(calls.size).toBe(2);

    expect(calls.settle(second.id, 'second')).toBe(true);
    expect(calls.settle(first.id, 'first')).toBe(true);
    await expect(first.settled).resolves.toBe('first');
    await expect(second.settled).resolves.toBe('second');
    expect(calls.size).toBe(0);
  });

  it('ignores unknown and repeated answers', async () => {
    const calls = new PendingCalls<number>();
    const call = calls.open();
    expect(calls.settle(call.id + 100, 1)).toBe(false);
    expect(calls.settle(call.id, 2)).toBe(true);
    expect(calls.settle(call.id, 3)).toBe(false);
    await expect(call.settled).resolves.toBe(2);
  });

  it('settles every waiting call at once and reports how many', async () => {
    const calls = new PendingCalls<string>();
    const a = calls.open();
    const b = calls.open();
    const c = calls.open();
    calls.settle(b.id, 'answered');
    expect(calls.settleAll('stopped')).toBe(2);
    expect(calls.size).toBe(0);
    await expect(a.settled).resolves.toBe('stopped');
    await expect(b.settled).resolves.toBe('answered');
    await expect(c.settled).resolves.toBe('stopped');
    expect(calls.settleAll('again')).toBe(0);
  });

  it('never reuses an id, even after all calls were settled', () => {
    const calls = new PendingCalls<string>();
    const seen = new Set<number>();
    for (let round = 0; round < 3; round++) {
      const opened = [calls.open(), calls.open()];
      for (const call of opened) {
        expect(seen.has(call.id)).toBe(false);
        seen.add(call.id);
      }
      calls.settleAll('done');
    }
  });
});
