import { clueEntity, clueWorkerEntity } from '../domain/clue';
import { companyEntity } from '../domain/company';
import type { EntityDef, FieldDef } from '../domain/field';
import { projectEntity } from '../domain/project';

/** What can be imported from Excel: the three ledgers, and the workers roster of one clue. */
export const IMPORT_KINDS = ['projects', 'companies', 'clues', 'rosters'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportKindDef {
  kind: ImportKind;
  /** e.g. 单位 — used in file names, sheet names and messages */
  label: string;
  entity: EntityDef;
  /** the columns that identify a record already in the ledger, e.g. 统一社会信用代码 */
  duplicateBy: string;
}

export const IMPORT_KIND_DEFS: Record<ImportKind, ImportKindDef> = {
  projects: { kind: 'projects', label: '项目', entity: projectEntity, duplicateBy: '项目名称+所在乡镇（或项目编号）' },
  companies: { kind: 'companies', label: '单位', entity: companyEntity, duplicateBy: '统一社会信用代码（未填写时按单位名称）' },
  clues: { kind: 'clues', label: '线索', entity: clueEntity, duplicateBy: '平台编号' },
  rosters: { kind: 'rosters', label: '欠薪农民工名单', entity: clueWorkerEntity, duplicateBy: '身份证号（同一条线索的名单内）' },
};

/**
 * The columns of a kind's template, export and import: every field a clerk types (not computed, not set by workflow
 * actions), in catalog order.
 */
export function importFields(kind: ImportKind): FieldDef[] {
  return IMPORT_KIND_DEFS[kind].entity.fields.filter((field) => !field.computed && !field.assigned);
}
