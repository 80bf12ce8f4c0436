import type Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
import type { CoreContext } from '../context';
import type { LedgerDb } from '../db/schema';

const MAX_STATEMENTS = 500;

/**
 * The connection as Kysely sees it, but prepare() hands back the statement already prepared for the same SQL
 * (Kysely prepares every query afresh, which is a third of the demo's time: thousands of inserts and workflow
 * steps of a few dozen shapes). A statement still iterating is never handed out twice.
 */
export function cachingStatements(sqlite: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const cached = cache.get(sql);
      if (cached && !cached.busy) return cached;
      const statement = sqlite.prepare(sql);
      if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
      cache.set(sql, statement);
      return statement;
    },
  };
}

/**
 * The context the demo installs with: the same connection, operator and clock, queried through a Kysely with the
 * same plugins over cachingStatements. Never destroyed (that would close the ledger's connection): it holds
 * nothing else.
 */
export function demoContext(ctx: CoreContext): CoreContext {
  const plugins = [...ctx.db.getExecutor().plugins];
  return { ...ctx, db: new Kysely<LedgerDb>({ dialect: new SqliteDialect({ database: cachingStatements(ctx.sqlite) }), plugins }) };
}
