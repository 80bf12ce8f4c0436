import type { LedgerRecord } from '../../shared/contract/records';
import type { FieldValue } from '../../shared/domain/values';
import { api } from './client';

/** The catalog entities that have the five record methods. */
export type RecordEntityName = 'companies' | 'projects';

/** The same calls for every record entity, so one page and one grid serve projects and companies alike. */
export interface RecordApi {
  list(): Promise<LedgerRecord[]>;
  get(id: number): Promise<LedgerRecord>;
  create(values: Record<string, FieldValue>): Promise<LedgerRecord>;
  update(id: number, version: number, values: Record<string, FieldValue>): Promise<LedgerRecord>;
  delete(id: number): Promise<{ id: number; deletedAt: string }>;
  restore(id: number): Promise<LedgerRecord>;
}

export function recordApi(entity: RecordEntityName): RecordApi {
  const methods = () => api()[entity];
  return {
    list: () => methods().list({}),
    get: (id) => methods().get({ id }),
    create: (values) => methods().create({ values }),
    update: (id, version, values) => methods().update({ id, version, values }),
    delete: (id) => methods().delete({ id }),
    restore: (id) => methods().restore({ id }),
  };
}
