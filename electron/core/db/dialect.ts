import type Database from 'better-sqlite3';
import { SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely';

/**
 * Kysely's SQLite dialect, except that rollback is skipped when SQLite has already rolled the transaction back
 * itself — which it does on a full disk or an I/O error. Without this, Kysely's own ROLLBACK fails ("no transaction
 * is active") and that error replaces SQLITE_FULL, so the clerk would see an internal error instead of "disk full".
 */
export class LedgerSqliteDialect extends SqliteDialect {
  constructor(private readonly sqlite: Database.Database) {
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    const sqlite = this.sqlite;
    return new (class extends SqliteDriver {
      override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
        if (!sqlite.inTransaction) return;
        await super.rollbackTransaction(connection);
      }
    })({ database: sqlite });
  }
}
