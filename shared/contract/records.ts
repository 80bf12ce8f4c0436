import { z } from 'zod';
import type { EntityDef } from '../domain/field';
import { recordInputSchema, type RecordValues } from '../domain/schema';
import type { FieldValue } from '../domain/values';
import { command, query } from './define';

/** What every stored record carries besides its catalog fields. */
export interface RecordMeta {
  id: number;
  /** bumped by every change; an update names the version it was based on, so a stale form cannot overwrite */
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  deletedAt: string | null;
  /** created by `ledger demo` */
  isDemo: boolean;
}

/** A record as it crosses the bridge: meta plus catalog values, personal data masked. */
export type LedgerRecord = RecordMeta & { [key: string]: FieldValue | boolean };

export const recordId = z.int({ error: '记录编号应为正整数' }).positive({ error: '记录编号应为正整数' });

/**
 * A page of a list in id order (keyset paging): the grid shows the first page at once and loads the rest in
 * the background, so a large ledger never crosses the bridge in one piece.
 */
export const listPageInput = z
  .object({
    afterId: z.int().nonnegative().optional(),
    limit: z.int().min(1).max(10_000, { error: '每页最多10000条' }).optional(),
  })
  .strict()
  .optional();

/** The five record methods every catalog entity gets: list, get, create, update, delete, restore. */
export function recordMethods(entity: EntityDef) {
  return {
    list: query<LedgerRecord[]>()(listPageInput, `按编号顺序列出${entity.label}（不含回收站），可分页`),
    get: query<LedgerRecord>()(z.object({ id: recordId }).strict(), `读取一条${entity.label}`),
    create: command<LedgerRecord>()(z.object({ values: recordInputSchema(entity, 'create') }).strict(), `新建${entity.label}`),
    update: command<LedgerRecord>()(
      z.object({ id: recordId, version: z.int().nonnegative(), values: recordInputSchema(entity, 'update') }).strict(),
      `修改${entity.label}`,
    ),
    delete: command<{ id: number; deletedAt: string }>()(z.object({ id: recordId }).strict(), `删除${entity.label}（移入回收站）`),
    restore: command<LedgerRecord>()(z.object({ id: recordId }).strict(), `从回收站恢复${entity.label}`),
  };
}

export type { RecordValues };
