import type { Transaction } from 'kysely';
import type { RecordValues } from '../../shared/domain/schema';
import type { FieldError } from '../../shared/errors';
import type { LedgerDb } from './db/schema';

/** A reference field and the table whose live records it may name. */
export interface Reference {
  key: string;
  label: string;
  table: 'companies' | 'projects' | 'clues';
}

const NOUN: Record<Reference['table'], string> = { companies: '单位', projects: '项目', clues: '线索' };

/** Problems for references to records that do not exist or sit in the recycle bin. */
export async function referenceProblems(record: RecordValues, trx: Transaction<LedgerDb>, references: readonly Reference[]): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  for (const ref of references) {
    const id = record[ref.key];
    if (typeof id !== 'number') continue;
    const live = await trx.selectFrom(ref.table).select('id').where('id', '=', id).where('deletedAt', 'is', null).executeTakeFirst();
    if (!live) problems.push({ field: ref.key, message: `${ref.label}：所选${NOUN[ref.table]}不存在或已删除，请重新选择` });
  }
  return problems;
}
