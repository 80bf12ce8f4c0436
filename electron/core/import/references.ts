import type { Kysely } from 'kysely';
import type { FieldDef } from '../../../shared/domain/field';
import type { FieldValue } from '../../../shared/domain/values';
import type { LedgerDb } from '../db/schema';

/** Whether a field's cell holds a name the resolver looks up; any other field's value is used as read. */
export function isReference(field: FieldDef): boolean {
  return field.type === 'companyRef' || field.type === 'companyRefs' || field.type === 'projectRef';
}

export type Resolved = { ok: true; value: FieldValue } | { ok: false; problem: string };

/**
 * Imported sheets name companies and projects, the ledger stores their ids: a company by its name or credit code,
 * a project by its name (refused when several live projects share it). Loaded once per import.
 */
export async function referenceResolver(db: Kysely<LedgerDb>, fields: readonly FieldDef[]): Promise<(field: FieldDef, value: FieldValue) => Resolved> {
  const needsCompanies = fields.some((f) => f.type === 'companyRef' || f.type === 'companyRefs');
  const needsProjects = fields.some((f) => f.type === 'projectRef');
  const companies = new Map<string, number>();
  const projects = new Map<string, number[]>();
  if (needsCompanies) {
    for (const row of await db.selectFrom('companies').select(['id', 'name', 'uscc']).where('deletedAt', 'is', null).execute()) {
      companies.set(String(row['name']), Number(row.id));
      if (row['uscc']) companies.set(String(row['uscc']), Number(row.id));
    }
  }
  if (needsProjects) {
    for (const row of await db.selectFrom('projects').select(['id', 'name']).where('deletedAt', 'is', null).execute()) {
      const name = String(row['name']);
      projects.set(name, [...(projects.get(name) ?? []), Number(row.id)]);
    }
  }
  const company = (name: string): Resolved => {
    const id = companies.get(name);
    return id === undefined ? { ok: false, problem: `“${name}”不在单位台账中，请先登记或导入该单位` } : { ok: true, value: id };
  };
  return (field, value) => {
    if (value === null || typeof value !== 'string') return { ok: true, value };
    switch (field.type) {
      case 'companyRef':
        return company(value);
      case 'companyRefs': {
        const ids: number[] = [];
        for (const name of value.split(/[、,，;；]/).map((part) => part.trim()).filter(Boolean)) {
          const one = company(name);
          if (!one.ok) return one;
          if (!ids.includes(one.value as number)) ids.push(one.value as number);
        }
        return { ok: true, value: ids.length > 0 ? ids : null };
      }
      case 'projectRef': {
        const ids = projects.get(value) ?? [];
        if (ids.length === 0) return { ok: false, problem: `“${value}”不在项目台账中，请先登记或导入该项目` };
        if (ids.length > 1) return { ok: false, problem: `项目台账中有${ids.length}个名为“${value}”的项目，无法确定是哪一个，请在导入后到线索中选择` };
        return { ok: true, value: ids[0] as number };
      }
      default:
        return { ok: true, value };
    }
  };
}
