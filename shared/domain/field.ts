import type { PersonalKind } from '../mask';

/**
 * The domain catalog: each entity's fields are described once here. The zod schemas, the grid columns, the record
 * form, the Excel columns and the printed ledger columns are all derived from these descriptions.
 */
export type FieldType =
  | 'text'
  | 'longtext'
  | 'enum' // one of a fixed option list
  | 'multiEnum' // several of a fixed option list, stored as a JSON array
  | 'code' // one entry of an editable code list from Settings (townships, departments, leaders)
  | 'date' // YYYY-MM-DD
  | 'money' // integer fen, shown as 元
  | 'int'
  | 'bool'
  | 'companyRef' // id of a company
  | 'companyRefs' // ids of companies, stored as a JSON array
  | 'projectRef' // id of a project
  | 'uscc' // 统一社会信用代码
  | 'idcard' // 身份证号
  | 'mobile' // 11-digit mobile number
  | 'phone' // mobile or landline
  | 'bankAccount';

/** The editable code lists in Settings that a 'code' field can draw from. */
export type CodeListName = 'townships' | 'departments' | 'leaders' | 'conclusions';

export interface FieldDef {
  key: string;
  label: string;
  type: FieldType;
  required?: boolean;
  /** options for enum / multiEnum fields */
  options?: readonly string[];
  codeList?: CodeListName;
  /** personal data: masked on screen, in print and in exports unless revealed */
  personal?: PersonalKind;
  /** computed by the core on every read; shown read-only, never stored, never accepted as input */
  computed?: boolean;
  /** stored, but set only by the core's workflow actions (numbers, states, assignment): read-only in forms */
  assigned?: boolean;
  /** a value must not repeat among live records (e.g. 统一社会信用代码) */
  unique?: boolean;
  /** form section the field belongs to */
  group?: string;
  /** default for a new record */
  defaultValue?: string | number | boolean | readonly string[];
  /** grid column width in px */
  width?: number;
  /** hidden in the grid until the clerk shows the column */
  hiddenInGrid?: boolean;
  /** help text under the form field */
  hint?: string;
  /** for companyRef(s): the role a referenced company should have, to order the pick list */
  companyRole?: string;
  /** other headers an imported spreadsheet may use for this column (e.g. 信用代码 for 统一社会信用代码) */
  synonyms?: readonly string[];
}

/** A rule across fields, checked after each field's own rules; `field` is the one the message is shown on. */
export interface CrossFieldCheck {
  field: string;
  message: string;
  /** true when the record is fine */
  holds: (record: Record<string, unknown>) => boolean;
}

export interface EntityDef {
  /** table and contract name, e.g. "companies" */
  name: string;
  /** Chinese name, e.g. "单位" */
  label: string;
  /** the field that names a record in messages, e.g. "name" */
  titleField: string;
  fields: readonly FieldDef[];
  checks?: readonly CrossFieldCheck[];
}

export function fieldByKey(entity: EntityDef, key: string): FieldDef | undefined {
  return entity.fields.find((f) => f.key === key);
}

/** The personal-data kind of a field: explicit flag, or implied by its type. */
export function personalKindOf(field: FieldDef): PersonalKind | undefined {
  if (field.personal) return field.personal;
  if (field.type === 'idcard') return 'idcard';
  if (field.type === 'bankAccount') return 'bank';
  return undefined;
}

const storedFieldsOf = new WeakMap<EntityDef, readonly FieldDef[]>();

/**
 * Fields stored in the record's table (everything but computed fields). Worked out once per entity: every record
 * read passes through here, 100,000 times for a ledger export.
 */
export function inputFields(entity: EntityDef): readonly FieldDef[] {
  let fields = storedFieldsOf.get(entity);
  if (!fields) {
    fields = Object.freeze(entity.fields.filter((f) => !f.computed));
    storedFieldsOf.set(entity, fields);
  }
  return fields;
}

const editableFieldsOf = new WeakMap<EntityDef, readonly FieldDef[]>();

/**
 * Fields a clerk can type into in the record form: stored and not set by workflow actions. Worked out once per
 * entity: every record checked passes through here, 100,000 times for an import.
 */
export function editableFields(entity: EntityDef): readonly FieldDef[] {
  let fields = editableFieldsOf.get(entity);
  if (!fields) {
    fields = Object.freeze(entity.fields.filter((f) => !f.computed && !f.assigned));
    editableFieldsOf.set(entity, fields);
  }
  return fields;
}
