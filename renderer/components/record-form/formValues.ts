import type { LedgerRecord } from '../../../shared/contract/records';
import type { EntityDef, FieldDef } from '../../../shared/domain/field';
import { editableFields } from '../../../shared/domain/field';
import type { FieldValue } from '../../../shared/domain/values';
import { formatFenAsYuan, parseYuanToFen } from '../../../shared/money';

/**
 * The form holds values in the shape its controls like: money as a 元 string (InputNumber in string mode, so no
 * float ever touches an amount), dates as ISO strings, everything else as the record has it. Only the fields a clerk
 * may type into are held and sent: computed fields and fields set by workflow actions (`assigned`) are the core's.
 */
export type FormValues = Record<string, unknown>;

function toFormValue(field: FieldDef, value: unknown): unknown {
  if (value === null || value === undefined) return field.type === 'bool' ? false : undefined;
  if (field.type === 'money' && typeof value === 'number') return formatFenAsYuan(value, false);
  return value;
}

/** A new record's form: the catalog defaults. */
export function newRecordFormValues(entity: EntityDef): FormValues {
  const values: FormValues = {};
  for (const field of editableFields(entity)) {
    values[field.key] = field.defaultValue !== undefined ? toFormValue(field, field.defaultValue) : toFormValue(field, null);
  }
  return values;
}

export function recordToFormValues(entity: EntityDef, record: LedgerRecord): FormValues {
  const values: FormValues = {};
  for (const field of editableFields(entity)) values[field.key] = toFormValue(field, record[field.key]);
  return values;
}

/** One form value back to what the core expects; a money string that is not an amount is passed on for the core to refuse. */
function toFieldValue(field: FieldDef, value: unknown): FieldValue {
  if (value === undefined || value === null) return field.type === 'bool' ? false : null;
  if (typeof value === 'string' && value.trim() === '' && field.type !== 'bool') return null;
  if (field.type === 'money') {
    const fen = parseYuanToFen(String(value));
    return fen ?? String(value);
  }
  if (field.type === 'int' && typeof value === 'string') return Number(value);
  return value as FieldValue;
}

export function formValuesToRecordValues(entity: EntityDef, form: FormValues): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  for (const field of editableFields(entity)) values[field.key] = toFieldValue(field, form[field.key]);
  return values;
}

/** Only what the clerk changed: an update patch never resends a masked personal value or an untouched field. */
export function changedValues(entity: EntityDef, before: FormValues, after: FormValues): Record<string, FieldValue> {
  const oldValues = formValuesToRecordValues(entity, before);
  const newValues = formValuesToRecordValues(entity, after);
  const patch: Record<string, FieldValue> = {};
  for (const [key, value] of Object.entries(newValues)) {
    if (JSON.stringify(value) !== JSON.stringify(oldValues[key] ?? null)) patch[key] = value;
  }
  return patch;
}
