import type { Expression, Kysely, SqlBool, Transaction } from 'kysely';
import type { LedgerRecord } from '../../../shared/contract/records';
import type { EntityDef, FieldDef } from '../../../shared/domain/field';
import { inputFields, personalKindOf } from '../../../shared/domain/field';
import { checkRecord, withDefaults, type RecordValues } from '../../../shared/domain/schema';
import type { FieldValue } from '../../../shared/domain/values';
import { fieldErrors, LedgerError, type FieldError } from '../../../shared/errors';
import { maskPersonal } from '../../../shared/mask';
import { changedFields, writeAudit } from '../audit/audit';
import { timestamp, type CoreContext } from '../context';
import type { LedgerDb, RecordTable } from '../db/schema';
import { columnName } from '../db/column-name';
import { fromColumn, rowFromValues, valuesFromRow } from './codec';

/** What an entity adds to the generic record behaviour. */
export interface RecordHooks {
  /** problems beyond the catalog's own rules, e.g. a reference to a deleted company */
  validate?(record: RecordValues, trx: Transaction<LedgerDb>, selfId: number | null): Promise<FieldError[]>;
  /** throws a LedgerError to refuse deleting, e.g. a company that projects still name */
  beforeDelete?(id: number, trx: Transaction<LedgerDb>): Promise<void>;
  /** sets values the core assigns before a new record is written, e.g. the clue's yearly number */
  beforeInsert?(record: RecordValues, trx: Transaction<LedgerDb>, ctx: CoreContext): Promise<void>;
  /** writes what goes with a new record in the same transaction, e.g. the clue's first progress-log entry */
  afterInsert?(id: number, record: RecordValues, trx: Transaction<LedgerDb>, ctx: CoreContext): Promise<void>;
  /** adds computed values (e.g. the required deposit) to records as they are read */
  decorate?(records: LedgerRecord[], ctx: CoreContext): Promise<void>;
  /** the stored fields decorate reads, so a narrow read (listColumns) still gives it what it needs */
  decorateReads?: readonly string[];
}

const META_COLUMNS = ['id', 'version', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'deletedAt', 'isDemo'] as const;

/**
 * Create, read, update, soft-delete and restore for one catalog entity, with the audit row of every change
 * written in the same transaction. Reads mask personal data; the audit log keeps the real values.
 */
export class RecordService {
  constructor(
    readonly entity: EntityDef & { name: RecordTable },
    private readonly hooks: RecordHooks = {},
  ) {}

  private get table(): RecordTable {
    return this.entity.name;
  }

  /**
   * Live records in id order; a page of them when `limit` is given (keyset: the ids after `afterId`); only those
   * matching `filter` when given (a clue view, a roster's clue).
   */
  async list(ctx: CoreContext, page: { afterId?: number; limit?: number } = {}, filter?: Expression<SqlBool>): Promise<LedgerRecord[]> {
    let query = ctx.db.selectFrom(this.table).selectAll().where('deletedAt', 'is', null);
    if (filter) query = query.where(filter);
    if (page.afterId !== undefined) query = query.where('id', '>', page.afterId);
    query = query.orderBy('id');
    if (page.limit !== undefined) query = query.limit(page.limit);
    return this.present(await query.execute(), ctx);
  }

  /**
   * A page of live records in id order holding only `keys` (and what decorate reads), presented as `list` presents
   * them (computed values, personal data masked): writing out a 100,000-row ledger this way builds a few values per
   * record instead of every field, and reads with one prepared statement instead of a query builder.
   */
  listColumns(ctx: CoreContext, keys: readonly string[], page: { afterId: number; limit: number }): Promise<LedgerRecord[]> {
    const wanted = new Set([...keys, ...(this.hooks.decorateReads ?? [])]);
    const fields = inputFields(this.entity).filter((field) => wanted.has(field.key));
    const select = ctx.sqlite
      .prepare(`SELECT id, ${fields.map((f) => `"${columnName(f.key)}"`).join(', ')} FROM "${this.table}" WHERE deleted_at IS NULL AND id > ? ORDER BY id LIMIT ?`)
      .raw();
    const records = (select.all(page.afterId, page.limit) as unknown[][]).map((row) => {
      const record: Record<string, unknown> = { id: row[0] };
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i] as FieldDef;
        record[field.key] = fromColumn(field, row[i + 1]);
      }
      return record as LedgerRecord;
    });
    return this.finishPresenting(records, fields, ctx);
  }

  async get(ctx: CoreContext, id: number): Promise<LedgerRecord> {
    const row = await ctx.db.selectFrom(this.table).selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || row['deletedAt'] != null) throw this.notFound(id);
    const [record] = await this.present([row], ctx);
    return record as LedgerRecord;
  }

  async create(ctx: CoreContext, values: RecordValues, options: { isDemo?: boolean; parent?: Record<string, number> } = {}): Promise<LedgerRecord> {
    const id = await ctx.db.transaction().execute((trx) => this.insert(trx, ctx, values, options.isDemo ?? false, options.parent));
    return this.get(ctx, id);
  }

  /**
   * Inserts inside a caller's transaction (the demo generator and the roster import insert many records in one).
   * `parent` holds the columns that tie a child record to its owner, e.g. { clueId } for a roster row.
   */
  async insert(trx: Transaction<LedgerDb>, ctx: CoreContext, values: RecordValues, isDemo: boolean, parent: Record<string, number> = {}): Promise<number> {
    const record = withDefaults(this.entity, values);
    await this.hooks.beforeInsert?.(record, trx, ctx);
    await this.refuseProblems(trx, record, null);
    const at = timestamp(ctx);
    const inserted = await trx
      .insertInto(this.table)
      .values({ version: 1, createdAt: at, createdBy: ctx.operator, updatedAt: at, updatedBy: ctx.operator, isDemo: isDemo ? 1 : 0, ...rowFromValues(this.entity, record), ...parent })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = Number(inserted.id);
    await writeAudit(trx, ctx.operator, at, { entity: this.table, entityId: id, action: 'create', before: null, after: { ...parent, ...record } });
    await this.hooks.afterInsert?.(id, record, trx, ctx);
    return id;
  }

  /** The stored (unmasked) row of a live record, inside a transaction; NOT_FOUND otherwise. */
  async liveRow(trx: Kysely<LedgerDb>, id: number): Promise<Record<string, unknown>> {
    const row = await trx.selectFrom(this.table).selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || row['deletedAt'] != null) throw this.notFound(id);
    return row;
  }

  async update(ctx: CoreContext, id: number, version: number, patch: RecordValues): Promise<LedgerRecord> {
    await ctx.db.transaction().execute((trx) => this.patch(trx, ctx, id, patch, version));
    return this.get(ctx, id);
  }

  /**
   * Changes a live record inside a caller's transaction (an import updates many in one); with `version`, only if
   * nobody changed it since. Returns false when nothing changed (no new version, no audit row).
   */
  async patch(trx: Transaction<LedgerDb>, ctx: CoreContext, id: number, patch: RecordValues, version?: number): Promise<boolean> {
    const row = await trx.selectFrom(this.table).selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || row['deletedAt'] != null) throw this.notFound(id);
    if (version !== undefined && row['version'] !== version) {
      throw new LedgerError('CONFLICT', `这条${this.entity.label}已在别处被修改（${String(row['updatedBy'])}，${String(row['updatedAt'])}），请刷新后再修改。`);
    }
    const current = valuesFromRow(this.entity, row);
    const merged: RecordValues = { ...current, ...patch };
    const diff = changedFields(current, merged);
    if (!diff) return false;
    await this.refuseProblems(trx, merged, id);
    const at = timestamp(ctx);
    const stored = Number(row['version']);
    const result = await trx
      .updateTable(this.table)
      .set({ ...rowFromValues(this.entity, diff.after as RecordValues), version: stored + 1, updatedAt: at, updatedBy: ctx.operator })
      .where('id', '=', id)
      .where('version', '=', stored)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new LedgerError('CONFLICT', `这条${this.entity.label}已在别处被修改，请刷新后再修改。`);
    await writeAudit(trx, ctx.operator, at, { entity: this.table, entityId: id, action: 'update', before: diff.before, after: diff.after });
    return true;
  }

  async softDelete(ctx: CoreContext, id: number): Promise<{ id: number; deletedAt: string }> {
    const at = timestamp(ctx);
    await ctx.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom(this.table).selectAll().where('id', '=', id).executeTakeFirst();
      if (!row || row['deletedAt'] != null) throw this.notFound(id);
      await this.hooks.beforeDelete?.(id, trx);
      await trx
        .updateTable(this.table)
        .set({ deletedAt: at, deletedBy: ctx.operator, version: Number(row['version']) + 1, updatedAt: at, updatedBy: ctx.operator })
        .where('id', '=', id)
        .execute();
      await writeAudit(trx, ctx.operator, at, { entity: this.table, entityId: id, action: 'delete', before: valuesFromRow(this.entity, row), after: null });
    });
    return { id, deletedAt: at };
  }

  async restore(ctx: CoreContext, id: number): Promise<LedgerRecord> {
    await ctx.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom(this.table).selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) throw this.notFound(id);
      if (row['deletedAt'] == null) throw new LedgerError('CONFLICT', `这条${this.entity.label}不在回收站中，无需恢复。`);
      const values = valuesFromRow(this.entity, row);
      await this.refuseProblems(trx, values, id, '无法恢复：');
      const at = timestamp(ctx);
      await trx
        .updateTable(this.table)
        .set({ deletedAt: null, deletedBy: null, version: Number(row['version']) + 1, updatedAt: at, updatedBy: ctx.operator })
        .where('id', '=', id)
        .execute();
      await writeAudit(trx, ctx.operator, at, { entity: this.table, entityId: id, action: 'restore', before: null, after: values });
    });
    return this.get(ctx, id);
  }

  /** Records in the recycle bin, newest first. */
  async deleted(db: Kysely<LedgerDb>): Promise<{ id: number; title: string; deletedAt: string; deletedBy: string }[]> {
    const rows = await db
      .selectFrom(this.table)
      .select(['id', this.entity.titleField, 'deletedAt', 'deletedBy'])
      .where('deletedAt', 'is not', null)
      .orderBy('deletedAt', 'desc')
      .execute();
    return rows.map((row) => ({
      id: Number(row.id),
      title: String(row[this.entity.titleField] ?? ''),
      deletedAt: String(row['deletedAt']),
      deletedBy: String(row['deletedBy'] ?? ''),
    }));
  }

  private async refuseProblems(trx: Transaction<LedgerDb>, record: RecordValues, selfId: number | null, prefix = ''): Promise<void> {
    const problems: FieldError[] = [
      ...checkRecord(this.entity, record),
      ...(await this.uniqueProblems(trx, record, selfId)),
      ...((await this.hooks.validate?.(record, trx, selfId)) ?? []),
    ];
    if (problems.length > 0) {
      const error = fieldErrors(problems);
      throw prefix ? new LedgerError(error.code, prefix + error.message, error.fields) : error;
    }
  }

  private async uniqueProblems(trx: Transaction<LedgerDb>, record: RecordValues, selfId: number | null): Promise<FieldError[]> {
    const problems: FieldError[] = [];
    for (const field of this.entity.fields.filter((f) => f.unique)) {
      const value = record[field.key];
      if (value === null || value === undefined) continue;
      let query = trx
        .selectFrom(this.table)
        .select(['id', this.entity.titleField])
        .where(field.key, '=', value as string)
        .where('deletedAt', 'is', null);
      if (selfId !== null) query = query.where('id', '!=', selfId);
      const other = await query.executeTakeFirst();
      if (other) {
        problems.push({
          field: field.key,
          message: `${field.label}：“${String(value)}”已被${this.entity.label}“${String(other[this.entity.titleField])}”使用`,
        });
      }
    }
    return problems;
  }

  /** Rows as they cross the bridge: meta, catalog values, computed values; personal data masked. */
  private async present(rows: Record<string, unknown>[], ctx: CoreContext): Promise<LedgerRecord[]> {
    const records = rows.map((row) => {
      const record: Record<string, unknown> = {};
      for (const key of META_COLUMNS) record[key] = row[key] ?? null;
      record['isDemo'] = row['isDemo'] === 1;
      Object.assign(record, valuesFromRow(this.entity, row));
      return record as LedgerRecord;
    });
    return this.finishPresenting(records, this.entity.fields, ctx);
  }

  /** Computed values added, then personal data in `fields` masked. */
  private async finishPresenting(records: LedgerRecord[], fields: readonly FieldDef[], ctx: CoreContext): Promise<LedgerRecord[]> {
    await this.hooks.decorate?.(records, ctx);
    for (const field of fields) {
      const kind = personalKindOf(field);
      if (!kind) continue;
      for (const record of records) {
        const value = record[field.key];
        if (typeof value === 'string') record[field.key] = maskPersonal(kind, value) as FieldValue;
      }
    }
    return records;
  }

  private notFound(id: number): LedgerError {
    return new LedgerError('NOT_FOUND', `找不到编号为${id}的${this.entity.label}（可能已被删除）。`);
  }
}
