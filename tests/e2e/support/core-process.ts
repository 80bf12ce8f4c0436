import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { LedgerInfo } from '../../../shared/contract/system';
import { LedgerError, type Result } from '../../../shared/errors';
import type { FromCore, ToCore } from '../../../electron/core/process/protocol';

const ENTRY = path.resolve(import.meta.dirname, '../../../electron/core/process/entry.ts');

/**
 * The real core process, forked from its TypeScript source under Node (the same entry Electron starts as a
 * utility process), speaking the same messages the shell uses.
 */
export class CoreProcess {
  private nextId = 1;
  private readonly pending = new Map<number, (result: Result<unknown>) => void>();

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (message: FromCore) => {
      if (message.type !== 'result') return;
      this.pending.get(message.id)?.(message.result);
      this.pending.delete(message.id);
    });
    child.on('exit', () => {
      for (const resolve of this.pending.values()) resolve({ ok: false, error: { code: 'INTERNAL', message: '台账服务已停止' } });
      this.pending.clear();
    });
  }

  /** `requireLogin` starts the core as the app does: nobody works until an account signs in. */
  static async start(dbPath: string, operator = '测试员', requireLogin = true): Promise<{ core: CoreProcess; info: LedgerInfo }> {
    const child = fork(ENTRY, ['--db', dbPath, '--operator', operator, ...(requireLogin ? ['--require-login'] : [])], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const first = await new Promise<FromCore>((resolve, reject) => {
      child.once('message', (message: FromCore) => resolve(message));
      child.once('exit', (code) => reject(new Error(`core exited with code ${code} before it was ready`)));
    });
    if (first.type === 'fatal') throw LedgerError.fromPayload(first.error);
    if (first.type !== 'ready') throw new Error(`core sent ${first.type} before ready`);
    return { core: new CoreProcess(child), info: first.info };
  }

  call(method: string, input: unknown): Promise<Result<unknown>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ type: 'call', id, method, input });
    });
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.send({ type: 'close' });
    await exited;
  }

  private send(message: ToCore): void {
    this.child.send(message);
  }
}
