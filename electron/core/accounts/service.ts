import type { Selectable, Transaction } from 'kysely';
import type { Role } from '../../../shared/accounts/rules';
import type { AccountSummary, SessionStatus } from '../../../shared/contract/accounts';
import { fieldErrors, LedgerError } from '../../../shared/errors';
import { writeAudit } from '../audit/audit';
import { timestamp, type CoreContext } from '../context';
import type { AccountRow, LedgerDb } from '../db/schema';
import { readSettings } from '../settings/store';
import { DECOY_HASH, hashPassword, verifyPassword } from './password';
import type { SignedInAccount } from './session';

type Account = Selectable<AccountRow>;

function summary(row: Account): AccountSummary {
  return {
    id: Number(row.id),
    username: row.username,
    displayName: row.displayName,
    role: row.role as Role,
    disabled: row.disabled === 1,
    lockedUntil: row.lockedUntil,
    lastLoginAt: row.lastLoginAt,
    createdAt: row.createdAt,
  };
}

/** What the audit log keeps of an account: never the password hash. */
function auditView(row: Pick<Account, 'username' | 'displayName' | 'role' | 'disabled'>): Record<string, unknown> {
  return { username: row.username, displayName: row.displayName, role: row.role, disabled: row.disabled === 1 };
}

function signedIn(row: Account): SignedInAccount {
  return { id: Number(row.id), username: row.username, displayName: row.displayName, role: row.role as Role };
}

export async function sessionStatus(ctx: CoreContext): Promise<SessionStatus> {
  const count = await ctx.db.selectFrom('accounts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const { idleLockMinutes } = await readSettings(ctx.db);
  const account = ctx.session.account;
  return {
    hasAccounts: Number(count.n) > 0,
    // the trusted local operator (CLI, core tests) shows as account 0
    account: account ? { id: account.id ?? 0, username: account.username, displayName: account.displayName, role: account.role } : null,
    locked: ctx.session.locked,
    idleLockMinutes,
  };
}

function begin(ctx: CoreContext, row: Account): void {
  ctx.session.account = signedIn(row);
  ctx.session.locked = false;
  ctx.session.lastActivity = ctx.now().getTime();
}

async function findByName(trx: Transaction<LedgerDb> | CoreContext['db'], username: string): Promise<Account | undefined> {
  return trx.selectFrom('accounts').selectAll().where('username', '=', username).executeTakeFirst();
}

async function findById(trx: Transaction<LedgerDb> | CoreContext['db'], id: number): Promise<Account> {
  const row = await trx.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new LedgerError('NOT_FOUND', `找不到编号为${id}的账号`);
  return row;
}

export async function setupFirstAdmin(ctx: CoreContext, input: { username: string; displayName: string; password: string }): Promise<SessionStatus> {
  const passwordHash = await hashPassword(input.password);
  const row = await ctx.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('accounts').select('id').limit(1).executeTakeFirst();
    if (existing) throw new LedgerError('CONFLICT', '已经有账号了：首次设置只能进行一次，请用已有账号登录');
    return insertAccount(trx, ctx, { ...input, role: '管理员', passwordHash }, input.username);
  });
  begin(ctx, row);
  return sessionStatus(ctx);
}

async function insertAccount(
  trx: Transaction<LedgerDb>,
  ctx: CoreContext,
  input: { username: string; displayName: string; role: Role; passwordHash: string },
  createdBy: string,
): Promise<Account> {
  if (await findByName(trx, input.username)) throw fieldErrors([{ field: 'username', message: `用户名：“${input.username}”已被使用` }]);
  const at = timestamp(ctx);
  const row = await trx
    .insertInto('accounts')
    .values({ username: input.username, displayName: input.displayName, role: input.role, passwordHash: input.passwordHash, createdAt: at, createdBy, updatedAt: at })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(trx, createdBy === input.username ? `${input.displayName}（${input.username}）` : ctx.operator, at, {
    entity: 'accounts',
    entityId: Number(row.id),
    action: 'create',
    before: null,
    after: auditView(row),
  });
  return row;
}

/**
 * Checks a password for an account, counting wrong ones: the configured number in a row locks the account for the
 * configured minutes. Every attempt is in the audit log; the password never is.
 */
async function checkPassword(ctx: CoreContext, row: Account | undefined, password: string, field: string): Promise<Account> {
  const { loginLockout } = await readSettings(ctx.db);
  const now = ctx.now();
  if (!row || row.disabled === 1) {
    await verifyPassword(password, DECOY_HASH);
    throw fieldErrors([{ field, message: row ? '该账号已停用，请联系管理员' : '用户名或密码不正确' }]);
  }
  if (row.lockedUntil && row.lockedUntil > now.toISOString()) {
    throw fieldErrors([{ field, message: `密码连续输错${loginLockout.maxFailures}次，账号已锁定，请在${localTime(row.lockedUntil)}以后再试，或请管理员重置密码` }]);
  }
  const right = await verifyPassword(password, row.passwordHash);
  const at = timestamp(ctx);
  const operator = `${row.displayName}（${row.username}）`;
  if (right) {
    await ctx.db.transaction().execute(async (trx) => {
      await trx.updateTable('accounts').set({ failedAttempts: 0, lockedUntil: null, lastLoginAt: at }).where('id', '=', row.id).execute();
      await writeAudit(trx, operator, at, { entity: 'accounts', entityId: Number(row.id), action: 'login', before: null, after: { result: '登录成功' } });
    });
    return { ...row, failedAttempts: 0, lockedUntil: null, lastLoginAt: at };
  }
  const failures = row.failedAttempts + 1;
  const lockedUntil = failures >= loginLockout.maxFailures ? new Date(now.getTime() + loginLockout.lockMinutes * 60_000).toISOString() : null;
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('accounts').set({ failedAttempts: lockedUntil ? 0 : failures, lockedUntil }).where('id', '=', row.id).execute();
    await writeAudit(trx, operator, at, {
      entity: 'accounts',
      entityId: Number(row.id),
      action: 'login',
      before: null,
      after: { result: lockedUntil ? `密码错误，账号锁定${loginLockout.lockMinutes}分钟` : `密码错误（第${failures}次）` },
    });
  });
  if (lockedUntil) {
    throw fieldErrors([{ field, message: `密码连续输错${loginLockout.maxFailures}次，账号已锁定${loginLockout.lockMinutes}分钟，请稍后再试，或请管理员重置密码` }]);
  }
  throw fieldErrors([{ field, message: `用户名或密码不正确，再输错${loginLockout.maxFailures - failures}次账号将被锁定` }]);
}

/** 14:05 in China time, for the lock-out message (the office's clocks are UTC+8). */
function localTime(iso: string): string {
  const shifted = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return `${String(shifted.getUTCHours()).padStart(2, '0')}:${String(shifted.getUTCMinutes()).padStart(2, '0')}`;
}

export async function login(ctx: CoreContext, input: { username: string; password: string }): Promise<SessionStatus> {
  const row = await checkPassword(ctx, await findByName(ctx.db, input.username), input.password, 'password');
  begin(ctx, row);
  return sessionStatus(ctx);
}

export async function logout(ctx: CoreContext): Promise<SessionStatus> {
  ctx.session.account = null;
  ctx.session.locked = false;
  return sessionStatus(ctx);
}

export async function lock(ctx: CoreContext): Promise<SessionStatus> {
  // the trusted local operator has no password to unlock with
  if (ctx.session.account?.id != null) ctx.session.locked = true;
  return sessionStatus(ctx);
}

/** Unlocking takes the signed-in account's own password; too many wrong ones lock the account and end the session. */
export async function unlock(ctx: CoreContext, input: { password: string }): Promise<SessionStatus> {
  const id = ctx.session.account?.id;
  if (id == null) throw new LedgerError('FORBIDDEN', '没有需要解锁的登录，请登录');
  try {
    const row = await checkPassword(ctx, await findById(ctx.db, id), input.password, 'password');
    begin(ctx, row);
  } catch (error) {
    const row = await findById(ctx.db, id);
    if (row.lockedUntil || row.disabled === 1) ctx.session.account = null;
    throw error;
  }
  return sessionStatus(ctx);
}

export async function changeOwnPassword(ctx: CoreContext, input: { oldPassword: string; newPassword: string }): Promise<{ changed: true }> {
  const id = ctx.session.account?.id;
  if (id == null) throw new LedgerError('FORBIDDEN', '本机管理员（命令行）没有登录密码可改');
  const row = await checkPassword(ctx, await findById(ctx.db, id), input.oldPassword, 'oldPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    const at = timestamp(ctx);
    await trx.updateTable('accounts').set({ passwordHash, updatedAt: at }).where('id', '=', row.id).execute();
    await writeAudit(trx, ctx.operator, at, { entity: 'accounts', entityId: Number(row.id), action: 'update', before: null, after: { password: '已修改' } });
  });
  return { changed: true };
}

export async function listAccounts(ctx: CoreContext): Promise<AccountSummary[]> {
  return (await ctx.db.selectFrom('accounts').selectAll().orderBy('id').execute()).map(summary);
}

export async function createAccount(ctx: CoreContext, input: { username: string; displayName: string; role: Role; password: string }): Promise<AccountSummary> {
  const passwordHash = await hashPassword(input.password);
  return summary(await ctx.db.transaction().execute((trx) => insertAccount(trx, ctx, { ...input, passwordHash }, ctx.operator)));
}

/** At least one enabled administrator must remain, or nobody could manage accounts or settings again. */
async function assertAdminRemains(trx: Transaction<LedgerDb>, changedId: number): Promise<void> {
  const others = await trx
    .selectFrom('accounts')
    .select('id')
    .where('role', '=', '管理员')
    .where('disabled', '=', 0)
    .where('id', '!=', changedId)
    .limit(1)
    .executeTakeFirst();
  if (!others) throw new LedgerError('CONFLICT', '至少要保留一个启用的管理员账号：请先把另一个账号设为管理员');
}

async function changeAccount(
  ctx: CoreContext,
  id: number,
  change: (row: Account) => Partial<Pick<Account, 'displayName' | 'role' | 'disabled' | 'passwordHash' | 'failedAttempts' | 'lockedUntil'>>,
  noteOnly?: Record<string, unknown>,
): Promise<AccountSummary> {
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const row = await findById(trx, id);
    const patch = change(row);
    const next = { ...row, ...patch };
    if (row.role === '管理员' && row.disabled === 0 && (next.role !== '管理员' || next.disabled === 1)) await assertAdminRemains(trx, id);
    const at = timestamp(ctx);
    await trx.updateTable('accounts').set({ ...patch, updatedAt: at }).where('id', '=', id).execute();
    await writeAudit(trx, ctx.operator, at, {
      entity: 'accounts',
      entityId: id,
      action: 'update',
      before: noteOnly ? null : auditView(row),
      after: noteOnly ?? auditView(next),
    });
    return { ...next, updatedAt: at };
  });
  // the signed-in account's own name or role changes at once
  if (ctx.session.account?.id === id) ctx.session.account = signedIn(updated);
  return summary(updated);
}

export function updateAccount(ctx: CoreContext, input: { id: number; displayName?: string | undefined; role?: Role | undefined }): Promise<AccountSummary> {
  return changeAccount(ctx, input.id, (row) => ({ displayName: input.displayName ?? row.displayName, role: input.role ?? row.role }));
}

export function setDisabled(ctx: CoreContext, input: { id: number; disabled: boolean }): Promise<AccountSummary> {
  if (input.disabled && ctx.session.account?.id === input.id) throw new LedgerError('CONFLICT', '不能停用正在使用的自己的账号');
  return changeAccount(ctx, input.id, () => ({ disabled: input.disabled ? 1 : 0 }));
}

export async function resetPassword(ctx: CoreContext, input: { id: number; password: string }): Promise<AccountSummary> {
  const passwordHash = await hashPassword(input.password);
  return changeAccount(ctx, input.id, () => ({ passwordHash, failedAttempts: 0, lockedUntil: null }), { password: '已由管理员重置' });
}

