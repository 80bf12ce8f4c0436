import type { Migration } from './migration';

/**
 * Local accounts. The password is kept only as an scrypt hash with its own salt and parameters
 * (`scrypt$N$r$p$salt$hash`, base64), never in clear. Wrong passwords count up to a lock-out; an account is never
 * deleted (its name stays in the audit log), only disabled.
 */
export const accountsMigration: Migration = {
  id: 6,
  name: 'accounts',
  sql: `
CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL COLLATE NOCASE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('管理员', '录入员', '查看')),
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT,
  last_login_at TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX accounts_unique_username ON accounts (username);
CREATE INDEX audit_log_by_operator ON audit_log (operator, id);
`,
};
