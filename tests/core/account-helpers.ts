import type { Role } from '../../shared/accounts/rules';
import type { Ledger } from '../../electron/core/ledger';
import { freshLedger, valueOf } from './helpers';

export const ADMIN = { username: 'admin', displayName: '王芳', password: 'Admin2026' };
export const LOGIN = { username: ADMIN.username, password: ADMIN.password };

/** A ledger as the app opens it: sign-in required, the first administrator created and signed in. */
export async function appLedger(options: Parameters<typeof freshLedger>[0] = {}): Promise<Ledger> {
  const ledger = freshLedger({ requireLogin: true, ...options });
  valueOf(await ledger.call('accounts.setupFirstAdmin', ADMIN));
  return ledger;
}

/** Creates an account as the signed-in administrator, then signs in as it. */
export async function signInAs(ledger: Ledger, role: Role, username = `user${role === '查看' ? 'v' : 'e'}`): Promise<void> {
  valueOf(await ledger.call('accounts.create', { username, displayName: `${role}员工`, role, password: 'Passw0rd1' }));
  valueOf(await ledger.call('accounts.login', { username, password: 'Passw0rd1' }));
}
