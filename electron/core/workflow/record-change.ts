import type { Transaction } from 'kysely';
import type { FieldValue } from '../../../shared/domain/values';
import { LedgerError } from '../../../shared/errors';
import { changedFields, writeAudit } from '../audit/audit';
import { timestamp, type CoreContext } from '../context';
import type { LedgerDb } from '../db/schema';
import { rowFromValues, valuesFromRow } from '../records/codec';
import type { RecordService } from '../records/service';

/**
 * Shared by the workflows (clues, problems): load a live record for a change, refusing a stale version, and
 * write the change with a new version and a 'workflow' audit row naming the action.
 */
export async function lockForChange(
  service: RecordService,
  trx: Transaction<LedgerDb>,
  id: number,
  version: number,
): Promise<{ row: Record<string, unknown>; values: Record<string, FieldValue> }> {
  const row = await service.liveRow(trx, id);
  if (row['version'] !== version) {
    throw new LedgerError('CONFLICT', `这条${service.entity.label}已在别处被修改（${String(row['updatedBy'])}，${String(row['updatedAt'])}），请刷新后再操作。`);
  }
  return { row, values: valuesFromRow(service.entity, row) };
}

export async function writeWorkflowChange(
  service: RecordService,
  trx: Transaction<LedgerDb>,
  ctx: CoreContext,
  change: { id: number; version: number; before: Record<string, FieldValue>; after: Record<string, FieldValue>; actionLabel: string },
): Promise<void> {
  const diff = changedFields(change.before, change.after);
  const at = timestamp(ctx);
  await trx
    .updateTable(service.entity.name)
    .set({ ...rowFromValues(service.entity, (diff?.after ?? {}) as Record<string, FieldValue>), version: change.version + 1, updatedAt: at, updatedBy: ctx.operator })
    .where('id', '=', change.id)
    .execute();
  await writeAudit(trx, ctx.operator, at, {
    entity: service.entity.name,
    entityId: change.id,
    action: 'workflow',
    before: diff?.before ?? {},
    after: { 办理操作: change.actionLabel, ...(diff?.after ?? {}) },
  });
}
