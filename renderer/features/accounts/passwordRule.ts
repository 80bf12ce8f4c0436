import { passwordProblem } from '../../../shared/accounts/rules';

/** The form rule for a new password: the same check the core applies, so the clerk hears of it before saving. */
export const newPasswordRule = {
  validator: (_: unknown, value: string) => (value && passwordProblem(value) ? Promise.reject(new Error(passwordProblem(value) ?? '')) : Promise.resolve()),
};

export const NEW_PASSWORD_HINT = '至少8位，须同时包含字母和数字';
