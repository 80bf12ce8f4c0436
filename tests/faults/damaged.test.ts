import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JobStatus, QuickCheckResult, RecoveryStatus, RestoreResult } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { openLedger } from '../../electron/core/ledger';
import { bundleCore, KillableCore } from './support/core';
import { seeded, tempFolder } from './support/files';

/**
 * Damaged ledger files, started by the real core process: an overwritten header, a truncated file, garbage inside a
 * page. Each is detected at start-up (the core starts in recovery, or quick_check after the first paint fails), the
 * newest good backup is offered with its record counts, the damaged file is not touched, and restoring brings the
 * ledger back while the core keeps running.
 */
let bundle = '';
beforeAll(async () => {
  bundle = await bundleCore();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** A ledger with 30 companies in a manual backup and 35 in the copy taken on close. */
async function ledgerWithBackups(): Promise<string> {
  const dbPath = path.join(tempFolder(), 'ledger.db');
  let second = 0;
  const ledger = openLedger({ dbPath, now: () => new Date(2026, 10, 27, 9, 0, second++) });
  for (let i = 0; i < 35; i++) {
    if (i === 30) await ledger.ctx.backups.take(ledger.ctx, '手动');
    const created = await ledger.call('companies.create', { values: { name: `单位${i}`, roles: ['施工总承包'], note: '备注'.repeat(200) } });
    if (!created.ok) throw new Error(created.error.message);
  }
  await ledger.close();
  return dbPath;
}

async function restoreAndCheck(core: KillableCore, status: RecoveryStatus, damaged: Buffer, dbPath: string): Promise<void> {
  if (status.mode !== 'damaged') throw new Error('expected a damaged ledger');
  expect(status.newestGood?.reason).toBe('关闭');
  expect(status.newestGood?.counts?.companies).toBe(35);
  expect(fs.readFileSync(dbPath).equals(damaged)).toBe(true); // detected, not touched

  const { jobId } = valueOf<{ jobId: string }>(await core.call('backups.restore', { path: status.newestGood?.path }));
  let finished: JobStatus | null = null;
  for (let i = 0; i < 1000 && !finished; i++) {
    const job = valueOf<JobStatus>(await core.call('jobs.status', { jobId }));
    if (job.state !== 'running') finished = job;
    else await sleep(10);
  }
  expect(finished?.state).toBe('done');
  const aside = (finished?.result as RestoreResult).setAsidePath as string;
  expect(path.dirname(aside)).toBe(path.join(path.dirname(dbPath), '已损坏的台账'));
  expect(fs.readFileSync(aside).equals(damaged)).toBe(true);
  expect(valueOf<unknown[]>(await core.call('companies.list', {}))).toHaveLength(35);
  expect(valueOf<RecoveryStatus>(await core.call('recovery.status', {})).mode).toBe('normal');
  expect((await core.call('companies.create', { values: { name: '恢复后新增', roles: ['施工总承包'] } })).ok).toBe(true);
}

async function startDamaged(dbPath: string): Promise<{ core: KillableCore; check: QuickCheckResult; status: RecoveryStatus }> {
  const { core, ready } = KillableCore.spawn(bundle, dbPath);
  expect((await ready)?.type).toBe('ready'); // not fatal: the core serves the recovery screen
  const check = valueOf<QuickCheckResult>(await core.call('recovery.started', {}));
  const status = valueOf<RecoveryStatus>(await core.call('recovery.status', {}));
  return { core, check, status };
}

describe('damaged ledger files', () => {
  it('an overwritten header: the core starts in recovery and offers the newest good backup', async () => {
    const dbPath = await ledgerWithBackups();
    const bytes = fs.readFileSync(dbPath);
    bytes.fill(0x20, 0, 100);
    fs.writeFileSync(dbPath, bytes);
    const { core, check, status } = await startDamaged(dbPath);
    expect(check.ok).toBe(false);
    expect(status.mode === 'damaged' && status.problem).toContain('无法打开');
    expect((await core.call('companies.list', {})).ok).toBe(false);
    await restoreAndCheck(core, status, bytes, dbPath);
    await core.close();
  });

  it('a truncated file: detected at start-up, restore offered', async () => {
    const dbPath = await ledgerWithBackups();
    const bytes = fs.readFileSync(dbPath).subarray(0, Math.floor(fs.statSync(dbPath).size * 0.6));
    fs.writeFileSync(dbPath, bytes);
    const { core, check, status } = await startDamaged(dbPath);
    expect(check.ok).toBe(false);
    expect(status.mode).toBe('damaged');
    await restoreAndCheck(core, status, Buffer.from(bytes), dbPath);
    await core.close();
  });

  it('garbage inside a page: quick_check after the first paint finds it', async () => {
    const dbPath = await ledgerWithBackups();
    const bytes = fs.readFileSync(dbPath);
    const pageSize = bytes.readUInt16BE(16);
    const random = seeded(7);
    // a page in the middle of the file: its header and cell pointers become noise
    const page = Math.floor(bytes.length / pageSize / 2);
    for (let i = 0; i < 200; i++) bytes[page * pageSize + i] = Math.floor(random() * 256);
    fs.writeFileSync(dbPath, bytes);
    const { core, check, status } = await startDamaged(dbPath);
    expect(check.ok).toBe(false);
    expect(status.mode === 'damaged' && status.problem).toMatch(/快速检查|无法打开/);
    await restoreAndCheck(core, status, bytes, dbPath);
    await core.close();
  });
});
