import { toHalfWidth } from '../money';
import type { FieldDef } from '../domain/field';

/**
 * Header text as it is compared: no spaces or line breaks, half-width, no required-mark (*), no unit suffix such as
 * （元） or (万元) — so 欠薪金额（元） and * 单位名称 match the catalog's labels.
 */
export function normalizeHeader(text: string): string {
  return toHalfWidth(text)
    .replace(/\s+/g, '')
    .replace(/^\*+|\*+$/g, '')
    .replace(/[(（](元|单位:元|人民币元|必填)[)）]$/, '')
    .trim();
}

/** Header cells that carry no field: the serial column offices add in front of every table. */
const IGNORED = new Set(['序号', '编号No', 'No']);

export type HeaderMatch =
  | { ok: true; columns: Map<number, FieldDef> }
  | { ok: false; problem: string };

/**
 * Matches a header row to the kind's fields by label or synonym. Refuses, naming them, headers it does not know,
 * a field given twice, and missing required fields: a wrong sheet must not be half-imported.
 */
export function matchHeaders(cells: ReadonlyMap<number, string>, fields: readonly FieldDef[]): HeaderMatch {
  const byName = new Map<string, FieldDef>();
  for (const field of fields) {
    for (const name of [field.label, ...(field.synonyms ?? [])]) {
      const key = normalizeHeader(name);
      if (!byName.has(key)) byName.set(key, field);
    }
  }
  const columns = new Map<number, FieldDef>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  const seen = new Set<string>();
  for (const [column, text] of cells) {
    const name = normalizeHeader(text);
    if (name === '' || IGNORED.has(name)) continue;
    const field = byName.get(name);
    if (!field) {
      unknown.push(text.trim());
      continue;
    }
    if (seen.has(field.key)) repeated.push(field.label);
    seen.add(field.key);
    columns.set(column, field);
  }
  // a required field with a default (项目状态 在建) may be left out: the default fills it
  const missing = fields.filter((field) => field.required && field.defaultValue === undefined && !seen.has(field.key)).map((field) => field.label);
  const problems: string[] = [];
  if (unknown.length > 0) problems.push(`不认识的列：${unknown.join('、')}`);
  if (repeated.length > 0) problems.push(`重复的列：${repeated.join('、')}`);
  if (missing.length > 0) problems.push(`缺少必填的列：${missing.join('、')}`);
  if (columns.size === 0 && problems.length === 0) problems.push('没有找到表头');
  if (problems.length > 0) return { ok: false, problem: `表头不正确（${problems.join('；')}）。请使用下载的模板，表头须与模板一致。` };
  return { ok: true, columns };
}
