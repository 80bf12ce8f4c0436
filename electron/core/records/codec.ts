import type { EntityDef, FieldDef } from '../../../shared/domain/field';
import { inputFields } from '../../../shared/domain/field';
import type { FieldValue } from '../../../shared/domain/values';

/**
 * How catalog values are stored: booleans as 0/1, lists as JSON text, everything else as it is
 * (money and counts are integers, dates ISO text).
 */
export function toColumn(field: FieldDef, value: FieldValue | undefined): unknown {
  if (value === undefined || value === null) return field.type === 'bool' ? 0 : null;
  if (field.type === 'bool') return value ? 1 : 0;
  if (field.type === 'multiEnum' || field.type === 'companyRefs') return JSON.stringify(value);
  return value;
}

export function fromColumn(field: FieldDef, stored: unknown): FieldValue {
  if (stored === null || stored === undefined) return field.type === 'bool' ? false : null;
  if (field.type === 'bool') return stored === 1 || stored === true;
  if (field.type === 'multiEnum' || field.type === 'companyRefs') return JSON.parse(String(stored)) as FieldValue;
  return stored as FieldValue;
}

/** Catalog values of a row as read by Kysely (camelCase keys). */
export function valuesFromRow(entity: EntityDef, row: Record<string, unknown>): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  for (const field of inputFields(entity)) values[field.key] = fromColumn(field, row[field.key]);
  return values;
}

/** Column values for the given catalog values. */
export function rowFromValues(entity: EntityDef, values: Record<string, FieldValue>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const field of inputFields(entity)) {
    if (field.key in values) row[field.key] = toColumn(field, values[field.key]);
  }
  return row;
}
