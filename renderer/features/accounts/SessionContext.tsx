import { createContext, useContext } from 'react';
import { roleMayAccess } from '../../../shared/accounts/rules';
import type { SessionStatus } from '../../../shared/contract/accounts';

export interface Session {
  status: SessionStatus;
  /** whether the signed-in role may use methods of this access level (the core checks again) */
  can: (access: 'read' | 'write' | 'admin') => boolean;
  /** the core's answer replaces what the screen believed */
  setStatus: (status: SessionStatus) => void;
  lock: () => Promise<void>;
  logout: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside SessionGate');
  return session;
}

export function canAccess(status: SessionStatus, access: 'read' | 'write' | 'admin'): boolean {
  return status.account !== null && !status.locked && roleMayAccess(status.account.role, access);
}

/**
 * Whether the signed-in role may use an access level, for hiding buttons. Outside the gate (nothing signed in
 * cannot happen there) it answers true: hiding is a courtesy, the core refuses regardless.
 */
export function useCan(): (access: 'read' | 'write' | 'admin') => boolean {
  const session = useContext(SessionContext);
  return session ? session.can : () => true;
}
