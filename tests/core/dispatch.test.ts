import { describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../shared/contract';
import { handlers } from '../../electron/core/handlers';
import { freshLedger } from './helpers';

describe('the core dispatcher', () => {
  it('has exactly one handler per contract method', () => {
    expect(Object.keys(handlers).sort()).toEqual([...methodNames].sort());
    expect(methodNames.every((name) => /^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/.test(name))).toBe(true);
    expect(Object.values(contract).every((m) => m.summary.length > 0)).toBe(true);
  });

  it('refuses an unknown method as data', async () => {
    const result = await freshLedger().call('companies.drop', {});
    expect(result).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: expect.stringContaining('companies.drop') } });
  });

  it('parses every input: wrong shapes come back as Chinese field errors', async () => {
    const ledger = freshLedger();
    const noId = await ledger.call('companies.get', { id: 'one' });
    expect(noId.ok).toBe(false);
    if (!noId.ok) expect(noId.error).toMatchObject({ code: 'VALIDATION', fields: [{ field: 'id', message: '记录编号应为正整数' }] });

    const extra = await ledger.call('settings.update', { hacker: true });
    expect(extra.ok).toBe(false);

    const badTownships = await ledger.call('settings.update', { townships: ['城关镇', '城关镇'] });
    expect(badTownships.ok).toBe(false);
    if (!badTownships.ok) expect(badTownships.error.message).toContain('乡镇有重复项');
  });

  it('turns a disk-full error into a clear IO error', async () => {
    const { toErrorPayload } = await import('../../electron/core/dispatch');
    const diskFull = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    expect(toErrorPayload(diskFull, 'projects.update')).toMatchObject({ code: 'IO', message: expect.stringContaining('磁盘已满') });
  });
});
