import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Fakes of the Electron classes the factory touches, recording what it wires. */
const electron = await vi.hoisted(async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  let nextWebContentsId = 100;
  class FakeWebContents extends Emitter {
    readonly id = nextWebContentsId++;
    windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
      this.windowOpenHandler = handler;
    }
  }
  class FakeBrowserWindow extends Emitter {
    static created: FakeBrowserWindow[] = [];
    readonly webContents = new FakeWebContents();
    shown = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeBrowserWindow.created.push(this);
    }
    show(): void {
      this.shown = true;
    }
  }
  return {
    FakeBrowserWindow,
    showMessageBox: vi.fn(),
    openExternal: vi.fn(),
  };
});

vi.mock('electron', () => ({
  BrowserWindow: electron.FakeBrowserWindow,
  dialog: { showMessageBox: electron.showMessageBox },
  shell: { openExternal: electron.openExternal },
}));

import { createSecureWindow, isOurWebContents, secureWindowOptions, WINDOW_TITLE } from '../../electron/shell/window';

type FakeWindow = InstanceType<typeof electron.FakeBrowserWindow>;

const settings = { preloadPath: '/app/dist/shell/preload.cjs', allowDevTools: false };

function newWindow(): FakeWindow {
  createSecureWindow(settings);
  const window = electron.FakeBrowserWindow.created.at(-1);
  if (!window) throw new Error('no window created');
  return window;
}

/** Emits a navigation event and tells whether a listener refused it. */
function navigate(window: FakeWindow, event: 'will-navigate' | 'will-redirect', url: string): boolean {
  let prevented = false;
  window.webContents.emit(event, { preventDefault: () => (prevented = true) }, url);
  return prevented;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

beforeEach(() => {
  electron.showMessageBox.mockReset();
  electron.openExternal.mockReset();
  electron.showMessageBox.mockResolvedValue({ response: 1, checkboxChecked: false });
});

describe('secureWindowOptions', () => {
  it('locks the renderer down', () => {
    const options = secureWindowOptions(settings);
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/shell/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
    expect(secureWindowOptions({ ...settings, allowDevTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('has the title, the size and waits for ready-to-show', () => {
    const options = secureWindowOptions(settings);
    expect(options.title).toBe('根治欠薪工作台账');
    expect(WINDOW_TITLE).toBe('根治欠薪工作台账');
    expect(options).toMatchObject({ width: 1400, height: 900, minWidth: 1100, minHeight: 700, show: false });
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });
});

describe('createSecureWindow', () => {
  it('creates the window with the secure options and shows it only when ready', () => {
    const window = newWindow();
    expect(window.options).toEqual(secureWindowOptions(settings));
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('registers the window for the IPC sender check until it is closed', () => {
    const window = newWindow();
    const id = window.webContents.id;
    expect(isOurWebContents(id)).toBe(true);
    expect(isOurWebContents(id + 1000)).toBe(false);
    window.emit('closed');
    expect(isOurWebContents(id)).toBe(false);
  });

  it('allows navigation inside app://ledger/ only', () => {
    const window = newWindow();
    expect(navigate(window, 'will-navigate', 'app://ledger/index.html#/cases')).toBe(false);
    expect(navigate(window, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate(window, 'will-navigate', 'file:///C:/Windows/win.ini')).toBe(true);
    expect(navigate(window, 'will-redirect', 'http://evil.example/')).toBe(true);
  });

  it('denies every new window and asks before opening a web link in the browser', async () => {
    const window = newWindow();
    const handler = window.webContents.windowOpenHandler;
    if (!handler) throw new Error('no window open handler');

    electron.showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false });
    expect(handler({ url: 'https://www.gov.cn/' })).toEqual({ action: 'deny' });
    await settle();
    expect(electron.showMessageBox).toHaveBeenCalledTimes(1);
    const options = electron.showMessageBox.mock.calls[0]?.[1] as { message: string; detail: string };
    expect(options.message).toBe('是否在浏览器中打开以下链接？');
    expect(options.detail).toBe('https://www.gov.cn/');
    expect(electron.openExternal).toHaveBeenCalledWith('https://www.gov.cn/');
  });

  it('does not open the link when the clerk cancels', async () => {
    const window = newWindow();
    window.webContents.windowOpenHandler?.({ url: 'https://www.gov.cn/' });
    await settle();
    expect(electron.showMessageBox).toHaveBeenCalledTimes(1);
    expect(electron.openExternal).not.toHaveBeenCalled();
  });

  it('never asks about, nor opens, links that are not http(s)', async () => {
    const window = newWindow();
    electron.showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false });
    for (const url of ['file:///C:/x.exe', 'javascript:alert(1)', 'smb://server/share', 'app://ledger/x', 'ms-settings:']) {
      expect(window.webContents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
      navigate(window, 'will-navigate', url);
    }
    await settle();
    expect(electron.showMessageBox).not.toHaveBeenCalled();
    expect(electron.openExternal).not.toHaveBeenCalled();
  });

  it('offers a clicked web link to the browser instead of navigating away', async () => {
    const window = newWindow();
    electron.showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false });
    expect(navigate(window, 'will-navigate', 'https://www.mohrss.gov.cn/')).toBe(true);
    await settle();
    expect(electron.openExternal).toHaveBeenCalledWith('https://www.mohrss.gov.cn/');
  });

  it('refuses <webview>', () => {
    const window = newWindow();
    let prevented = false;
    window.webContents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, {});
    expect(prevented).toBe(true);
  });
});
