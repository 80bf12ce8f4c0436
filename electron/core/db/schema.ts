import type { ColumnType, Generated } from 'kysely';

/**
 * Kysely's view of the tables. Catalog record tables have one column per catalog field; their columns are
 * listed by the catalog, so here they are typed loosely and checked against the catalog by a test.
 */
export interface RecordRow {
  id: Generated<number>;
  [column: string]: unknown;
}

export interface SettingsRow {
  key: string;
  value: string;
}

export interface AuditRow {
  id: Generated<number>;
  at: string;
  operator: string;
  entity: string;
  entityId: number;
  action: string;
  beforeJson: string | null;
  afterJson: string | null;
}

export interface MigrationRow {
  id: number;
  name: string;
  appliedAt: ColumnType<string, string, never>;
}

export interface ClueEventRow {
  id: Generated<number>;
  clueId: number;
  date: string;
  action: string;
  fromState: string | null;
  toState: string | null;
  note: string | null;
  operator: string;
  at: string;
}

export interface ClueAttendanceRow {
  id: Generated<number>;
  clueId: number;
  date: string;
  departmentPresent: number;
  companyHeadPresent: number;
  worksTownshipPresent: number;
  homeTownshipPresent: number;
  note: string | null;
  operator: string;
  at: string;
}

export interface ProblemEventRow {
  id: Generated<number>;
  problemId: number;
  date: string;
  action: string;
  fromState: string | null;
  toState: string | null;
  note: string | null;
  operator: string;
  at: string;
}

export interface DocumentRow {
  id: Generated<number>;
  type: string;
  year: number;
  sequence: number;
  number: string;
  date: string;
  addressee: string;
  entity: string;
  entityId: number;
  status: string;
  servedDate: string | null;
  receiver: string | null;
  voidReason: string | null;
  contentJson: string;
  issuedBy: string;
  issuedAt: string;
  updatedAt: string;
}

export interface SequenceRow {
  name: string;
  year: number;
  last: number;
}

export interface AccountRow {
  id: Generated<number>;
  username: string;
  displayName: string;
  role: string;
  passwordHash: string;
  disabled: Generated<number>;
  failedAttempts: Generated<number>;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

export interface LedgerDb {
  companies: RecordRow;
  projects: RecordRow;
  clues: RecordRow;
  clueWorkers: RecordRow;
  clueEvents: ClueEventRow;
  clueAttendance: ClueAttendanceRow;
  sequences: SequenceRow;
  inspections: RecordRow;
  problems: RecordRow;
  problemEvents: ProblemEventRow;
  plans: RecordRow;
  workLogs: RecordRow;
  documents: DocumentRow;
  settings: SettingsRow;
  auditLog: AuditRow;
  accounts: AccountRow;
  ledgerMigrations: MigrationRow;
}

export type RecordTable = 'companies' | 'projects' | 'clues' | 'clueWorkers' | 'inspections' | 'problems' | 'plans' | 'workLogs';
