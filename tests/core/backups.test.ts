import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { BackupEntry, JobStatus, QuickCheckResult, RecoveryStatus, RestoreResult } from '../../shared/contract';
import { openInRecovery } from '../../electron/core/backup/recovery-mode';
import { backupsToRemove } from '../../electron/core/backup/rotation';
import { parseBackupName } from '../../electron/core/backup/names';
import { openLedger, type Ledger } from '../../electron/core/ledger';
import { freshLedger, tempFolder, valueOf } from './helpers';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

async function jobResult<T>(ledger: Pick<Ledger, 'call'>, started: { jobId: string }): Promise<JobStatus & { result?: T }> {
  for (let i = 0; i < 2000; i++) {
    const status = valueOf(await ledger.call('jobs.status', { jobId: started.jobId })) as JobStatus;
    if (status.state !== 'running') return status as JobStatus & { result?: T };
    await tick();
  }
  throw new Error('job did not finish');
}

async function backupNow(ledger: Ledger): Promise<BackupEntry> {
  const status = await jobResult<BackupEntry>(ledger, valueOf(await ledger.call('backups.create', {})) as { jobId: string });
  if (status.state !== 'done') throw new Error(status.error?.message ?? status.state);
  return status.result as BackupEntry;
}

async function addCompany(ledger: Ledger, name: string): Promise<void> {
  valueOf(await ledger.call('companies.create', { values: { name, roles: ['施工总承包'] } }));
}

async function companyNames(ledger: Ledger): Promise<string[]> {
  return (valueOf(await ledger.call('companies.list', {})) as { name: string }[]).map((c) => c.name).sort();
}

describe('backups', () => {
  it('takes an online copy into the backups folder, checked, self-contained, named with time and reason', async () => {
    const ledger = freshLedger({ now: () => new Date(2026, 10, 27, 9, 30, 5) });
    await addCompany(ledger, '甲公司');
    const entry = await backupNow(ledger);
    expect(entry.fileName).toBe('ledger-20261127-093005-手动.db');
    expect(path.dirname(entry.path)).toBe(ledger.ctx.backupsDir);
    expect(entry.counts).toMatchObject({ companies: 1, projects: 0 });
    const copy = new Database(entry.path, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect(fs.readdirSync(ledger.ctx.backupsDir).filter((name) => name.endsWith('.partial'))).toEqual([]);

    const listed = valueOf(await ledger.call('backups.list', {})) as BackupEntry[];
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ fileName: entry.fileName, reason: '手动', sizeBytes: fs.statSync(entry.path).size, counts: { companies: 1 } });
  });

  it('backs up to a chosen folder (a USB stick) without rotating it', async () => {
    const ledger = freshLedger();
    await addCompany(ledger, '甲公司');
    const stick = tempFolder();
    const status = await jobResult<BackupEntry>(ledger, valueOf(await ledger.call('backups.createTo', { folder: stick })) as { jobId: string });
    expect(status.state).toBe('done');
    expect(path.dirname((status.result as BackupEntry).path)).toBe(stick);
    expect(fs.readdirSync(stick)).toHaveLength(1);
  });

  it('takes the start-up backup after a clean quick_check, and one on close only when something changed', async () => {
    const folder = tempFolder();
    const dbPath = path.join(folder, 'ledger.db');
    let clock = new Date(2026, 10, 27, 8, 0, 0);
    const ledger = openLedger({ dbPath, now: () => clock });
    await addCompany(ledger, '甲公司');
    expect(valueOf(await ledger.call('recovery.started', {})) as QuickCheckResult).toEqual({ ok: true, problems: [] });
    for (let i = 0; i < 200 && !fs.existsSync(path.join(folder, 'backups', 'ledger-20261127-080000-启动.db')); i++) await tick();
    expect(fs.existsSync(path.join(folder, 'backups', 'ledger-20261127-080000-启动.db'))).toBe(true);
    clock = new Date(2026, 10, 27, 17, 0, 0);
    await addCompany(ledger, '乙公司');
    await ledger.close();
    expect(fs.readdirSync(path.join(folder, 'backups')).sort()).toEqual(['ledger-20261127-080000-启动.db', 'ledger-20261127-170000-关闭.db']);
    // a second close (the shell quitting after an error, a test's cleanup) neither fails nor copies again
    clock = new Date(2026, 10, 27, 18, 0, 0);
    await expect(ledger.close()).resolves.toBeUndefined();
    expect(fs.readdirSync(path.join(folder, 'backups'))).toHaveLength(2);

    // nothing changed in this session: no copy on close
    const again = openLedger({ dbPath, now: () => new Date(2026, 10, 28, 9, 0, 0) });
    valueOf(await again.call('recovery.started', {}));
    await again.close();
    const names = fs.readdirSync(path.join(folder, 'backups'));
    expect(names.filter((name) => name.includes('关闭'))).toHaveLength(1);
    expect(names.filter((name) => name.includes('20261128'))).toEqual(['ledger-20261128-090000-启动.db']);
  });

  it('restores a backup after saving the current ledger, and the restore can be undone', async () => {
    const ledger = freshLedger();
    await addCompany(ledger, '甲公司');
    const first = await backupNow(ledger);
    await addCompany(ledger, '乙公司');

    const restored = await jobResult<RestoreResult>(ledger, valueOf(await ledger.call('backups.restore', { path: first.path })) as { jobId: string });
    expect(restored.state).toBe('done');
    const result = restored.result as RestoreResult;
    expect(await companyNames(ledger)).toEqual(['甲公司']);
    expect(result.undoBackup).toMatch(/恢复前\.db$/);
    expect(ledger.ctx.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');

    const undone = await jobResult<RestoreResult>(ledger, valueOf(await ledger.call('backups.restore', { path: result.undoBackup as string })) as { jobId: string });
    expect(undone.state).toBe('done');
    expect(await companyNames(ledger)).toEqual(['乙公司', '甲公司']);
    await addCompany(ledger, '丙公司'); // the reopened ledger takes writes
    expect(await companyNames(ledger)).toHaveLength(3);
  });

  it('refuses to restore from a file that is not a sound ledger backup, changing nothing', async () => {
    const ledger = freshLedger();
    await addCompany(ledger, '甲公司');
    const junk = path.join(tempFolder(), 'junk.db');
    fs.writeFileSync(junk, 'not a database at all, just text');
    const status = await jobResult(ledger, valueOf(await ledger.call('backups.restore', { path: junk })) as { jobId: string });
    expect(status.state).toBe('failed');
    expect(status.error?.message).toContain('不能从“junk.db”恢复');
    expect(await companyNames(ledger)).toEqual(['甲公司']);
    const refused = await ledger.call('backups.restore', { path: path.join(tempFolder(), 'notes.txt') });
    expect(refused.ok).toBe(false);
  });

  it('rotates automatic copies to the newest per hour, day and month, and keeps manual ones', () => {
    const backups = [];
    // every 20 minutes over 3 days: many per hour slot
    for (let minutes = 0; minutes < 3 * 24 * 60; minutes += 20) {
      const at = new Date(2026, 10, 1, 0, minutes, 0);
      backups.push({ fileName: `a-${minutes}.db`, at, reason: '每小时' as const });
    }
    backups.push({ fileName: 'manual-old.db', at: new Date(2020, 0, 1), reason: '手动' as const });
    const removed = new Set(backupsToRemove(backups));
    const kept = backups.filter((b) => !removed.has(b.fileName));
    expect(removed.has('manual-old.db')).toBe(false);
    // 24 hourly slots + the newest of the two earlier days (the newest day is already in)
    expect(kept.filter((b) => b.reason === '每小时')).toHaveLength(26);
    const newest = backups.filter((b) => b.reason === '每小时').at(-1);
    expect(kept.map((b) => b.fileName)).toContain(newest?.fileName);
    expect(kept.map((b) => b.fileName)).toContain('a-1420.db'); // newest of the first day (23:40)
    expect(kept.map((b) => b.fileName)).not.toContain('a-1400.db');
  });

  it('reads time and reason back from a backup name', () => {
    expect(parseBackupName('ledger-20261127-093005-恢复前-2.db')).toMatchObject({ base: 'ledger', reason: '恢复前' });
    expect(parseBackupName('ledger-20261127-093005-手动.db')?.at.getHours()).toBe(9);
    expect(parseBackupName('ledger.db')).toBeNull();
  });
});

describe('recovery when the ledger cannot be opened', () => {
  it('offers the newest good backup, moves the damaged file aside untouched, and then serves the restored ledger', async () => {
    const folder = tempFolder();
    const dbPath = path.join(folder, 'ledger.db');
    let minute = 0;
    const ledger = openLedger({ dbPath, now: () => new Date(2026, 10, 27, 9, minute++, 0) });
    await addCompany(ledger, '甲公司');
    await backupNow(ledger);
    await addCompany(ledger, '乙公司');
    await ledger.close(); // takes a 关闭 copy too: two good backups, the newest has both companies
    const damaged = fs.readFileSync(dbPath);
    damaged.fill(0x41, 0, 100); // the header overwritten
    fs.writeFileSync(dbPath, damaged);

    let failure: unknown;
    try {
      openLedger({ dbPath });
    } catch (error) {
      failure = error;
    }
    const recovering = openInRecovery({ dbPath }, failure);
    const status = valueOf(await recovering.call('recovery.status', {})) as RecoveryStatus;
    expect(status.mode).toBe('damaged');
    if (status.mode !== 'damaged') return;
    expect(status.problem).toContain('无法打开');
    expect(status.damagedCounts).toBeNull();
    expect(status.newestGood?.reason).toBe('关闭');
    expect(status.newestGood?.counts?.companies).toBe(2);
    expect((await recovering.call('companies.list', {})).ok).toBe(false);

    const started = valueOf(await recovering.call('backups.restore', { path: status.newestGood?.path })) as { jobId: string };
    const done = await jobResult<RestoreResult>(recovering, started);
    expect(done.state).toBe('done');
    const aside = (done.result as RestoreResult).setAsidePath as string;
    expect(fs.readFileSync(aside).equals(damaged)).toBe(true);
    const companies = valueOf(await recovering.call('companies.list', {})) as unknown[];
    expect(companies).toHaveLength(2);
    expect((valueOf(await recovering.call('recovery.status', {})) as RecoveryStatus).mode).toBe('normal');
    await recovering.close();
  });

  it('holds the lock while recovering, and leaves the damaged file as it was when closed without a restore', async () => {
    const dbPath = path.join(tempFolder(), 'ledger.db');
    fs.writeFileSync(dbPath, Buffer.concat([Buffer.alloc(100, 7), Buffer.alloc(8000, 1)]));
    const before = fs.readFileSync(dbPath);
    let failure: unknown;
    try {
      openLedger({ dbPath });
    } catch (error) {
      failure = error;
    }
    const recovering = openInRecovery({ dbPath }, failure);
    expect(fs.readFileSync(`${dbPath}.lock`, 'utf8')).toBe(String(process.pid));
    const status = valueOf(await recovering.call('recovery.status', {})) as RecoveryStatus;
    expect(status.mode === 'damaged' && status.newestGood).toBeNull();
    await recovering.close();
    expect(fs.existsSync(`${dbPath}.lock`)).toBe(false);
    expect(fs.readFileSync(dbPath).equals(before)).toBe(true);
  });
});

describe('a copy cut short by a kill', () => {
  it('leaves a .partial that the next copy under the same name clears instead of refusing to open the ledger', async () => {
    const { takeBackupSync } = await import('../../electron/core/backup/copy');
    const ledger = freshLedger();
    const folder = tempFolder();
    const at = new Date('2026-11-27T09:30:05Z');
    const first = takeBackupSync(ledger.ctx.sqlite, { folder, dbPath: ledger.ctx.dbPath, at, reason: '升级前' });
    // as if the core had been killed in the middle of this copy: no finished file, a half-written partial
    fs.rmSync(first.path);
    fs.writeFileSync(`${first.path}.partial`, 'half a copy');
    const second = takeBackupSync(ledger.ctx.sqlite, { folder, dbPath: ledger.ctx.dbPath, at, reason: '升级前' });
    expect(second.fileName).toBe(first.fileName);
    expect(fs.existsSync(`${second.path}.partial`)).toBe(false);
    const copy = new Database(second.path, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      copy.close();
    }
  });
});

describe('the start-up check in the app, where the first screen is the sign-in screen', () => {
  it('answers recovery.status and runs quick_check and the start-up backup before anyone signs in', async () => {
    const folder = tempFolder();
    const dbPath = path.join(folder, 'ledger.db');
    const ledger = openLedger({ dbPath, requireLogin: true, now: () => new Date(2026, 10, 27, 8, 0, 0) });
    try {
      expect((valueOf(await ledger.call('recovery.status', {})) as RecoveryStatus).mode).toBe('normal');
      expect(valueOf(await ledger.call('recovery.started', {})) as QuickCheckResult).toEqual({ ok: true, problems: [] });
      const startup = path.join(folder, 'backups', 'ledger-20261127-080000-启动.db');
      for (let i = 0; i < 200 && !fs.existsSync(startup); i++) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(fs.existsSync(startup)).toBe(true);
      // the records themselves stay closed until someone signs in
      expect(await ledger.call('companies.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    } finally {
      await ledger.close();
    }
  });
});
