import { LedgerError } from '../../shared/errors';

/** The Chinese message to show for anything a call threw. */
export function errorMessage(error: unknown): string {
  if (error instanceof LedgerError) return error.message;
  if (error instanceof Error && error.message) return `操作失败：${error.message}`;
  return '操作失败，请重试';
}

export function isLedgerError(error: unknown): error is LedgerError {
  return error instanceof LedgerError;
}
