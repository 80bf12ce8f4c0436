import type { FieldDef } from '../../../shared/domain/field';
import { formatFenAsYuan } from '../../../shared/money';

/** Lookups a cell needs to show a reference as text (company and project ids → names). */
export interface CellLookups {
  companyNames: ReadonlyMap<number, string>;
  projectNames: ReadonlyMap<number, string>;
}

export const emptyLookups: CellLookups = { companyNames: new Map(), projectNames: new Map() };

function companyName(lookups: CellLookups, id: unknown): string {
  if (typeof id !== 'number') return '';
  return lookups.companyNames.get(id) ?? `（已删除的单位#${id}）`;
}

function projectName(lookups: CellLookups, id: unknown): string {
  if (typeof id !== 'number') return '';
  return lookups.projectNames.get(id) ?? `（已删除的项目#${id}）`;
}

/**
 * The text a clerk sees for a field's value: one function for the grid cells, the quick search, the copied rows
 * and the filters, so they never disagree.
 */
export function cellText(field: FieldDef, value: unknown, lookups: CellLookups): string {
  if (value === null || value === undefined || value === '') return '';
  switch (field.type) {
    case 'money':
      return typeof value === 'number' ? formatFenAsYuan(value) : '';
    case 'bool':
      return value === true ? '是' : '否';
    case 'multiEnum':
      return Array.isArray(value) ? value.join('、') : String(value);
    case 'companyRef':
      return companyName(lookups, value);
    case 'projectRef':
      return projectName(lookups, value);
    case 'companyRefs':
      return Array.isArray(value) ? value.map((id) => companyName(lookups, id)).join('、') : '';
    default:
      return String(value);
  }
}
