import type { ClueRecord } from '../../../shared/contract/clues';
import type { RecordValues } from '../../../shared/domain/schema';
import { untilLedgerChanges } from '../cache/until-change';
import type { HandlersOf } from '../handler-types';
import { readSettings } from '../settings/store';
import { clueDetail } from './detail';
import { dueContext } from './due';
import { clueFigures } from './figures';
import { pickClues } from './pick';
import { clueService } from './service';
import { viewCondition, viewCounts } from './views';
import { recordAttendance, recordProgress } from './progress';
import { actOnClue, setClueFlag } from './workflow';

export const clueHandlers: HandlersOf<'clues'> = {
  'clues.list': async (input, ctx) => {
    const filter = input?.view ? viewCondition(input.view, dueContext(ctx, await readSettings(ctx.db))) : undefined;
    return (await clueService.list(ctx, { afterId: input?.afterId, limit: input?.limit }, filter)) as ClueRecord[];
  },
  'clues.get': (input, ctx) => clueService.get(ctx, input.id),
  'clues.create': (input, ctx) => clueService.create(ctx, input.values as RecordValues),
  'clues.update': (input, ctx) => clueService.update(ctx, input.id, input.version, input.values as RecordValues),
  'clues.delete': (input, ctx) => clueService.softDelete(ctx, input.id),
  'clues.restore': (input, ctx) => clueService.restore(ctx, input.id),
  'clues.pick': (input, ctx) => pickClues(ctx, input ?? {}),
  'clues.viewCounts': (_input, ctx) => untilLedgerChanges(ctx, 'clues.viewCounts', async () => viewCounts(ctx, dueContext(ctx, await readSettings(ctx.db)))),
  'clues.detail': (input, ctx) => clueDetail(ctx, input.id),
  'clues.act': (input, ctx) => actOnClue(ctx, input),
  'clues.setFlag': (input, ctx) => setClueFlag(ctx, input),
  'clues.addProgress': (input, ctx) => ctx.db.transaction().execute((trx) => recordProgress(trx, ctx, input)),
  'clues.addAttendance': (input, ctx) => ctx.db.transaction().execute((trx) => recordAttendance(trx, ctx, input)),
  'clues.figures': (input, ctx) => clueFigures(ctx, input.from, input.to, input.groupBy ?? 'none'),
};
