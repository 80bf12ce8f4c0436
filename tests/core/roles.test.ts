import { describe, expect, it } from 'vitest';
import { SIGN_IN_METHODS } from '../../shared/contract/accounts';
import { contract, methodNames } from '../../shared/contract';
import type { Ledger } from '../../electron/core/ledger';
import { appLedger, signInAs } from './account-helpers';
import { freshLedger } from './helpers';

/**
 * Role checks over the whole contract, so a method added later cannot slip through: each call is made with an empty
 * input — a refused call is refused before its input is parsed, so FORBIDDEN is the only acceptable answer.
 */
async function codesFor(ledger: Ledger, names: readonly string[]): Promise<Record<string, string>> {
  const codes: Record<string, string> = {};
  for (const name of names) {
    const result = await ledger.call(name, {});
    codes[name] = result.ok ? 'ok' : result.error.code;
  }
  return codes;
}

const byAccess = (...levels: string[]) => methodNames.filter((name) => levels.includes(contract[name].access));
const allForbidden = (names: readonly string[]) => Object.fromEntries(names.map((name) => [name, 'FORBIDDEN']));

describe('roles, enforced in the core for every method of the contract', () => {
  it('the contract has methods of every level to check', () => {
    expect(byAccess('write').length).toBeGreaterThan(20);
    expect(byAccess('admin')).toEqual(expect.arrayContaining(['settings.update', 'system.reveal', 'accounts.create', 'accounts.resetPassword', 'audit.page']));
  });

  it('查看 is refused every write and admin method', async () => {
    const ledger = await appLedger();
    await signInAs(ledger, '查看');
    const names = byAccess('write', 'admin');
    expect(await codesFor(ledger, names)).toEqual(allForbidden(names));
  });

  it('录入员 is refused every admin method', async () => {
    const ledger = await appLedger();
    await signInAs(ledger, '录入员');
    const names = byAccess('admin');
    expect(await codesFor(ledger, names)).toEqual(allForbidden(names));
  });

  it('nobody signed in is refused everything but signing in', async () => {
    const ledger = freshLedger({ requireLogin: true });
    const names = methodNames.filter((name) => !SIGN_IN_METHODS.has(name));
    expect(await codesFor(ledger, names)).toEqual(allForbidden(names));
  });

  it('a locked session is refused everything but signing in', async () => {
    const ledger = await appLedger();
    await ledger.call('accounts.lock', {});
    const names = methodNames.filter((name) => !SIGN_IN_METHODS.has(name));
    expect(await codesFor(ledger, names)).toEqual(allForbidden(names));
  });

  it('the refusals would notice a role that got through: 查看 may read, 录入员 may write', async () => {
    const ledger = await appLedger();
    await signInAs(ledger, '录入员');
    expect(await ledger.call('companies.create', { values: { name: '某建筑公司', roles: ['施工总承包'] } })).toMatchObject({ ok: true });
    const viewer = await appLedger();
    await signInAs(viewer, '查看');
    expect(await viewer.call('companies.list', {})).toMatchObject({ ok: true });
  });

  it('names the role needed, in Chinese', async () => {
    const ledger = await appLedger();
    await signInAs(ledger, '录入员');
    expect(await ledger.call('settings.update', {})).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '没有权限：“修改设置与字典”需要管理员角色，当前账号的角色是“录入员”' },
    });
  });
});
