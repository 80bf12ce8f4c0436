import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, passwordProblem, ROLES, usernameProblem, type Role } from '../accounts/rules';
import { adminMethod, domain, type MethodDef } from './define';

export type { Role } from '../accounts/rules';

export interface AccountSummary {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  /** locked after too many wrong passwords, until this time (ISO), or null */
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

/** Who is signed in, and whether the session is locked by idle time. */
export interface SessionStatus {
  /** false on the very first start: the sign-in screen then asks for the administrator */
  hasAccounts: boolean;
  account: { id: number; username: string; displayName: string; role: Role } | null;
  locked: boolean;
  /** minutes of no activity after which the session locks (from 设置) */
  idleLockMinutes: number;
}

const username = z
  .string({ error: '用户名应为文字' })
  .trim()
  .superRefine((text, check) => {
    const problem = usernameProblem(text);
    if (problem) check.addIssue({ code: 'custom', message: `用户名：${problem}` });
  });
const displayName = z
  .string({ error: '姓名应为文字' })
  .trim()
  .min(1, { error: '姓名不能为空' })
  .max(30, { error: '姓名不能超过30个字' });
/** A new password: the shared rules, so the screen and the core agree. */
const newPassword = (label: string) =>
  z.string({ error: `${label}应为文字` }).superRefine((text, check) => {
    const problem = passwordProblem(text);
    if (problem) check.addIssue({ code: 'custom', message: `${label}：${problem}` });
  });
/** A password being checked is only bounded, never judged by the rules (an old password may predate them). */
const givenPassword = z.string({ error: '密码应为文字' }).min(1, { error: '密码不能为空' }).max(PASSWORD_MAX_LENGTH, { error: '密码不正确' });
const role = z.enum(ROLES, { error: '角色应为 管理员、录入员 或 查看' });
const id = z.int({ error: '账号编号应为正整数' }).positive({ error: '账号编号应为正整数' });
const none = z.object({}).strict().optional();

/** Any signed-in account may call it for itself (查看 too), though it changes the ledger. */
function selfMethod<O>() {
  return <I extends z.ZodType>(input: I, summary: string): MethodDef<I, O> => ({ input, writes: true, access: 'read', summary });
}

export const accountsContract = domain('accounts', {
  status: { input: none, writes: false, access: 'read', summary: '登录状态：是否已有账号、当前登录的账号' } as MethodDef<typeof none, SessionStatus>,
  setupFirstAdmin: selfMethod<SessionStatus>()(
    z.strictObject({ username, displayName, password: newPassword('密码') }),
    '首次启动：创建管理员账号并登录',
  ),
  login: selfMethod<SessionStatus>()(z.strictObject({ username: z.string().trim().min(1, { error: '用户名不能为空' }), password: givenPassword }), '登录'),
  logout: selfMethod<SessionStatus>()(none, '退出登录'),
  lock: selfMethod<SessionStatus>()(none, '锁定（离开座位时）'),
  unlock: selfMethod<SessionStatus>()(z.strictObject({ password: givenPassword }), '解锁：输入当前账号的密码'),
  changeOwnPassword: selfMethod<{ changed: true }>()(
    z.strictObject({ oldPassword: givenPassword, newPassword: newPassword('新密码') }),
    '修改自己的密码',
  ),
  list: adminMethod<AccountSummary[]>(false)(none, '账号列表'),
  create: adminMethod<AccountSummary>(true)(z.strictObject({ username, displayName, role, password: newPassword('初始密码') }), '新建账号'),
  update: adminMethod<AccountSummary>(true)(
    z.strictObject({ id, displayName: displayName.optional(), role: role.optional() }),
    '修改账号的姓名或角色',
  ),
  setDisabled: adminMethod<AccountSummary>(true)(z.strictObject({ id, disabled: z.boolean() }), '停用或启用账号'),
  resetPassword: adminMethod<AccountSummary>(true)(z.strictObject({ id, password: newPassword('新密码') }), '重置账号密码（同时解除锁定）'),
});

/**
 * The only methods answered while nobody is signed in (or the session is locked): everything else is refused. Besides
 * signing in, the file's own health: whether the ledger is damaged (the recovery screen comes before sign-in), and
 * the quick_check and start-up backup that follow the first paint — the sign-in screen is that first paint, and a
 * clerk may sit at it for a while. Neither reveals or changes a record.
 */
export const SIGN_IN_METHODS: ReadonlySet<string> = new Set([
  'accounts.status',
  'accounts.setupFirstAdmin',
  'accounts.login',
  'accounts.logout',
  'accounts.unlock',
  'recovery.status',
  'recovery.started',
]);
