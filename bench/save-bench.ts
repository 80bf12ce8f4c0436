import path from 'node:path';
import Database from 'better-sqlite3';
import type { LedgerRecord } from '../shared/contract';
import type { Ledger } from '../electron/core/ledger';
import { summarize, type Timing } from './stats';

export interface SaveResult {
  ours: Timing;
  bare: Timing;
  projectId: number;
}

const WARMUP = 20;
const BLOCK = 50;

/**
 * One save as a clerk makes it: ledger.call('projects.update') parses the input, checks the record, updates the row
 * and writes its audit row in one transaction, then reads the saved record back. Beside it, the bare library doing
 * the same writes: a prepared UPDATE of the same row and an INSERT into the audit table in one transaction, WAL and
 * synchronous=FULL, on a copy of the same ledger in the same folder. The two run in alternating blocks so that
 * disk or CPU drift hits both alike.
 */
export async function benchSave(ledger: Ledger, folder: string, runs: number): Promise<SaveResult> {
  const sqlite = ledger.ctx.sqlite;
  const count = (sqlite.prepare('SELECT count(*) AS n FROM projects').get() as { n: number }).n;
  const projectId = Math.ceil(count / 2);

  const barePath = path.join(folder, 'bare.db');
  sqlite.prepare('VACUUM INTO ?').run(barePath);
  const bare = new Database(barePath);
  bare.pragma('journal_mode = WAL');
  bare.pragma('synchronous = FULL');
  const update = bare.prepare('UPDATE projects SET registered_workers = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?');
  const audit = bare.prepare(
    "INSERT INTO audit_log (at, operator, entity, entity_id, action, before_json, after_json) VALUES (?, ?, 'projects', ?, 'update', ?, ?)",
  );
  const bareSave = bare.transaction((workers: number) => {
    const at = new Date().toISOString();
    update.run(workers, at, '基准测试', projectId);
    audit.run(at, '基准测试', projectId, JSON.stringify({ registeredWorkers: workers - 1 }), JSON.stringify({ registeredWorkers: workers }));
  });

  let version = (sqlite.prepare('SELECT version FROM projects WHERE id = ?').get(projectId) as { version: number }).version;
  let step = 0;
  const oursSave = async (): Promise<number> => {
    step++;
    const started = performance.now();
    const result = await ledger.call('projects.update', { id: projectId, version, values: { registeredWorkers: 100 + (step % 2) } });
    const elapsed = performance.now() - started;
    if (!result.ok) throw new Error(`projects.update failed: ${result.error.message}`);
    version = (result.value as LedgerRecord).version;
    return elapsed;
  };
  const bareTimed = (): number => {
    step++;
    const started = performance.now();
    bareSave(100 + (step % 2));
    return performance.now() - started;
  };

  for (let i = 0; i < WARMUP; i++) {
    await oursSave();
    bareTimed();
  }
  const oursSamples: number[] = [];
  const bareSamples: number[] = [];
  while (oursSamples.length < runs) {
    for (let i = 0; i < BLOCK && oursSamples.length < runs; i++) oursSamples.push(await oursSave());
    for (let i = 0; i < BLOCK && bareSamples.length < runs; i++) bareSamples.push(bareTimed());
  }
  bare.close();
  return { ours: summarize(oursSamples), bare: summarize(bareSamples), projectId };
}
