import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bridge } from '../../shared/contract/client';
import { openLedger } from '../../electron/core/ledger';
import { E2E_ADMIN, launchApp, signInThroughScreen, type RunningApp } from './support/app';

/** The page's globals as the test reaches them (this file is compiled without the DOM library). */
type PageGlobals = { ledger: Bridge };

/**
 * 设置 → 备份与恢复 as a clerk uses it: back up now, back up to a USB stick, restore an older backup (the records
 * added since are gone, and a 恢复前 copy is there to undo it); and the recovery screen a damaged ledger opens on.
 */
let app: RunningApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(app?.screenshotDir ?? '.', name), fullPage: false });

async function companyNames(page: Page): Promise<string[]> {
  const result = await page.evaluate(() => (globalThis as unknown as PageGlobals).ledger.companies.list({}));
  if (!result.ok) throw new Error(result.error.message);
  return result.value.map((row) => String(row['name']));
}

async function addCompany(page: Page, name: string): Promise<void> {
  const result = await page.evaluate((n) => (globalThis as unknown as PageGlobals).ledger.companies.create({ values: { name: n, roles: ['施工总承包'] } }), name);
  if (!result.ok) throw new Error(result.error.message);
}

describe('backups and restore', () => {
  it('backs up now and to a USB stick, and restores an older backup after saving the current ledger', async () => {
    app = await launchApp();
    const { page } = app;
    await addCompany(page, '甲公司');
    await page.goto(`${new URL(page.url()).origin}/#/settings`);
    const panel = page.getByTestId('backup-panel');
    await panel.waitFor();

    await page.getByTestId('backup-now').click();
    const manualRow = panel.locator('tr').filter({ hasText: '手动' }).first();
    await manualRow.waitFor();
    expect(await manualRow.textContent()).toContain('单位 1');

    const stick = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-usb-'));
    app.shell.answerNextDialog(stick);
    await page.getByTestId('backup-to-folder').click();
    await page.locator('.ant-message-notice').filter({ hasText: stick }).waitFor();
    expect(fs.readdirSync(stick).filter((name) => name.endsWith('-手动.db'))).toHaveLength(1);

    await addCompany(page, '乙公司');
    await manualRow.getByRole('button', { name: /恢复/ }).click();
    const confirm = page.getByTestId('restore-confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('恢复前');
    await shot(page, 'backup-restore-confirm.png');
    await page.locator('.ant-modal-confirm').getByRole('button', { name: /^恢\s*复$/ }).click();
    await page.waitForEvent('load');
    await page.getByTestId('backup-panel').waitFor();
    expect(await companyNames(page)).toEqual(['甲公司']);
    await page.getByTestId('backup-panel').locator('tr').filter({ hasText: '恢复前' }).first().waitFor();
    await page.getByTestId('backup-panel').scrollIntoViewIfNeeded();
    await shot(page, 'backup-panel.png');
  });

  it('opens on the recovery screen when the ledger is damaged, and restores the newest good backup', async () => {
    const dbPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-damaged-')), 'ledger.db');
    const ledger = openLedger({ dbPath });
    await ledger.call('companies.create', { values: { name: '甲公司', roles: ['施工总承包'] } });
    await ledger.ctx.backups.take(ledger.ctx, '手动');
    await ledger.close();
    const bytes = fs.readFileSync(dbPath);
    bytes.fill(0, 0, 100);
    fs.writeFileSync(dbPath, bytes);

    // the recovery screen comes before any sign-in: the damaged file's accounts cannot be read
    app = await launchApp({ dbPath, signIn: false });
    const { page } = app;
    const screen = page.getByTestId('recovery-page');
    await screen.waitFor();
    expect(await screen.textContent()).toContain('单位 1');
    await shot(page, 'recovery-screen.png');
    await page.getByTestId('recovery-restore').click();
    expect(await page.getByTestId('restore-confirm').textContent()).toContain('已损坏的台账');
    await page.locator('.ant-modal-confirm').getByRole('button', { name: /^恢\s*复$/ }).click();
    await page.waitForEvent('load');
    // the restored ledger was made before accounts existed in it: the first start asks for the administrator
    await page.getByTestId('signin-screen').waitFor();
    await app.core.call('accounts.setupFirstAdmin', E2E_ADMIN);
    await app.core.call('accounts.logout', {});
    await page.reload();
    await signInThroughScreen(page, E2E_ADMIN);
    await page.getByRole('menuitem', { name: '设置' }).waitFor();
    expect(await companyNames(page)).toEqual(['甲公司']);
    expect(fs.readdirSync(path.join(path.dirname(dbPath), '已损坏的台账'))).toHaveLength(1);
  });
});
