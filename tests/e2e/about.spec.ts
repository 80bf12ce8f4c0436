import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp } from './support/app';

/** 关于 from the header and from the shell's 帮助 menu (#/about), and the folders in 设置, each opened in Explorer. */
let app: Awaited<ReturnType<typeof launchApp>>;
let page: Page;

const dialog = () => page.getByTestId('about-dialog');
const openFolderCalls = () => app.shell.calls.filter((call) => call.method === 'shell.openFolder').map((call) => (call.input as { folder: string }).folder);

describe('关于 and the program folders', () => {
  beforeAll(async () => {
    app = await launchApp();
    page = app.page;
    page.setDefaultTimeout(10_000);
    await page.getByTestId('page-projects').waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows the version and the four folders, each with 打开', async () => {
    await page.getByTestId('open-about').click();
    await dialog().getByTestId('about-version').waitFor();
    expect(await dialog().getByTestId('about-version').textContent()).toBe('0.0.0-test');
    expect(await dialog().textContent()).toContain('根治欠薪工作台账');
    expect(await dialog().getByTestId('folder-data').textContent()).toBe(app.shell.folders.data);
    expect(await dialog().getByTestId('folder-logs').textContent()).toBe(app.shell.folders.logs);
    expect(await dialog().getByTestId('folder-backups').textContent()).toBe(app.shell.folders.backups);
    await page.screenshot({ path: path.join(app.screenshotDir, 'about.png') });
    await dialog().getByTestId('open-folder-logs').click();
    await expect.poll(openFolderCalls).toEqual(['logs']);
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });
  });

  it('opens from 帮助 → 关于 (the shell sets #/about) without leaving the page the clerk is on', async () => {
    await page.getByRole('menuitem', { name: '线索台账' }).click();
    await page.getByTestId('page-clues').waitFor();
    await page.evaluate(() => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = '#/about';
    });
    await dialog().getByTestId('about-version').waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash)).toBe('#/clues');
    expect(await page.getByTestId('page-clues').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });
  });

  it('opens the data folder from 设置', async () => {
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByTestId('settings-folders').getByTestId('open-folder-data').click();
    await expect.poll(openFolderCalls).toEqual(['logs', 'data']);
    expect(await page.getByTestId('settings-folders').getByTestId('folder-exports').textContent()).toBe(app.shell.folders.exports);
  });
});
