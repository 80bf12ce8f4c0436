import { Result, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SessionStatus } from '../../../shared/contract/accounts';
import { api, SESSION_REFUSED_EVENT } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { LockScreen } from './LockScreen';
import { canAccess, SessionContext, type Session } from './SessionContext';
import { SignInScreen } from './SignInScreen';
import { useIdleLock } from './useIdleLock';

/**
 * Nothing of the ledger is shown, or even loaded, until an account has signed in; a locked session keeps the pages
 * mounted under the lock screen. The core decides: after any refusal the gate asks it for the session again.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setStatus(await api().accounts.status({}));
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }, []);

  useEffect(() => {
    void refresh();
    const onRefused = () => void refresh();
    window.addEventListener(SESSION_REFUSED_EVENT, onRefused);
    return () => window.removeEventListener(SESSION_REFUSED_EVENT, onRefused);
  }, [refresh]);

  const lock = useCallback(async () => setStatus(await api().accounts.lock({})), []);
  const logout = useCallback(async () => setStatus(await api().accounts.logout({})), []);
  useIdleLock(status?.idleLockMinutes ?? 15, Boolean(status?.account && !status.locked), () => void lock());

  const session = useMemo<Session | null>(
    () => (status ? { status, can: (access) => canAccess(status, access), setStatus, lock, logout } : null),
    [status, lock, logout],
  );

  if (failure) return <Result status="error" title="无法连接台账服务" subTitle={failure} />;
  if (!status || !session) return <Spin fullscreen />;
  if (!status.account) return <SignInScreen hasAccounts={status.hasAccounts} onSignedIn={setStatus} />;
  return (
    <SessionContext.Provider value={session}>
      {/* keyed by the account: another account signing in starts with fresh pages and data */}
      <div key={status.account.id} style={{ display: 'contents' }}>
        {children}
      </div>
      {status.locked && <LockScreen status={status} onStatus={setStatus} />}
    </SessionContext.Provider>
  );
}
