/**
 * Accounts: roles, and the rules a username and a password must meet. Shared so the sign-in screen and the core
 * check the same things with the same Chinese messages.
 */
export const ROLES = ['管理员', '录入员', '查看'] as const;
export type Role = (typeof ROLES)[number];

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** Why a password is not acceptable, or null when it is: 8–128 characters with at least one letter and one digit. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `密码至少${PASSWORD_MIN_LENGTH}位`;
  if (password.length > PASSWORD_MAX_LENGTH) return `密码不能超过${PASSWORD_MAX_LENGTH}位`;
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return '密码须同时包含字母和数字';
  return null;
}

/** Usernames are what the clerk types at sign-in: letters, digits, underscore, dot or hyphen, 2–32 characters. */
export function usernameProblem(username: string): string | null {
  if (!/^[A-Za-z0-9_.-]{2,32}$/.test(username)) return '用户名应为2～32位字母、数字、下划线、点或短横线';
  return null;
}

/** What each role may do, for the messages of refused calls and for hiding what the clerk cannot use. */
export function roleMayAccess(role: Role, access: 'read' | 'write' | 'admin'): boolean {
  if (access === 'read') return true;
  if (access === 'write') return role === '管理员' || role === '录入员';
  return role === '管理员';
}

/** The lowest role that may call a method of this access level, named in refusals. */
export function roleNeededFor(access: 'read' | 'write' | 'admin'): string {
  if (access === 'admin') return '管理员';
  if (access === 'write') return '录入员或管理员';
  return '任一已登录账号';
}
