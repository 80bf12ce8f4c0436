import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { ImportKind } from '../../../shared/import/kinds';
import type { RecordValues } from '../../../shared/domain/schema';
import { LedgerError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { clueService } from '../clues/service';
import { clueWorkerService } from '../clue-workers/service';
import { companyService } from '../companies/service';
import type { LedgerDb } from '../db/schema';
import { projectService } from '../projects/service';
import type { RecordService } from '../records/service';

export interface Existing {
  id: number;
  title: string;
}

/** How the core imports one kind: its service, what identifies a duplicate, and which records belong to it. */
export interface KindSpec {
  service: RecordService;
  /** names the group a row belongs to when it repeats a record, e.g. the credit code; null: the row cannot repeat */
  keyOf(values: RecordValues): string | null;
  /** how the key is described to the clerk, for a given row */
  byOf(values: RecordValues): string;
  /** the live records of the kind (of the clue, for a roster) by key */
  existing(db: Kysely<LedgerDb>, clueId: number | null): Promise<Map<string, Existing>>;
  /** the columns that tie a new record to its owner */
  parent(clueId: number | null): Record<string, number>;
  /** which live records an export writes */
  filter(clueId: number | null): Expression<SqlBool> | undefined;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

async function keyed(rows: Record<string, unknown>[], keyOf: (row: Record<string, unknown>) => string | null, titleOf: (row: Record<string, unknown>) => string): Promise<Map<string, Existing>> {
  const map = new Map<string, Existing>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== null && !map.has(key)) map.set(key, { id: Number(row['id']), title: titleOf(row) });
  }
  return map;
}

const companyKey = (v: Record<string, unknown>) => (text(v['uscc']) ? `统一社会信用代码 ${String(v['uscc'])}` : text(v['name']) ? `单位名称 ${String(v['name'])}` : null);
const projectKey = (v: Record<string, unknown>) => (text(v['name']) && text(v['township']) ? `${String(v['name'])}（${String(v['township'])}）` : null);
const clueKey = (v: Record<string, unknown>) => (text(v['platformNo']) ? `平台编号 ${String(v['platformNo'])}` : null);
const rosterKey = (v: Record<string, unknown>) => (text(v['idNumber']) ? `身份证号 ${String(v['idNumber'])}` : null);

function requireClue(clueId: number | null): number {
  if (clueId === null) throw new LedgerError('VALIDATION', '导入欠薪农民工名单时，请先选择名单所属的线索。');
  return clueId;
}

export const KIND_SPECS: Record<ImportKind, KindSpec> = {
  companies: {
    service: companyService,
    keyOf: companyKey,
    byOf: (v) => (text(v['uscc']) ? '统一社会信用代码' : '单位名称'),
    async existing(db) {
      const rows = await db.selectFrom('companies').select(['id', 'name', 'uscc']).where('deletedAt', 'is', null).execute();
      const byCode = await keyed(rows, (row) => (text(row['uscc']) ? companyKey({ uscc: row['uscc'] }) : null), (row) => String(row['name']));
      const byName = await keyed(rows, (row) => companyKey({ name: row['name'] }), (row) => String(row['name']));
      return new Map([...byName, ...byCode]);
    },
    parent: () => ({}),
    filter: () => undefined,
  },
  projects: {
    service: projectService,
    keyOf: projectKey,
    byOf: () => '项目名称+所在乡镇',
    async existing(db) {
      const rows = await db.selectFrom('projects').select(['id', 'name', 'township']).where('deletedAt', 'is', null).execute();
      return keyed(rows, projectKey, (row) => String(row['name']));
    },
    parent: () => ({}),
    filter: () => undefined,
  },
  clues: {
    service: clueService,
    keyOf: clueKey,
    byOf: () => '平台编号',
    async existing(db) {
      const rows = await db.selectFrom('clues').select(['id', 'clueNo', 'platformNo']).where('deletedAt', 'is', null).where('platformNo', 'is not', null).execute();
      return keyed(rows, clueKey, (row) => `线索${String(row['clueNo'])}`);
    },
    parent: () => ({}),
    filter: () => undefined,
  },
  rosters: {
    service: clueWorkerService,
    keyOf: rosterKey,
    byOf: () => '身份证号',
    async existing(db, clueId) {
      const rows = await db
        .selectFrom('clueWorkers')
        .select(['id', 'name', 'idNumber'])
        .where('clueId', '=', requireClue(clueId))
        .where('deletedAt', 'is', null)
        .execute();
      return keyed(rows, rosterKey, (row) => String(row['name']));
    },
    parent: (clueId) => ({ clueId: requireClue(clueId) }),
    filter: (clueId) => sql<boolean>`clue_id = ${requireClue(clueId)}`,
  },
};

/** A roster is written only to a live clue that is not archived (as the roster paste requires). */
export async function requireOpenClueFor(kind: ImportKind, ctx: CoreContext, clueId: number | null): Promise<void> {
  if (kind !== 'rosters') return;
  const clue = await clueService.liveRow(ctx.db, requireClue(clueId));
  if (clue['status'] === '已归档') throw new LedgerError('TRANSITION_REFUSED', '已归档的线索不能修改名单。');
}
