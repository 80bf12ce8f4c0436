import type { ErrorPayload, Result } from '../../../shared/errors';
import type { LedgerInfo } from '../../../shared/contract/system';

/**
 * Messages between the shell (or a test host) and the core process. The core runs as an Electron utility process
 * in the app (messages over process.parentPort) and as a forked Node child in tests and tools (process.send):
 * the same messages either way.
 */
export interface CallMessage {
  type: 'call';
  id: number;
  method: string;
  input: unknown;
}

export interface CloseMessage {
  type: 'close';
}

export type ToCore = CallMessage | CloseMessage;

export interface ResultMessage {
  type: 'result';
  id: number;
  result: Result<unknown>;
}

/** Sent once the ledger is open and migrated. */
export interface ReadyMessage {
  type: 'ready';
  info: LedgerInfo;
}

/** Sent instead of ready when the ledger cannot be opened (refused, locked, damaged); the core then exits. */
export interface FatalMessage {
  type: 'fatal';
  error: ErrorPayload;
}

export type FromCore = ResultMessage | ReadyMessage | FatalMessage;

/** Command-line arguments of the core process entry. */
export interface CoreArgs {
  dbPath: string;
  operator: string;
  /** where exported workbooks and PDFs are written; beside the ledger when not given */
  exportsDir?: string;
  /** --require-login: nobody works until an account signs in (the app and the end-to-end host pass it) */
  requireLogin: boolean;
}

export function parseCoreArgs(argv: readonly string[]): CoreArgs {
  const value = (flag: string): string | undefined => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const dbPath = value('--db');
  if (!dbPath) throw new Error('core: --db <path> is required');
  const exportsDir = value('--exports');
  const base = { dbPath, operator: value('--operator') ?? '本机用户', requireLogin: argv.includes('--require-login') };
  return exportsDir ? { ...base, exportsDir } : base;
}
