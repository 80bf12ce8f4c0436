import { clueEntity, clueWorkerEntity } from './domain/clue';
import { companyEntity } from './domain/company';
import { fieldByKey, type EntityDef } from './domain/field';
import { inspectionEntity } from './domain/inspection';
import { planEntity } from './domain/plan';
import { problemEntity } from './domain/problem';
import { projectEntity } from './domain/project';
import { workLogEntity } from './domain/work-log';

/** Chinese names for the audit log's actions and record types, shared by the 审计日志 page and its export. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  create: '新增',
  update: '修改',
  delete: '删除',
  restore: '恢复',
  settings: '修改设置',
  workflow: '办理操作',
  reveal: '查看个人信息',
  login: '登录',
};

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  companies: '单位',
  projects: '项目',
  clues: '线索',
  clueWorkers: '欠薪农民工名单',
  inspections: '检查记录',
  problems: '整改问题',
  plans: '一项目一策',
  workLogs: '日常工作登记',
  documents: '文书',
  settings: '设置',
  accounts: '账号',
};

const CATALOG: Record<string, EntityDef> = {
  companies: companyEntity,
  projects: projectEntity,
  clues: clueEntity,
  clueWorkers: clueWorkerEntity,
  inspections: inspectionEntity,
  problems: problemEntity,
  plans: planEntity,
  workLogs: workLogEntity,
};

const ACCOUNT_FIELDS: Record<string, string> = { username: '用户名', displayName: '姓名', role: '角色', disabled: '停用', password: '密码', result: '结果' };

/** The Chinese label of a field in an audit row: the catalog's for records, else the key itself (settings keys, 办理操作). */
export function auditFieldLabel(entity: string, key: string): string {
  const def = CATALOG[entity];
  if (def) return fieldByKey(def, key)?.label ?? key;
  if (entity === 'accounts') return ACCOUNT_FIELDS[key] ?? key;
  return key;
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
const show = (value: unknown) => (isEmpty(value) ? '（空）' : typeof value === 'string' ? value : typeof value === 'boolean' ? (value ? '是' : '否') : Array.isArray(value) ? value.join('、') : JSON.stringify(value));

/**
 * before → after as one line per field, for the grid and the export: "联系电话：138****5678 → 139****0000". A new
 * record lists only the fields it was given.
 */
export function changeText(entity: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null): string {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys
    .flatMap((key) => {
      const label = auditFieldLabel(entity, key);
      if (before && after && key in before) return [`${label}：${show(before[key])} → ${show(after[key])}`];
      const value = (after ?? before)?.[key];
      return before === null && isEmpty(value) ? [] : [`${label}：${show(value)}`];
    })
    .join('\n');
}
