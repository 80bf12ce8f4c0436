import { roleMayAccess, roleNeededFor } from '../../../shared/accounts/rules';
import { SIGN_IN_METHODS } from '../../../shared/contract/accounts';
import { contract, type MethodName } from '../../../shared/contract';
import type { ErrorPayload } from '../../../shared/errors';
import type { CoreContext } from '../context';

/** The idle limit from 设置, read straight from the settings table (one indexed row) on each call. */
function idleLimitMs(ctx: CoreContext): number {
  const row = ctx.sqlite.prepare("SELECT value FROM settings WHERE key = 'idleLockMinutes'").get() as { value: string } | undefined;
  const minutes = row ? Number(JSON.parse(row.value)) : 15;
  return minutes * 60_000;
}

/**
 * Whether the session may call this method: the core's answer, whatever the renderer shows or hides. Signed-out and
 * locked sessions reach only the sign-in methods; a role reaches only the access levels it has. A call let through
 * counts as activity for the idle lock.
 */
export function refusal(ctx: CoreContext, method: MethodName): ErrorPayload | null {
  const session = ctx.session;
  const now = ctx.now().getTime();
  if (session.requireLogin && session.account && !session.locked && now - session.lastActivity > idleLimitMs(ctx)) session.locked = true;
  if (SIGN_IN_METHODS.has(method)) return null;
  if (!session.account) return { code: 'FORBIDDEN', message: '请先登录：未登录时不能使用台账' };
  if (session.locked) return { code: 'FORBIDDEN', message: '已锁定：长时间未操作或已手动锁定，请输入密码解锁' };
  const { access, summary } = contract[method];
  if (!roleMayAccess(session.account.role, access)) {
    return { code: 'FORBIDDEN', message: `没有权限：“${summary}”需要${roleNeededFor(access)}角色，当前账号的角色是“${session.account.role}”` };
  }
  session.lastActivity = now;
  return null;
}
