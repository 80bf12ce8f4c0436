import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { JobStatus } from '../../shared/contract/jobs';
import type { Result } from '../../shared/errors';
import { openLedger, type Ledger, type LedgerOptions } from '../../electron/core/ledger';

const opened: Ledger[] = [];
const folders: string[] = [];

/** A fresh folder for one test's ledger files, removed afterwards. */
export function tempFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-test-'));
  folders.push(folder);
  return folder;
}

/** A real ledger on a real SQLite file in a fresh temp folder, closed after the test. */
export function freshLedger(options: Partial<LedgerOptions> = {}): Ledger {
  const ledger = openLedger({ dbPath: path.join(tempFolder(), 'ledger.db'), operator: '张三', ...options });
  opened.push(ledger);
  return ledger;
}

afterEach(async () => {
  for (const ledger of opened.splice(0)) await ledger.close().catch(() => undefined);
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** The value of a successful call; fails the test with the Chinese message otherwise. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export const VALID_USCC = '91350100M000100Y43';

export async function seedSettings(ledger: Ledger): Promise<void> {
  valueOf(await ledger.call('settings.update', { townships: ['城关镇', '西川镇'], leaders: [{ name: '李四', title: '副县长' }] }));
}

export function projectValues(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: '新区公厕改造工程', projectType: '市政', investmentType: '政府投资', township: '城关镇', department: '住建局', ...overrides };
}

/** Waits for a background job a method started (e.g. reports.exportWeekly) and returns its result; throws if it failed. */
export async function finishJob(ledger: Ledger, started: Result<unknown>): Promise<unknown> {
  const { jobId } = valueOf(started) as { jobId: string };
  for (;;) {
    const status = valueOf(await ledger.call('jobs.status', { jobId })) as JobStatus;
    if (status.state === 'done') return status.result;
    if (status.state !== 'running') throw new Error(`job ${status.state}: ${status.error?.message ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
