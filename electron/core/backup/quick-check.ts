import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { QuickCheckResult } from '../../../shared/contract/backups';

/**
 * PRAGMA quick_check runs in a worker thread on its own read-only connection (WAL lets it read beside the core's
 * writer), so a large ledger's check never holds up the first grid page or any other call.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.dbPath, { readonly: true, fileMustExist: true });
  const rows = db.pragma('quick_check');
  parentPort.postMessage({ problems: rows.map((row) => row.quick_check).filter((text) => text !== 'ok') });
} catch (error) {
  const damaged = /^SQLITE_(CORRUPT|NOTADB)/.test(String(error && error.code));
  parentPort.postMessage(damaged ? { problems: [String(error.message)] } : { problems: [], skipped: String(error && error.message || error) });
} finally {
  if (db) db.close();
}
`;

export function quickCheckInWorker(dbPath: string): Promise<QuickCheckResult> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { dbPath, driver } });
    let answered = false;
    worker.once('message', (message: { problems: string[]; skipped?: string }) => {
      answered = true;
      // a check that could not run (no file access, a locked file) says nothing about damage: do not alarm the clerk
      if (message.skipped) console.error('[core] quick_check skipped', message.skipped);
      resolve({ ok: message.problems.length === 0, problems: message.problems.slice(0, 20) });
    });
    worker.once('error', (error) => {
      answered = true;
      console.error('[core] quick_check worker failed', error);
      resolve({ ok: true, problems: [] });
    });
    worker.once('exit', () => {
      if (!answered) resolve({ ok: true, problems: [] });
    });
  });
}
