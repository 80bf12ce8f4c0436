/**
 * Personal data is shown masked by default everywhere: grids, print, exports.
 * 6201**********123X, 138****5678, ****1234.
 */
export type PersonalKind = 'idcard' | 'phone' | 'bank';

export function maskIdCard(id: string): string {
  if (id.length < 8) return '*'.repeat(id.length);
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

export function maskPhone(phone: string): string {
  if (/^1\d{10}$/.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(7)}`;
  if (phone.length <= 4) return '*'.repeat(phone.length);
  // landlines: keep the area code and the last four digits
  const dash = phone.indexOf('-');
  const head = dash > 0 ? phone.slice(0, dash + 1) : phone.slice(0, 3);
  return `${head}${'*'.repeat(Math.max(phone.length - head.length - 4, 0))}${phone.slice(-4)}`;
}

export function maskBankAccount(account: string): string {
  if (account.length <= 4) return '*'.repeat(account.length);
  return `****${account.slice(-4)}`;
}

export function maskPersonal(kind: PersonalKind, value: string): string {
  switch (kind) {
    case 'idcard':
      return maskIdCard(value);
    case 'phone':
      return maskPhone(value);
    case 'bank':
      return maskBankAccount(value);
  }
}

/** True when a value is (or looks like) the masked form, so an unchanged masked value is never saved over the real one. */
export function looksMasked(value: string): boolean {
  return value.includes('*');
}
