import { sql } from 'kysely';
import type { RecordValues } from '../../../shared/domain/schema';
import type { HandlersOf } from '../handler-types';
import { allOf } from '../records/filters';
import { planService } from './service';

export const planHandlers: HandlersOf<'plans'> = {
  'plans.list': (input, ctx) => {
    const filter = allOf(
      input?.projectId !== undefined ? sql<boolean>`project_id = ${input.projectId}` : null,
      input?.clueId !== undefined ? sql<boolean>`clue_id = ${input.clueId}` : null,
    );
    return planService.list(ctx, { afterId: input?.afterId, limit: input?.limit }, filter);
  },
  'plans.get': (input, ctx) => planService.get(ctx, input.id),
  'plans.create': (input, ctx) => planService.create(ctx, input.values as RecordValues),
  'plans.update': (input, ctx) => planService.update(ctx, input.id, input.version, input.values as RecordValues),
  'plans.delete': (input, ctx) => planService.softDelete(ctx, input.id),
  'plans.restore': (input, ctx) => planService.restore(ctx, input.id),
};
