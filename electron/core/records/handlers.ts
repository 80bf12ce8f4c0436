import type { CoreContext } from '../context';
import type { HandlersOf } from '../handler-types';
import type { RecordService } from './service';

/** The contract's six record methods for an entity, served by its RecordService. */
export function recordHandlers<P extends 'companies' | 'projects' | 'workLogs'>(prefix: P, service: RecordService): HandlersOf<P> {
  const handlers = {
    [`${prefix}.list`]: (input: { afterId?: number; limit?: number } | undefined, ctx) => service.list(ctx, input ?? {}),
    [`${prefix}.get`]: (input: { id: number }, ctx) => service.get(ctx, input.id),
    [`${prefix}.create`]: (input: { values: Record<string, never> }, ctx) => service.create(ctx, input.values),
    [`${prefix}.update`]: (input: { id: number; version: number; values: Record<string, never> }, ctx) =>
      service.update(ctx, input.id, input.version, input.values),
    [`${prefix}.delete`]: (input: { id: number }, ctx) => service.softDelete(ctx, input.id),
    [`${prefix}.restore`]: (input: { id: number }, ctx) => service.restore(ctx, input.id),
  } satisfies Record<string, (input: never, ctx: CoreContext) => unknown>;
  return handlers as unknown as HandlersOf<P>;
}
