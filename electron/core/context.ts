import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { LedgerDb } from './db/schema';
import type { JobRegistry } from './jobs/registry';
import type { Session } from './accounts/session';

/** What every handler gets besides its parsed input. */
export interface CoreContext {
  db: Kysely<LedgerDb>;
  sqlite: Database.Database;
  dbPath: string;
  /** the folder exports are written to (the clerk's documents folder in the app) */
  exportsDir: string;
  schemaVersion: number;
  appVersion: string;
  /** who is working, as written into the audit log: the signed-in account (王芳（wangfang）), or the trusted local operator */
  readonly operator: string;
  /** the signed-in account, checked by dispatch before every call */
  session: Session;
  now(): Date;
  /** long work (import, export, batch print, backup) with progress and cancel */
  jobs: JobRegistry;
}

/** Timestamps are stored as ISO 8601 in UTC. */
export function timestamp(ctx: CoreContext): string {
  return ctx.now().toISOString();
}
