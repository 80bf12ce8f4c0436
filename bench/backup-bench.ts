import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { openLedger } from '../electron/core/ledger';
import { round, summarize } from './stats';
import type { Comparison } from './compare';

/**
 * Backup + integrity check of a ~200 MB ledger: ours (BackupService.take: online backup in steps, rollback-journal
 * mode, integrity_check, fsync, rename, rotation, record counts) against bare better-sqlite3 `backup()` followed by
 * integrity_check on the copy. Median of a few runs, alternating so drift on a shared machine hits both alike.
 * Run alone: `npx tsx bench/backup-bench.ts`.
 */
export interface BackupBench extends Comparison {
  sizeMB: number;
  seedSeconds: number;
}

const ROWS_PER_MB = 5_600; // roster rows with names, ID numbers, phone numbers and a note, indexed

/** A deterministic ledger of about `targetMB`: one clue with a very long roster (the largest table a county has). */
export async function seedLargeLedger(dbPath: string, targetMB: number): Promise<number> {
  const started = performance.now();
  const ledger = openLedger({ dbPath, operator: '基准测试' });
  const sqlite = ledger.ctx.sqlite;
  const now = '2026-11-27T00:00:00.000Z';
  const clue = await ledger.call('clues.create', {
    values: { source: '国家平台', receivedDate: '2026-01-05', sector: '工程建设', complainantName: '王五', employerName: '某劳务公司', workersInvolved: 3, amountInvolved: 3_000_000 },
  });
  if (!clue.ok) throw new Error(clue.error.message);
  const clueId = (clue.value as { id: number }).id;
  const insert = sqlite.prepare(
    `INSERT INTO clue_workers (created_at, created_by, updated_at, updated_by, clue_id, name, id_number, phone, amount_owed, amount_paid, note) VALUES (?, '基准', ?, '基准', ${clueId}, ?, ?, ?, ?, 0, ?)`,
  );
  const rows = targetMB * ROWS_PER_MB;
  const batch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      insert.run(now, now, `工人${i}`, `110105${String(19_600_101 + (i % 400_000)).padStart(8, '0')}${String(i % 1000).padStart(3, '0')}X`, `138${String(i).padStart(8, '0')}`, 100_000 + (i % 900_000), `第${i}名工人，欠薪登记`);
    }
  });
  for (let from = 0; from < rows; from += 100_000) batch(from, Math.min(rows, from + 100_000));
  await ledger.close();
  return round((performance.now() - started) / 1000, 1);
}

export async function benchBackup(folder: string, options: { targetMB?: number; runs?: number } = {}): Promise<BackupBench> {
  const runs = options.runs ?? 3;
  const dbPath = path.join(folder, 'backup-bench', 'ledger.db');
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  const seedSeconds = await seedLargeLedger(dbPath, options.targetMB ?? 200);
  const sizeMB = round(fs.statSync(dbPath).size / 1e6, 1);

  const ledger = openLedger({ dbPath, operator: '基准测试', backupsDir: path.join(folder, 'backup-bench', 'ours') });
  const bareDir = path.join(folder, 'backup-bench', 'bare');
  fs.mkdirSync(bareDir, { recursive: true });
  const oursSamples: number[] = [];
  const bareSamples: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      let started = performance.now();
      const taken = await ledger.ctx.backups.take(ledger.ctx, '手动');
      oursSamples.push(performance.now() - started);
      fs.rmSync(taken.path); // every run copies into an empty slot, like the bare side

      const target = path.join(bareDir, `copy-${run}.db`);
      started = performance.now();
      await ledger.ctx.sqlite.backup(target);
      const copy = new Database(target, { readonly: true });
      const ok = copy.pragma('integrity_check', { simple: true });
      copy.close();
      bareSamples.push(performance.now() - started);
      if (ok !== 'ok') throw new Error(`bare copy failed integrity_check: ${String(ok)}`);
      fs.rmSync(target);
    }
  } finally {
    await ledger.close();
  }
  return { ours: summarize(oursSamples), bare: summarize(bareSamples), sizeMB, seedSeconds };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-backup-bench-'));
  try {
    const result = await benchBackup(folder, { targetMB: Number(process.env['BENCH_BACKUP_MB'] ?? 200), runs: Number(process.env['BENCH_BACKUP_RUNS'] ?? 3) });
    console.log(JSON.stringify(result, null, 2));
    console.log(`backup + integrity_check of ${result.sizeMB} MB: ours ${result.ours.median.toFixed(0)} ms, bare ${result.bare.median.toFixed(0)} ms, ratio ${(result.ours.median / result.bare.median).toFixed(2)}×`);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
