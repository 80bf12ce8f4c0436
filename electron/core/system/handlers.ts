import type { RecycledItem } from '../../../shared/contract/system';
import { toAuditEntry } from '../audit/query';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../handler-types';
import { checkIntegrity } from './integrity';
import { revealPersonalValue } from './reveal';
import { RECORD_SERVICES } from './services';

async function countLive(ctx: CoreContext, table: keyof typeof RECORD_SERVICES): Promise<{ live: number; deleted: number }> {
  const row = await ctx.db
    .selectFrom(table)
    .select((eb) => [eb.fn.countAll<number>().as('total'), eb.fn.count<number>('deletedAt').as('deleted')])
    .executeTakeFirstOrThrow();
  return { live: Number(row.total) - Number(row.deleted), deleted: Number(row.deleted) };
}

export const systemHandlers: HandlersOf<'system'> = {
  'system.info': async (_input, ctx) => {
    const companies = await countLive(ctx, 'companies');
    const projects = await countLive(ctx, 'projects');
    const clues = await countLive(ctx, 'clues');
    return {
      appVersion: ctx.appVersion,
      dbPath: ctx.dbPath,
      schemaVersion: ctx.schemaVersion,
      operator: ctx.operator,
      counts: { companies: companies.live, projects: projects.live, clues: clues.live, deleted: companies.deleted + projects.deleted + clues.deleted },
    };
  },

  'system.recycleBin': async (_input, ctx) => {
    const items: RecycledItem[] = [];
    for (const service of Object.values(RECORD_SERVICES)) {
      for (const item of await service.deleted(ctx.db)) {
        items.push({ entity: service.entity.name as RecycledItem['entity'], entityLabel: service.entity.label, ...item });
      }
    }
    return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  },

  'system.auditForRecord': async (input, ctx) => {
    const rows = await ctx.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entity', '=', input.entity)
      .where('entityId', '=', input.id)
      .orderBy('id', 'desc')
      .execute();
    return rows.map(toAuditEntry);
  },

  'system.reveal': (input, ctx) => revealPersonalValue(ctx, input),

  'system.checkIntegrity': (_input, ctx) => checkIntegrity(ctx.sqlite),
};
