import type { Role } from '../../../shared/accounts/rules';

/** The account a session belongs to; `id` is null for the trusted local operator of the CLI and the core tests. */
export interface SignedInAccount {
  id: number | null;
  username: string;
  displayName: string;
  role: Role;
}

/**
 * Who is working in this core. The app's core requires sign-in (`requireLogin`); the CLI and the core tests open the
 * ledger as a trusted local administrator named by `operator`, as before accounts existed.
 */
export interface Session {
  readonly requireLogin: boolean;
  account: SignedInAccount | null;
  /** locked by idle time or by the clerk: only unlock (with the password), sign-out or another sign-in are answered */
  locked: boolean;
  /** ms since the epoch of the last call that was let through, for the idle lock */
  lastActivity: number;
}

export function trustedSession(operator: string, now: number): Session {
  return { requireLogin: false, account: { id: null, username: operator, displayName: operator, role: '管理员' }, locked: false, lastActivity: now };
}

export function signedOutSession(now: number): Session {
  return { requireLogin: true, account: null, locked: false, lastActivity: now };
}

/** What the audit log records as the operator: the display name with the username, e.g. 王芳（wangfang）. */
export function operatorName(account: SignedInAccount): string {
  return account.id === null ? account.username : `${account.displayName}（${account.username}）`;
}
