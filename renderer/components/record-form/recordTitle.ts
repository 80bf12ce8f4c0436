import type { LedgerRecord } from '../../../shared/contract/records';
import type { EntityDef } from '../../../shared/domain/field';

/** The record's name for titles and messages, e.g. a project's 项目名称. */
export function recordTitle(entity: EntityDef, record: LedgerRecord): string {
  return String(record[entity.titleField] ?? '');
}
