import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/errors';
import type { IpcSenderLike } from '../../electron/shell/security';

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
  windowIds: new Set<number>(),
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (...args: unknown[]) => unknown) => electron.handlers.set(channel, handler),
  },
  // ipc.ts asks window.ts whether a webContents is ours; window.ts imports BrowserWindow
  BrowserWindow: class {},
  dialog: {},
  shell: {},
}));
vi.mock('../../electron/shell/window', () => ({ isOurWebContents: (id: number) => electron.windowIds.has(id) }));

import { createLedgerCallHandler, registerLedgerChannel } from '../../electron/shell/ipc';
import { methodNames } from '../../shared/contract/index';

function appEvent(url = 'app://ledger/index.html', id = 1): IpcSenderLike {
  const frame = { url, parent: null };
  return { sender: { id, mainFrame: frame }, senderFrame: frame };
}

const someMethod = methodNames[0];
if (someMethod === undefined) throw new Error('the contract declares no methods');

describe('createLedgerCallHandler', () => {
  const forward = vi.fn<(method: string, input: unknown) => Promise<Result<unknown>>>();
  const runShellMethod = vi.fn<(method: string, input: unknown) => Promise<Result<unknown>>>();
  beforeEach(() => {
    forward.mockReset();
    forward.mockResolvedValue({ ok: true, value: 'answer' });
    runShellMethod.mockReset();
    runShellMethod.mockResolvedValue({ ok: true, value: 'from the shell' });
  });

  it('forwards a contract method from a trusted sender, input untouched', async () => {
    const handler = createLedgerCallHandler({ isTrusted: () => true, forward, runShellMethod, checkPaths: () => null });
    const input = { anything: ['the core parses it'], __proto__x: 1 };
    await expect(handler(appEvent(), someMethod, input)).resolves.toEqual({ ok: true, value: 'answer' });
    expect(forward).toHaveBeenCalledWith(someMethod, input);
    expect(forward.mock.calls[0]?.[1]).toBe(input);
  });

  it('refuses an untrusted sender before looking at the method', async () => {
    const handler = createLedgerCallHandler({ isTrusted: () => false, forward, runShellMethod, checkPaths: () => null });
    await expect(handler(appEvent('https://evil.example/'), someMethod, {})).resolves.toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '拒绝来自非本程序页面的调用' },
    });
    expect(forward).not.toHaveBeenCalled();
  });

  it.each(['companies.dropAll', 'toString', '__proto__', 'constructor', '', 42, null, undefined, { method: 'x' }])(
    'refuses a method outside the contract: %j',
    async (method) => {
      const handler = createLedgerCallHandler({ isTrusted: () => true, forward, runShellMethod, checkPaths: () => null });
      const result = await handler(appEvent(), method, {});
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('UNKNOWN_METHOD');
      expect(forward).not.toHaveBeenCalled();
    },
  );

  it('answers shell.* methods in the shell and never forwards them to the core', async () => {
    const handler = createLedgerCallHandler({ isTrusted: () => true, forward, runShellMethod, checkPaths: () => null });
    const result = await handler(appEvent(), 'shell.appInfo', {});
    expect(result).toEqual({ ok: true, value: 'from the shell' });
    expect(runShellMethod).toHaveBeenCalledWith('shell.appInfo', {});
    expect(forward).not.toHaveBeenCalled();
  });

  it('refuses shell.* methods from an untrusted sender too', async () => {
    const handler = createLedgerCallHandler({ isTrusted: () => false, forward, runShellMethod, checkPaths: () => null });
    const result = await handler(appEvent(), 'shell.chooseFolder', { title: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(runShellMethod).not.toHaveBeenCalled();
  });

  it('refuses a call naming a path nobody chose before it reaches the core', async () => {
    const refusal = { code: 'FORBIDDEN' as const, message: '只能保存到在“保存”或“选择文件夹”对话框中选择的位置，请重新选择' };
    const handler = createLedgerCallHandler({ isTrusted: () => true, forward, runShellMethod, checkPaths: (method) => (method === 'grids.export' ? refusal : null) });
    await expect(handler(appEvent(), 'grids.export', { path: '/anywhere.xlsx' })).resolves.toEqual({ ok: false, error: refusal });
    expect(forward).not.toHaveBeenCalled();
  });

  it('turns a throwing forwarder into an INTERNAL error result', async () => {
    forward.mockRejectedValue(new Error('boom'));
    const handler = createLedgerCallHandler({ isTrusted: () => true, forward, runShellMethod, checkPaths: () => null });
    const result = await handler(appEvent(), someMethod, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('registerLedgerChannel', () => {
  it("registers 'ledger:call' with the real sender check", async () => {
    const forward = vi.fn(async () => ({ ok: true as const, value: 1 }));
    registerLedgerChannel(forward, { run: vi.fn(), checkPaths: () => null });
    const handler = electron.handlers.get('ledger:call');
    if (!handler) throw new Error("'ledger:call' not registered");
    expect(electron.handlers.size).toBe(1);

    electron.windowIds.add(5);
    await expect(handler(appEvent('app://ledger/index.html', 5), someMethod, {})).resolves.toEqual({ ok: true, value: 1 });
    // a window we did not create
    await expect(handler(appEvent('app://ledger/index.html', 6), someMethod, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    // our window, navigated elsewhere
    await expect(handler(appEvent('https://evil.example/', 5), someMethod, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(forward).toHaveBeenCalledTimes(1);
  });
});
