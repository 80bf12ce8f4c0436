import type Database from 'better-sqlite3';
import { toIsoDate } from '../../../shared/dates';
import type { CoreContext } from '../context';

/**
 * The ledger's change mark: the audit log's highest id. Every create, update, delete, restore, workflow step, import
 * and settings change writes its audit row in the same transaction, so the mark moves with every change of content.
 */
const markStatements = new WeakMap<Database.Database, Database.Statement>();

export function ledgerChangeMark(sqlite: Database.Database): number {
  let statement = markStatements.get(sqlite);
  if (!statement) markStatements.set(sqlite, (statement = sqlite.prepare('SELECT coalesce(max(id), 0) FROM audit_log').pluck()));
  return Number(statement.get());
}

interface Remembered {
  key: string;
  value: unknown;
}

/** One store per open database: a restore replaces the connection, and with it everything remembered. */
const answers = new WeakMap<Database.Database, Map<string, Remembered>>();

/**
 * An answer that only the ledger's content and today's date decide (the navigation's counts: warnings and the clue
 * views), worked out again only when either has changed since. The navigation re-reads its counts after every change
 * of page; on 100,000 clues that is about 0.3 s of the core's one thread each time, and a clerk's first scroll or
 * search on the new page waited behind it. The mark is read before the work: a change made meanwhile moves it, so the
 * next call works the answer out again.
 */
export async function untilLedgerChanges<T>(ctx: CoreContext, name: string, compute: () => Promise<T>): Promise<T> {
  const key = `${ledgerChangeMark(ctx.sqlite)}|${toIsoDate(ctx.now())}`;
  let store = answers.get(ctx.sqlite);
  if (!store) answers.set(ctx.sqlite, (store = new Map()));
  const found = store.get(name);
  if (found && found.key === key) return found.value as T;
  const value = await compute();
  store.set(name, { key, value });
  return value;
}
