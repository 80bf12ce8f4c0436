import type { LedgerRecord } from '../../shared/contract/records';
import type { RecycledItem } from '../../shared/contract/system';
import type { FieldValue } from '../../shared/domain/values';
import { api } from './client';

/** The catalog entities that have the five record methods with a plain (not per-parent) list. */
export type RecordEntityName = 'companies' | 'projects' | 'clues' | 'inspections' | 'problems' | 'plans' | 'workLogs';

/** A page of a list in id order (keyset paging). */
export interface ListPage {
  afterId?: number;
  limit?: number;
}

/** The same calls for every record entity, so one page and one grid serve projects, companies and clues alike. */
export interface RecordApi {
  /** live records in id order; a page of `limit` after `afterId` when given */
  list(page?: ListPage): Promise<LedgerRecord[]>;
  get(id: number): Promise<LedgerRecord>;
  create(values: Record<string, FieldValue>): Promise<LedgerRecord>;
  update(id: number, version: number, values: Record<string, FieldValue>): Promise<LedgerRecord>;
  delete(id: number): Promise<{ id: number; deletedAt: string }>;
  restore(id: number): Promise<LedgerRecord>;
}

export function recordApi(entity: RecordEntityName): RecordApi {
  const methods = () => api()[entity];
  return {
    list: (page) => methods().list(page ?? {}),
    get: (id) => methods().get({ id }),
    create: (values) => methods().create({ values }),
    update: (id, version, values) => methods().update({ id, version, values }),
    delete: (id) => methods().delete({ id }),
    restore: (id) => methods().restore({ id }),
  };
}

/** 回收站 restores any deleted record, including a roster row (whose list is per clue, so it has no RecordApi). */
export function restoreRecord(entity: RecycledItem['entity'], id: number): Promise<LedgerRecord> {
  return api()[entity].restore({ id });
}
