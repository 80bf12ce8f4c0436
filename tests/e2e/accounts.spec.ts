import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { E2E_ADMIN, launchApp, signInThroughScreen, type RunningApp } from './support/app';
import { navigationItems } from './support/navigation';

let app: RunningApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

const VIEWER = { username: 'chakan', displayName: '赵查看', role: '查看', password: 'Viewer2026' };

describe('accounts, roles and the lock', () => {
  it('first start asks for the administrator, then shows who is signed in', async () => {
    app = await launchApp({ signIn: false });
    const { page } = app;
    await page.getByText('首次使用：请创建管理员账号').waitFor();
    await page.screenshot({ path: path.join(app.screenshotDir, 'accounts-first-start.png') });
    await page.getByTestId('signin-username').fill('wangfang');
    await page.getByTestId('signin-display-name').fill('王芳');
    await page.getByTestId('signin-password').fill('short');
    await page.getByTestId('signin-confirm').fill('short');
    await page.getByTestId('signin-submit').click();
    await page.getByText('密码至少8位').waitFor();
    await page.getByTestId('signin-password').fill('Wang2026fang');
    await page.getByTestId('signin-confirm').fill('Wang2026fang');
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('session-badge').waitFor();
    expect(await page.getByTestId('session-user').textContent()).toBe('王芳');
    expect(await page.getByTestId('session-role').textContent()).toBe('管理员');
    await page.getByRole('menuitem', { name: /账号管理/ }).click();
    await page.getByTestId('page-accounts').getByText('wangfang').waitFor();
    await page.screenshot({ path: path.join(app.screenshotDir, 'accounts-page.png') });
  });

  it('locks an account after five wrong passwords, with the message on the sign-in screen', async () => {
    app = await launchApp();
    const { page } = app;
    await page.getByTestId('session-logout').click();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByTestId('signin-username').fill(E2E_ADMIN.username);
      await page.getByTestId('signin-password').fill('wrong-password-1');
      await page.getByTestId('signin-submit').click();
      await page.getByTestId('signin-error').filter({ hasText: attempt < 5 ? `再输错${5 - attempt}次` : '账号已锁定15分钟' }).waitFor();
    }
    await page.getByTestId('signin-password').fill(E2E_ADMIN.password);
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('signin-error').filter({ hasText: '以后再试' }).waitFor();
    await page.screenshot({ path: path.join(app.screenshotDir, 'accounts-locked-out.png') });
  });

  it('查看 sees no admin pages and no edit buttons, and the core refuses its writes', async () => {
    app = await launchApp();
    const { page } = app;
    expect(await app.core.call('accounts.create', VIEWER)).toMatchObject({ ok: true });
    // a clue with a roster, made while the administrator is signed in: the viewer reads it below
    const clue = (await app.core.call('clues.create', { values: { source: '来访', receivedDate: '2026-11-02', sector: '工程建设', complainantName: '赵六', employerName: '某建筑公司' } })) as {
      ok: boolean;
      value: { id: number };
    };
    expect(clue.ok).toBe(true);
    expect(await app.core.call('clueWorkers.create', { clueId: clue.value.id, values: { name: '钱七', idNumber: '110101199003077774', amountOwed: 800_000 } })).toMatchObject({ ok: true });
    await page.getByTestId('session-logout').click();
    await signInThroughScreen(page, VIEWER);
    expect(await page.getByTestId('session-role').textContent()).toBe('查看');
    await page.getByRole('menuitem', { name: /单位管理/ }).click();
    await page.getByTestId('page-companies').waitFor();
    expect(await page.getByTestId('toolbar-new').count()).toBe(0);
    expect(await page.getByTestId('toolbar-delete').count()).toBe(0);
    const items = await navigationItems(page);
    expect(items.some((text) => text.startsWith('账号管理'))).toBe(false);
    expect(items.some((text) => text.startsWith('审计日志'))).toBe(false);
    await page.goto(`${page.url().split('#')[0]}#/accounts`);
    await page.getByText('“账号管理”只有管理员可以使用').waitFor();
    // the viewer reads the roster but is offered no 添加/粘贴/编辑/删除 and no editor in its cells
    await page.goto(`${page.url().split('#')[0]}#/clues/${clue.value.id}`);
    const roster = page.getByTestId('roster');
    await roster.getByText('钱七').waitFor();
    expect(await roster.getByTestId('roster-add').count()).toBe(0);
    expect(await roster.getByTestId('roster-paste').count()).toBe(0);
    expect(await roster.locator('[data-testid^="roster-edit-"]').count()).toBe(0);
    expect(await roster.locator('.ledger-cell-editable').count()).toBe(0);
    const refused = await page.evaluate(() =>
      (globalThis as unknown as { ledger: { companies: { create: (input: unknown) => Promise<unknown> } } }).ledger.companies.create({ values: { name: '越权单位', roles: ['施工总承包'] } }),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('当前账号的角色是“查看”') } });
    await page.screenshot({ path: path.join(app.screenshotDir, 'accounts-viewer.png') });
  });

  it('锁定 covers the window until the password is given; the audit log shows the sign-ins', async () => {
    app = await launchApp();
    const { page } = app;
    await page.getByTestId('session-lock').click();
    await page.getByTestId('lock-screen').waitFor();
    await page.screenshot({ path: path.join(app.screenshotDir, 'accounts-lock.png') });
    // the core agrees: while locked, a direct call is refused
    expect(await app.core.call('companies.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await page.getByTestId('lock-password').fill('not-my-password1');
    await page.getByTestId('lock-submit').click();
    await page.getByTestId('lock-error').filter({ hasText: '用户名或密码不正确' }).waitFor();
    await page.getByTestId('lock-password').fill(E2E_ADMIN.password);
    await page.getByTestId('lock-submit').click();
    await page.getByTestId('lock-screen').waitFor({ state: 'detached' });

    await page.getByRole('menuitem', { name: /审计日志/ }).click();
    await page.getByTestId('audit-total').filter({ hasText: /共\d+条/ }).waitFor();
    await page.getByTestId('audit-grid').getByText('登录成功').first().waitFor();
    await page.getByTestId('audit-grid').getByText('测试员（admin）').first().waitFor();
    await page.screenshot({ path: path.join(app.screenshotDir, 'accounts-audit-log.png') });
  });

  it('修改密码 asks for the current password, checks the new one twice, and the next sign-in takes only the new one', async () => {
    app = await launchApp();
    const { page } = app;
    const NEW = 'Changed2026pw';
    await page.getByTestId('session-change-password').click();
    await page.getByTestId('change-password-old').fill('not-my-password1');
    await page.getByTestId('change-password-new').fill(NEW);
    await page.getByTestId('change-password-repeat').fill(`${NEW}x`);
    await page.getByRole('button', { name: '保 存' }).click();
    await page.getByText('两次输入的新密码不一致').waitFor();
    await page.getByTestId('change-password-repeat').fill(NEW);
    await page.getByRole('button', { name: '保 存' }).click();
    // the core checks the current password and names the field
    await page.getByTestId('change-password-dialog').getByText('用户名或密码不正确').waitFor();
    await page.screenshot({ path: path.join(app.screenshotDir, 'accounts-change-password.png') });
    await page.getByTestId('change-password-old').fill(E2E_ADMIN.password);
    await page.getByRole('button', { name: '保 存' }).click();
    await page.getByText('密码已修改，下次登录请使用新密码').waitFor();

    await page.getByTestId('session-logout').click();
    await page.getByTestId('signin-username').fill(E2E_ADMIN.username);
    await page.getByTestId('signin-password').fill(E2E_ADMIN.password);
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('signin-error').filter({ hasText: '用户名或密码不正确' }).waitFor();
    await signInThroughScreen(page, { username: E2E_ADMIN.username, password: NEW });
  });

  it('修改记录 on a record shows who changed what, personal data masked', async () => {
    app = await launchApp();
    const { page } = app;
    const created = (await app.core.call('companies.create', { values: { name: '县建筑公司', roles: ['施工总承包'], contactPhone: '13812345678' } })) as { ok: true; value: { id: number; version: number } };
    await app.core.call('companies.update', { id: created.value.id, version: created.value.version, values: { contactPhone: '13912345678' } });
    await page.getByRole('menuitem', { name: /单位管理/ }).click();
    // made through the core after the page loaded its companies: 刷新 reads them again
    await page.getByTestId('toolbar-reload').click();
    await page.getByTestId('grid-companies').locator(`.ag-row[row-id="${created.value.id}"] [col-id="name"]`).dblclick();
    await page.getByTestId('record-history').click();
    const history = page.getByTestId('record-history-drawer');
    await history.getByText('联系电话：138****5678 → 139****5678').waitFor();
    expect(await history.textContent()).not.toContain('13812345678');
    expect(await history.textContent()).toContain('测试员（admin）');
    await page.screenshot({ path: path.join(app.screenshotDir, 'accounts-record-history.png') });
  });
});
