import { sql } from 'kysely';
import type { RecordValues } from '../../../shared/domain/schema';
import { LedgerError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { clueService } from '../clues/service';
import type { HandlersOf } from '../handler-types';
import { parseRosterRows } from './import';
import { afterIdAtPosition } from './positions';
import { clueWorkerService } from './service';

/** A roster can only change while its clue is live and not archived. */
async function requireOpenClue(ctx: CoreContext, clueId: number): Promise<void> {
  const clue = await clueService.liveRow(ctx.db, clueId);
  if (clue['status'] === '已归档') throw new LedgerError('TRANSITION_REFUSED', '已归档的线索不能修改名单。');
}

export const clueWorkerHandlers: HandlersOf<'clueWorkers'> = {
  'clueWorkers.list': async (input, ctx) => {
    const afterId = input.position === undefined ? input.afterId : afterIdAtPosition(ctx.sqlite, input.clueId, input.position);
    if (afterId === null) return []; // past the end of the roster
    return clueWorkerService.list(ctx, { afterId, limit: input.limit }, sql<boolean>`clue_id = ${input.clueId}`);
  },
  'clueWorkers.get': (input, ctx) => clueWorkerService.get(ctx, input.id),
  'clueWorkers.create': async (input, ctx) => {
    await requireOpenClue(ctx, input.clueId);
    return clueWorkerService.create(ctx, input.values as RecordValues, { parent: { clueId: input.clueId } });
  },
  'clueWorkers.update': (input, ctx) => clueWorkerService.update(ctx, input.id, input.version, input.values as RecordValues),
  'clueWorkers.delete': (input, ctx) => clueWorkerService.softDelete(ctx, input.id),
  'clueWorkers.restore': (input, ctx) => clueWorkerService.restore(ctx, input.id),
  'clueWorkers.importRows': async (input, ctx) => {
    await requireOpenClue(ctx, input.clueId);
    const existing = await ctx.db
      .selectFrom('clueWorkers')
      .select('idNumber')
      .where('clueId', '=', input.clueId)
      .where('deletedAt', 'is', null)
      .where('idNumber', 'is not', null)
      .execute();
    const rows = parseRosterRows(input.rows, new Set(existing.map((row) => String(row['idNumber']))));
    await ctx.db.transaction().execute(async (trx) => {
      for (const values of rows) await clueWorkerService.insert(trx, ctx, values, false, { clueId: input.clueId });
    });
    return { imported: rows.length };
  },
};
