import type { RecordValues } from '../../../shared/domain/schema';
import type { HandlersOf } from '../handler-types';
import { inspectionFigures } from './figures';
import { proposeProblems } from './propose';
import { inspectionService } from './service';

export const inspectionHandlers: HandlersOf<'inspections'> = {
  'inspections.list': (input, ctx) => inspectionService.list(ctx, input ?? {}),
  'inspections.get': (input, ctx) => inspectionService.get(ctx, input.id),
  'inspections.create': (input, ctx) => inspectionService.create(ctx, input.values as RecordValues),
  'inspections.update': (input, ctx) => inspectionService.update(ctx, input.id, input.version, input.values as RecordValues),
  'inspections.delete': (input, ctx) => inspectionService.softDelete(ctx, input.id),
  'inspections.restore': (input, ctx) => inspectionService.restore(ctx, input.id),
  'inspections.proposeProblems': (input, ctx) => proposeProblems(ctx, input.id),
  'inspections.figures': (input, ctx) => inspectionFigures(ctx, input.from, input.to),
};
