import { ipcMain } from 'electron';
import { isBridgeMethodName, isShellMethodName, type BridgeMethodName, type ShellMethodName } from '../../shared/contract/index';
import type { ErrorPayload, Result } from '../../shared/errors';
import { LEDGER_CHANNEL } from './channel';
import { isTrustedSender, type IpcSenderLike } from './security';
import { isOurWebContents } from './window';

/**
 * One generic channel for the whole contract: the shell checks who is calling and that the method exists, then
 * answers a shell.* method itself or forwards to the core. It does not parse the input — the core parses every input against the contract, because the
 * renderer is untrusted and one parser in one place cannot drift from the contract.
 */

export type Forward = (method: string, input: unknown) => Promise<Result<unknown>>;

/** Answers the shell's own methods (dialogs, Explorer, version). */
export type RunShellMethod = (method: ShellMethodName, input: unknown) => Promise<Result<unknown>>;

/** The shell's refusal of a call naming a file or folder nobody chose (path-guard.ts); null lets it through. */
export type CheckPaths = (method: BridgeMethodName, input: unknown) => ErrorPayload | null;

export interface LedgerCallDeps {
  isTrusted: (event: IpcSenderLike) => boolean;
  forward: Forward;
  runShellMethod: RunShellMethod;
  checkPaths: CheckPaths;
}

/** The channel's handler, separate from ipcMain so tests can call it with fake events. */
export function createLedgerCallHandler(deps: LedgerCallDeps) {
  return async (event: IpcSenderLike, method: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!deps.isTrusted(event)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自非本程序页面的调用' } };
    }
    if (!isBridgeMethodName(method)) {
      // the name is echoed for the developer; cut so a hostile page cannot make the error huge
      const shown = typeof method === 'string' ? method.slice(0, 80) : typeof method;
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `未知的操作：${shown}` } };
    }
    const refused = deps.checkPaths(method, input);
    if (refused) return { ok: false, error: refused };
    try {
      return isShellMethodName(method) ? await deps.runShellMethod(method, input) : await deps.forward(method, input);
    } catch {
      // errors cross as data, never as a rejected invoke (which would reach the page as a raw Error string)
      return { ok: false, error: { code: 'INTERNAL', message: '台账服务出错，请重试；如仍出错请重新启动程序' } };
    }
  };
}

/** Registers 'ledger:call' once: shell.* methods answered here, the rest forwarded to the core host. */
export function registerLedgerChannel(forward: Forward, shell: { run: RunShellMethod; checkPaths: CheckPaths }): void {
  ipcMain.handle(
    LEDGER_CHANNEL,
    createLedgerCallHandler({ isTrusted: (event) => isTrustedSender(event, isOurWebContents), forward, runShellMethod: shell.run, checkPaths: shell.checkPaths }),
  );
}
