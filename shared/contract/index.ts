import type { z } from 'zod';
import { backupsContract, recoveryContract } from './backups';
import { accountsContract } from './accounts';
import { auditContract } from './audit';
import { clueWorkersContract } from './clue-workers';
import { cluesContract } from './clues';
import { companiesContract } from './companies';
import { documentsContract } from './documents';
import { gridsContract } from './grid-export';
import { importsContract } from './imports';
import { jobsContract } from './jobs';
import { inspectionsContract, plansContract, problemsContract } from './inspections';
import { reportsContract, workLogsContract } from './reports';
import { warningsContract } from './warnings';
import type { MethodDef } from './define';
import { projectsContract } from './projects';
import { settingsContract } from './settings';
import { shellContract, type ShellMethodName } from './shell';
import { systemContract } from './system';

/** Every method the core offers, declared once. The core's handler map must match it exactly. */
export const contract = {
  ...systemContract,
  ...settingsContract,
  ...companiesContract,
  ...projectsContract,
  ...cluesContract,
  ...clueWorkersContract,
  ...inspectionsContract,
  ...problemsContract,
  ...plansContract,
  ...workLogsContract,
  ...reportsContract,
  ...documentsContract,
  ...warningsContract,
  ...jobsContract,
  ...backupsContract,
  ...recoveryContract,
  ...gridsContract,
  ...importsContract,
  ...accountsContract,
  ...auditContract,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
/** What a caller passes (before parsing). */
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
/** What the handler receives (after parsing and normalization). */
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = Contract[M] extends MethodDef<z.ZodType, infer O> ? O : never;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** What the renderer can call: the core's methods and the shell's own (dialogs, folders, printing). */
export const bridgeContract = { ...contract, ...shellContract };
export type BridgeContract = typeof bridgeContract;
export type BridgeMethodName = keyof BridgeContract & string;
export type BridgeInputOf<M extends BridgeMethodName> = z.input<BridgeContract[M]['input']>;
export type BridgeOutputOf<M extends BridgeMethodName> = BridgeContract[M] extends MethodDef<z.ZodType, infer O> ? O : never;
export const bridgeMethodNames = Object.keys(bridgeContract) as BridgeMethodName[];

export function isShellMethodName(name: unknown): name is ShellMethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(shellContract, name);
}

export function isBridgeMethodName(name: unknown): name is BridgeMethodName {
  return isMethodName(name) || isShellMethodName(name);
}

export type { LedgerRecord, RecordMeta } from './records';
export type { AuditEntry, LedgerInfo, RecycledItem } from './system';
export type { ClueAttendance, ClueDetail, ClueEvent, ClueFigureRow, ClueFigures, ClueRecord, ClueViewName, RosterTotals } from './clues';
export type { InspectionFigures, ProblemEvent, ProblemRecord, ProblemViewName, ProjectDossier, ProposedProblem } from './inspections';
export type { StatsPeriod, StatsTable, TownshipStats, WeeklyReport } from './reports';
export type { DocumentContent, DocumentHeading, DocumentType, IssuedDocument } from './documents';
export type { Warning, WarningKind, WarningThresholds } from './warnings';
export type { JobStarted, JobState, JobStatus } from './jobs';
export type { BackupEntry, BackupReason, QuickCheckResult, RecordCounts, RecoveryStatus, RestoreResult } from './backups';
export type { ExportableEntity, GridExportResult } from './grid-export';
export type { ImportDuplicate, ImportPreview, ImportProblem, ImportResult } from './imports';
export type { AccountSummary, Role, SessionStatus } from './accounts';
export type { AuditFilter, AuditPage } from './audit';
export type { AppFolder, AppInfo, FileKind, ShellMethodName } from './shell';
