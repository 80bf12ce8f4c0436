import { ipcMain } from 'electron';
import { isBridgeMethodName, isShellMethodName, type ShellMethodName } from '../../shared/contract/index';
import type { Result } from '../../shared/errors';
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

export interface LedgerCallDeps {
  isTrusted: (event: IpcSenderLike) => boolean;
  forward: Forward;
  runShellMethod: RunShellMethod;
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
    try {
      return isShellMethodName(method) ? await deps.runShellMethod(method, input) : await deps.forward(method, input);
    } catch {
      // errors cross as data, never as a rejected invoke (which would reach the page as a raw Error string)
      return { ok: false, error: { code: 'INTERNAL', message: '台账服务出错，请重试；如仍出错请重新启动程序' } };
    }
  };
}

/** Registers 'ledger:call' once: shell.* methods answered here, the rest forwarded to the core host. */
export function registerLedgerChannel(forward: Forward, runShellMethod: RunShellMethod): void {
  ipcMain.handle(
    LEDGER_CHANNEL,
    createLedgerCallHandler({ isTrusted: (event) => isTrustedSender(event, isOurWebContents), forward, runShellMethod }),
  );
}
