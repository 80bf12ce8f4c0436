import type { EntityDef, FieldDef } from '../../../shared/domain/field';

export interface FormSection {
  title: string;
  fields: FieldDef[];
}

/**
 * The catalog's groups, in the order their first field appears, as form sections. `shown` picks the fields (e.g. a
 * new record's form leaves out what only the workflow fills in); a group with none of them is left out.
 */
export function formSections(entity: EntityDef, shown: (field: FieldDef) => boolean = () => true): FormSection[] {
  const sections: FormSection[] = [];
  for (const field of entity.fields) {
    if (!shown(field)) continue;
    const title = field.group ?? '其他';
    let section = sections.find((s) => s.title === title);
    if (!section) {
      section = { title, fields: [] };
      sections.push(section);
    }
    section.fields.push(field);
  }
  return sections;
}

/** Long inputs take the whole row; the rest sit two to a row. */
export function isWideField(field: FieldDef): boolean {
  return field.type === 'longtext' || field.type === 'multiEnum' || field.type === 'companyRefs';
}
