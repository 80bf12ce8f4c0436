import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { bridgeMethodNames } from '../../../shared/contract';
import { launchChromium } from './browser';
import { CoreProcess } from './core-process';
import { CALL_PATH, startHost } from './host';
import { ShellDouble } from './shell-double';

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../../test-results/screenshots');

/** The administrator every end-to-end ledger starts with (created through the core before the page opens). */
export const E2E_ADMIN = { username: 'admin', displayName: '测试员', password: 'Admin2026' };

export interface RunningApp {
  page: Page;
  dbPath: string;
  screenshotDir: string;
  core: CoreProcess;
  /** the shell's dialogs and folders as the test controls them */
  shell: ShellDouble;
  close(): Promise<void>;
}

/**
 * The app as a clerk sees it, without Electron: a real core process on a SQLite file (a fresh one unless given),
 * the built renderer served locally, and Chromium with `window.ledger` built from the contract's method list the
 * way the preload builds it, forwarding each call to the core.
 */
export async function launchApp(options: { dbPath?: string; signIn?: boolean } = {}): Promise<RunningApp> {
  const dbPath = options.dbPath ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-')), 'ledger.db');
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const { core } = await CoreProcess.start(dbPath);
  const signIn = options.signIn ?? true;
  if (signIn) {
    // the first administrator (already there when the ledger is reused), then signed out: the page signs in itself
    await core.call('accounts.setupFirstAdmin', E2E_ADMIN);
    await core.call('accounts.logout', {});
  }
  const shell = new ShellDouble(fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-shell-')), path.dirname(dbPath));
  const host = await startHost(core, shell);
  const browser = await launchChromium();
  shell.attachBrowser(browser.context);
  await browser.context.addInitScript(
    ({ methods, callPath }) => {
      const bridge: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
      for (const method of methods) {
        const [domain, verb] = method.split('.') as [string, string];
        (bridge[domain] ??= {})[verb] = async (input: unknown) => {
          const response = await fetch(callPath, { method: 'POST', body: JSON.stringify({ method, input }) });
          return response.json();
        };
      }
      Object.defineProperty(globalThis, 'ledger', { value: Object.freeze(bridge), configurable: false, writable: false });
    },
    { methods: bridgeMethodNames, callPath: CALL_PATH },
  );
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => console.error('[page error]', error.message));
  await page.goto(host.url);
  if (signIn) await signInThroughScreen(page, E2E_ADMIN);
  return {
    page,
    dbPath,
    screenshotDir: SCREENSHOT_DIR,
    core,
    shell,
    async close() {
      await browser.close();
      await host.close();
      await core.close();
    },
  };
}

/** Signs in through the real sign-in screen and waits for the ledger's frame. */
export async function signInThroughScreen(page: Page, account: { username: string; password: string }): Promise<void> {
  await page.getByTestId('signin-username').fill(account.username);
  await page.getByTestId('signin-password').fill(account.password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('session-badge').waitFor();
}
