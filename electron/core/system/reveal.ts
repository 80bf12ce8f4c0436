import { fieldByKey, personalKindOf } from '../../../shared/domain/field';
import { fieldErrors } from '../../../shared/errors';
import { writeAudit } from '../audit/audit';
import { timestamp, type CoreContext } from '../context';
import { RECORD_SERVICES } from './services';

/**
 * Shows one masked personal value (ID, phone or account number) of one record. Revealing is an explicit act:
 * the audit log records who saw which field of which record, and when.
 */
export async function revealPersonalValue(
  ctx: CoreContext,
  input: { entity: keyof typeof RECORD_SERVICES; id: number; field: string },
): Promise<{ value: string | null }> {
  const service = RECORD_SERVICES[input.entity];
  const field = fieldByKey(service.entity, input.field);
  if (!field || !personalKindOf(field)) throw fieldErrors([{ field: 'field', message: `“${input.field}”不是需要隐藏的个人信息字段` }]);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await service.liveRow(trx, input.id);
    await writeAudit(trx, ctx.operator, timestamp(ctx), {
      entity: input.entity,
      entityId: input.id,
      action: 'reveal',
      before: null,
      after: { field: input.field, label: field.label },
    });
    const value = row[input.field];
    return { value: typeof value === 'string' ? value : null };
  });
}
