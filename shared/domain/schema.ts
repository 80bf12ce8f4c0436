import { z } from 'zod';
import type { EntityDef } from './field';
import { editableFields, inputFields } from './field';
import { checkFieldValue, isEmptyValue, type FieldValue } from './values';

export type RecordValues = Record<string, FieldValue>;

/**
 * The zod schema for a record's input, derived from the catalog: every field normalized and checked with a Chinese
 * message that names it; unknown fields refused. For 'create', required fields must be present and cross-field
 * checks run here; for 'update' (a patch), the core runs them on the merged record (see checkRecord).
 */
export function recordInputSchema(entity: EntityDef, mode: 'create' | 'update'): z.ZodType<RecordValues> {
  const shape: Record<string, z.ZodType<FieldValue | undefined>> = {};
  for (const field of editableFields(entity)) {
    shape[field.key] = z.unknown().transform((raw, ctx): FieldValue | undefined => {
      if (raw === undefined) return undefined;
      const checked = checkFieldValue(field, raw);
      if (!checked.ok) {
        ctx.addIssue({ code: 'custom', message: `${field.label}：${checked.problem}` });
        return z.NEVER;
      }
      if (mode === 'update' && field.required && isEmptyValue(checked.value)) {
        ctx.addIssue({ code: 'custom', message: `${field.label}：必须填写` });
        return z.NEVER;
      }
      return checked.value;
    }).optional();
  }
  const object = z.strictObject(shape, { error: (issue) => (issue.code === 'unrecognized_keys' ? `不认识的字段：${issue.keys.join('、')}` : '应为一条记录') });
  return object.transform((values, ctx): RecordValues => {
    const record: RecordValues = {};
    for (const [key, value] of Object.entries(values)) if (value !== undefined) record[key] = value;
    if (mode === 'create') {
      for (const problem of checkRecord(entity, withDefaults(entity, record))) {
        ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
      }
    }
    return record;
  });
}

/** Required fields and cross-field rules on a whole record; each problem names its field. */
export function checkRecord(entity: EntityDef, record: Record<string, unknown>): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  for (const field of editableFields(entity)) {
    if (field.required && isEmptyValue(record[field.key])) problems.push({ field: field.key, message: `${field.label}：必须填写` });
  }
  for (const check of entity.checks ?? []) {
    if (!check.holds(record)) problems.push({ field: check.field, message: check.message });
  }
  return problems;
}

/** A new record's values: the catalog's defaults under what was given. */
export function withDefaults(entity: EntityDef, values: RecordValues): RecordValues {
  const record: RecordValues = {};
  for (const field of inputFields(entity)) {
    const given = values[field.key];
    if (given !== undefined) record[field.key] = given;
    else if (field.defaultValue !== undefined) record[field.key] = field.defaultValue as FieldValue;
    else record[field.key] = field.type === 'bool' ? false : null;
  }
  return record;
}
