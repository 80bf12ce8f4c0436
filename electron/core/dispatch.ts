import type { z } from 'zod';
import { contract, isMethodName, type MethodName } from '../../shared/contract';
import { fieldErrors, LedgerError, type ErrorPayload, type FieldError, type Result } from '../../shared/errors';
import { refusal } from './accounts/gate';
import type { CoreContext } from './context';
import type { Handler } from './handler-types';
import { handlers } from './handlers';

/**
 * The single entry for every call: checks the method name, whether the signed-in account may call it, parses the input with the contract's schema (the
 * renderer is untrusted), runs the handler, and turns every failure into an ErrorPayload with a Chinese message.
 */
export async function dispatch(ctx: CoreContext, method: unknown, input: unknown): Promise<Result<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `台账服务没有“${String(method)}”这个功能` } };
  }
  // before the input is even parsed: a refused caller learns nothing about the method
  const refused = refusal(ctx, method);
  if (refused) return { ok: false, error: refused };
  const parsed = contract[method].input.safeParse(input);
  if (!parsed.success) return { ok: false, error: fieldErrors(issuesToFields(parsed.error.issues)).toPayload() };
  const writes = contract[method].writes;
  if (writes && ctx.readOnlyReason !== null) return { ok: false, error: { code: 'IO', message: ctx.readOnlyReason } };
  try {
    const handler = handlers[method] as Handler<MethodName>;
    return { ok: true, value: await handler(parsed.data as never, ctx) };
  } catch (error) {
    const payload = toErrorPayload(error, method);
    // after a full disk or an I/O error the file is not trusted with more writes; reading it still works
    if (writes && payload.code === 'IO' && isDiskFailure(error)) ctx.readOnlyReason = READ_ONLY_REASON;
    return { ok: false, error: payload };
  }
}

const READ_ONLY_REASON =
  '台账已转为只读：刚才写入台账文件时磁盘已满或读写出错，那次修改没有保存，已保存的数据完好。现在可以查看和导出，但不能修改。请腾出磁盘空间或检查磁盘后重新启动程序。';

function isDiskFailure(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^SQLITE_(FULL|IOERR)/.test(code);
}

/** zod issues → field errors: the field is the catalog key the issue sits under (values.uscc → uscc). */
export function issuesToFields(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => {
    // keep list positions (problems.1.deadline) so a form can mark the right card; drop the record wrapper
    const keys = issue.path.filter((part) => part !== 'values').map(String);
    return { field: keys.join('.') || '_', message: issue.message };
  });
}

export function toErrorPayload(error: unknown, method: string): ErrorPayload {
  if (error instanceof LedgerError) return error.toPayload();
  const code = (error as { code?: unknown }).code;
  if (isDiskFailure(error)) {
    return { code: 'IO', message: '写入台账文件失败（磁盘已满或读写出错），本次修改没有保存，已保存的数据不受影响。请腾出磁盘空间后重试。' };
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return { code: 'CONFLICT', message: '保存失败：与已有记录冲突（重复或引用的记录不存在），请刷新后重试。' };
  }
  console.error(`[core] ${method} failed`, error);
  return { code: 'INTERNAL', message: '台账服务内部错误，本次操作未完成。请重试，若仍出错请联系维护人员。' };
}
