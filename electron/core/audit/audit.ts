import type { Transaction } from 'kysely';
import type { LedgerDb } from '../db/schema';

/** create/update/delete/restore of a record or account; settings; a workflow action (交办, 办结…); revealing personal data; a sign-in attempt. */
export type AuditAction = 'create' | 'update' | 'delete' | 'restore' | 'settings' | 'workflow' | 'reveal' | 'login';

export interface AuditWrite {
  entity: string;
  entityId: number;
  action: AuditAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Every change writes its audit row inside the same transaction as the change itself. */
export async function writeAudit(trx: Transaction<LedgerDb>, operator: string, at: string, entry: AuditWrite): Promise<void> {
  await trx
    .insertInto('auditLog')
    .values({
      at,
      operator,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      beforeJson: entry.before ? JSON.stringify(entry.before) : null,
      afterJson: entry.after ? JSON.stringify(entry.after) : null,
    })
    .execute();
}

/** Only the fields that changed, before and after, so the audit view reads as "what was changed". */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) {
      was[key] = before[key] ?? null;
      now[key] = after[key] ?? null;
    }
  }
  return Object.keys(now).length === 0 ? null : { before: was, after: now };
}
