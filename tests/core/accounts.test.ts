import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passwordProblem } from '../../shared/accounts/rules';
import type { AccountSummary, SessionStatus } from '../../shared/contract';
import { hashPassword, verifyPassword } from '../../electron/core/accounts/password';
import { ADMIN, appLedger, LOGIN } from './account-helpers';
import { freshLedger, valueOf } from './helpers';

describe('accounts', () => {
  it('first start: no accounts, nobody signed in; creating the administrator signs it in', async () => {
    const ledger = freshLedger({ requireLogin: true });
    expect(valueOf(await ledger.call('accounts.status', {}))).toMatchObject({ hasAccounts: false, account: null, locked: false, idleLockMinutes: 15 });
    const status = valueOf(await ledger.call('accounts.setupFirstAdmin', ADMIN));
    expect(status).toMatchObject({ hasAccounts: true, account: { username: 'admin', displayName: '王芳', role: '管理员' } });
    const again = await ledger.call('accounts.setupFirstAdmin', { ...ADMIN, username: 'other' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('stores only an scrypt hash with its salt, never the password', async () => {
    const ledger = await appLedger();
    const row = ledger.ctx.sqlite.prepare('SELECT password_hash FROM accounts').get() as { password_hash: string };
    expect(row.password_hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    const everything = JSON.stringify(ledger.ctx.sqlite.prepare('SELECT * FROM audit_log').all()) + JSON.stringify(ledger.ctx.sqlite.prepare('SELECT * FROM accounts').all());
    expect(everything).not.toContain(ADMIN.password);
  });

  it('writes the signed-in account into the audit log as the operator', async () => {
    const ledger = await appLedger();
    valueOf(await ledger.call('settings.update', { townships: ['城关镇'] }));
    const row = ledger.ctx.sqlite.prepare("SELECT operator FROM audit_log WHERE entity = 'settings'").get() as { operator: string };
    expect(row.operator).toBe('王芳（admin）');
  });

  it('refuses a weak password naming the field', async () => {
    const ledger = freshLedger({ requireLogin: true });
    const weak = await ledger.call('accounts.setupFirstAdmin', { ...ADMIN, password: 'short1' });
    expect(weak).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ field: 'password', message: '密码：密码至少8位' }] } });
  });

  it('locks an account after five wrong passwords, for the configured minutes', async () => {
    let clock = Date.parse('2026-11-27T02:00:00Z');
    const ledger = await appLedger({ now: () => new Date(clock) });
    valueOf(await ledger.call('accounts.logout', {}));
    for (let attempt = 1; attempt <= 4; attempt++) {
      const wrong = await ledger.call('accounts.login', { username: 'admin', password: 'wrong-one' });
      expect(wrong).toMatchObject({ ok: false, error: { fields: [{ field: 'password', message: `用户名或密码不正确，再输错${5 - attempt}次账号将被锁定` }] } });
    }
    const fifth = await ledger.call('accounts.login', { username: 'admin', password: 'wrong-one' });
    expect(fifth).toMatchObject({ ok: false, error: { message: expect.stringContaining('账号已锁定15分钟') } });
    // even the right password waits out the lock
    const locked = await ledger.call('accounts.login', LOGIN);
    expect(locked).toMatchObject({ ok: false, error: { message: expect.stringContaining('10:15以后再试') } });
    clock += 16 * 60_000;
    expect((valueOf(await ledger.call('accounts.login', LOGIN)) as SessionStatus).account?.username).toBe('admin');
  });

  it('locks the session after the idle time; only the password unlocks it', async () => {
    let clock = Date.parse('2026-11-27T02:00:00Z');
    const ledger = await appLedger({ now: () => new Date(clock) });
    valueOf(await ledger.call('settings.update', { idleLockMinutes: 5 }));
    clock += 4 * 60_000;
    valueOf(await ledger.call('companies.list', {}));
    clock += 6 * 60_000;
    const refused = await ledger.call('companies.list', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('已锁定') } });
    expect((valueOf(await ledger.call('accounts.status', {})) as SessionStatus).locked).toBe(true);
    expect(await ledger.call('accounts.unlock', { password: 'nope' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    valueOf(await ledger.call('accounts.unlock', { password: ADMIN.password }));
    valueOf(await ledger.call('companies.list', {}));
  });

  it('an administrator creates, changes, disables and resets accounts; the last administrator stays', async () => {
    const ledger = await appLedger();
    const clerk = valueOf(await ledger.call('accounts.create', { username: 'lisi', displayName: '李四', role: '录入员', password: 'Clerk2026' })) as AccountSummary;
    const taken = await ledger.call('accounts.create', { username: 'LISI', displayName: '另一个', role: '查看', password: 'Clerk2026' });
    expect(taken).toMatchObject({ ok: false, error: { fields: [{ field: 'username', message: '用户名：“LISI”已被使用' }] } });
    expect((valueOf(await ledger.call('accounts.update', { id: clerk.id, role: '查看' })) as AccountSummary).role).toBe('查看');
    valueOf(await ledger.call('accounts.setDisabled', { id: clerk.id, disabled: true }));
    expect(await ledger.call('accounts.setDisabled', { id: 1, disabled: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await ledger.call('accounts.update', { id: 1, role: '录入员' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('至少要保留一个启用的管理员') } });

    valueOf(await ledger.call('accounts.logout', {}));
    expect(await ledger.call('accounts.login', { username: 'lisi', password: 'Clerk2026' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('已停用') } });
    valueOf(await ledger.call('accounts.login', LOGIN));
    valueOf(await ledger.call('accounts.setDisabled', { id: clerk.id, disabled: false }));
    valueOf(await ledger.call('accounts.resetPassword', { id: clerk.id, password: 'NewPass99' }));
    valueOf(await ledger.call('accounts.login', { username: 'lisi', password: 'NewPass99' }));
    valueOf(await ledger.call('accounts.changeOwnPassword', { oldPassword: 'NewPass99', newPassword: 'Mine2026x' }));
    valueOf(await ledger.call('accounts.logout', {}));
    valueOf(await ledger.call('accounts.login', { username: 'lisi', password: 'Mine2026x' }));
  });

  it('keeps trusted local use as before: the CLI and tests work without signing in', async () => {
    const ledger = freshLedger({ operator: '张三' });
    valueOf(await ledger.call('settings.update', { townships: ['城关镇'] }));
    const row = ledger.ctx.sqlite.prepare("SELECT operator FROM audit_log WHERE entity = 'settings'").get() as { operator: string };
    expect(row.operator).toBe('张三');
  });
});

describe('password rules and hashes', () => {
  it('accept exactly 8–128 characters with a letter and a digit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 140 }), (text) => {
        const ok = text.length >= 8 && text.length <= 128 && /[A-Za-z]/.test(text) && /\d/.test(text);
        expect(passwordProblem(text) === null).toBe(ok);
      }),
    );
  });

  it('verify the password they were made from and nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ minLength: 1, maxLength: 40 }), async (password, other) => {
        const hash = await hashPassword(password);
        expect(await verifyPassword(password, hash)).toBe(true);
        expect(await verifyPassword(other, hash)).toBe(password.normalize('NFC') === other.normalize('NFC'));
      }),
      { numRuns: 15 },
    );
  });

  it('salt every hash: the same password hashes differently', async () => {
    expect(await hashPassword('Same2026')).not.toBe(await hashPassword('Same2026'));
  });
});
