import { z } from 'zod';
import { adminMethod, command, domain, query } from './define';

export interface LedgerInfo {
  appVersion: string;
  dbPath: string;
  schemaVersion: number;
  operator: string;
  counts: { companies: number; projects: number; clues: number; deleted: number };
}

export interface RecycledItem {
  entity: 'companies' | 'projects' | 'clues' | 'clueWorkers' | 'inspections' | 'problems' | 'plans' | 'workLogs';
  entityLabel: string;
  id: number;
  title: string;
  deletedAt: string;
  deletedBy: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  operator: string;
  entity: string;
  entityId: number;
  action: 'create' | 'update' | 'delete' | 'restore' | 'settings' | 'workflow' | 'reveal' | 'login';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const RECORD_ENTITIES = ['companies', 'projects', 'clues', 'clueWorkers', 'inspections', 'problems', 'plans', 'workLogs'] as const;
const entityName = z.enum([...RECORD_ENTITIES, 'settings'], { error: '未知的记录类型' });
const recordEntityName = z.enum(RECORD_ENTITIES, { error: '未知的记录类型' });

export const systemContract = domain('system', {
  info: query<LedgerInfo>()(z.object({}).strict().optional(), '台账文件与版本信息'),
  recycleBin: query<RecycledItem[]>()(z.object({}).strict().optional(), '回收站：已删除的记录'),
  auditForRecord: query<AuditEntry[]>()(
    z.object({ entity: entityName, id: z.int().nonnegative() }).strict(),
    '一条记录的修改记录',
  ),
  reveal: adminMethod<{ value: string | null }>(true)(
    z.object({ entity: recordEntityName, id: z.int().positive(), field: z.string().min(1) }).strict(),
    '显示一条记录中隐藏的个人信息（记入审计日志）',
  ),
  checkIntegrity: command<{ ok: boolean; problems: string[] }>()(z.object({}).strict().optional(), '检查台账文件完整性'),
});
