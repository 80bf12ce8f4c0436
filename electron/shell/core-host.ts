import { createInterface } from 'node:readline';
import { utilityProcess } from 'electron';
import type { CallMessage, FromCore, ToCore } from '../core/process/protocol';
import type { LedgerInfo } from '../../shared/contract/system';
import type { ErrorPayload, Result } from '../../shared/errors';
import { PendingCalls } from './pending-calls';

/**
 * Runs the ledger service (electron/core) in an Electron utility process and talks to it with the messages of
 * electron/core/process/protocol.ts. The core lives outside the main process so that a long report, import or
 * backup never freezes the window, and so that a crash in it cannot take the window down with it.
 */

/** Answer to every call made after the service stopped, and to the calls it left unanswered. */
export const CORE_STOPPED: ErrorPayload = { code: 'INTERNAL', message: '台账服务已停止，请重新启动程序' };

/** How long the core may take to close the database after {type:'close'} before it is killed. */
const CLOSE_TIMEOUT_MS = 10_000;
/** After a fatal message the core exits by itself; this is how long we wait before killing it. */
const FATAL_EXIT_GRACE_MS = 3_000;

/** The part of Electron's UtilityProcess the host uses, so tests can hand it a fake. */
export interface CoreChild {
  postMessage(message: ToCore): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

export type CoreStart = { ok: true; host: CoreHost; info: LedgerInfo } | { ok: false; error: ErrorPayload };

export interface CoreOptions {
  /** dist/core/entry.cjs */
  entryPath: string;
  dbPath: string;
  /** recorded in every audit row */
  operator: string;
  /** where the core writes exported workbooks: a folder in the clerk's documents */
  exportsDir: string;
  /** each line the core prints (its errors go to stderr), for the shell's log file */
  onOutput?: (line: string, stream: 'stdout' | 'stderr') => void;
}

/** Calls `onLine` for each line a child's output stream carries (nothing when the stream is absent). */
export function forwardLines(stream: NodeJS.ReadableStream | null | undefined, onLine: (line: string) => void): void {
  if (!stream) return;
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
    if (line.trim() !== '') onLine(line);
  });
}

/** Starts the core and resolves once it reports ready (or fatal, or exits before either). */
export function startCore(options: CoreOptions): Promise<CoreStart> {
  // No cwd option: a cwd inside app.asar makes the utility process fail to start (electron/electron#41396).
  const child = utilityProcess.fork(options.entryPath, ['--db', options.dbPath, '--operator', options.operator, '--exports', options.exportsDir, '--require-login'], {
    serviceName: '台账服务',
    // piped, not inherited: an installed program has no console, so the core's output goes to the log file
    stdio: 'pipe',
  });
  forwardLines(child.stdout, (line) => options.onOutput?.(line, 'stdout'));
  forwardLines(child.stderr, (line) => options.onOutput?.(line, 'stderr'));
  return CoreHost.attach(child);
}

function isFromCore(message: unknown): message is FromCore {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return type === 'ready' || type === 'fatal' || type === 'result';
}

type State = 'starting' | 'running' | 'closing' | 'stopped';

export class CoreHost {
  private state: State = 'starting';
  private readonly pending = new PendingCalls<Result<unknown>>();
  private readonly exitListeners: Array<(code: number) => void> = [];
  private readonly exited: Promise<number>;
  private resolveStart: ((start: CoreStart) => void) | undefined;

  private constructor(private readonly child: CoreChild) {
    let markExited: (code: number) => void = () => undefined;
    this.exited = new Promise<number>((resolve) => {
      markExited = resolve;
    });
    child.on('message', (message) => this.onMessage(message));
    child.on('exit', (code) => {
      markExited(code);
      this.onExit(code);
    });
  }

  /** Wraps a started child; resolves when it is ready or has failed. */
  static attach(child: CoreChild): Promise<CoreStart> {
    const host = new CoreHost(child);
    return new Promise<CoreStart>((resolve) => {
      host.resolveStart = resolve;
    });
  }

  /** Forwards one call. Never rejects: a stopped service answers with CORE_STOPPED like any other error. */
  call(method: string, input: unknown): Promise<Result<unknown>> {
    if (this.state !== 'running') return Promise.resolve({ ok: false, error: CORE_STOPPED });
    const { id, settled } = this.pending.open();
    const message: CallMessage = { type: 'call', id, method, input };
    try {
      this.child.postMessage(message);
    } catch {
      // the process went away between the state check and the send
      this.pending.settle(id, { ok: false, error: CORE_STOPPED });
    }
    return settled;
  }

  /** Called when the core exits while the app still needs it (a crash, not our close()). */
  onUnexpectedExit(listener: (code: number) => void): void {
    this.exitListeners.push(listener);
  }

  get running(): boolean {
    return this.state === 'running';
  }

  /**
   * Asks the core to close the database (finishing its WAL checkpoint) and exit; kills it if it has not exited in
   * time, so quitting the app can never hang.
   */
  async close(timeoutMs: number = CLOSE_TIMEOUT_MS): Promise<void> {
    if (this.state === 'stopped') return;
    this.state = 'closing';
    try {
      this.child.postMessage({ type: 'close' });
    } catch {
      // already gone: the exit event follows
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const outcome = await Promise.race([this.exited, timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') this.child.kill();
  }

  private onMessage(message: unknown): void {
    if (!isFromCore(message)) return; // not ours (or garbage): ignore rather than crash the main process
    switch (message.type) {
      case 'ready':
        if (this.state !== 'starting') return;
        this.state = 'running';
        this.finishStart({ ok: true, host: this, info: message.info });
        return;
      case 'fatal':
        if (this.state !== 'starting') return;
        this.state = 'closing';
        this.finishStart({ ok: false, error: message.error });
        setTimeout(() => {
          if (this.state !== 'stopped') this.child.kill();
        }, FATAL_EXIT_GRACE_MS);
        return;
      case 'result':
        this.pending.settle(message.id, message.result);
        return;
    }
  }

  private onExit(code: number): void {
    const previous = this.state;
    this.state = 'stopped';
    this.pending.settleAll({ ok: false, error: CORE_STOPPED });
    if (previous === 'starting') {
      this.finishStart({ ok: false, error: { code: 'INTERNAL', message: `台账服务未能启动（退出代码 ${code}）` } });
    } else if (previous === 'running') {
      for (const listener of this.exitListeners) listener(code);
    }
  }

  private finishStart(start: CoreStart): void {
    const resolve = this.resolveStart;
    this.resolveStart = undefined;
    resolve?.(start);
  }
}
