import { WARNING_KINDS, type WarningKind } from '../../../shared/contract/warnings';
import { untilLedgerChanges } from '../cache/until-change';
import type { HandlersOf } from '../handler-types';
import { readSettings } from '../settings/store';
import { allWarnings } from './rules';

export const warningHandlers: HandlersOf<'warnings'> = {
  'warnings.list': async (input, ctx) => {
    const warnings = await allWarnings(ctx, await readSettings(ctx.db));
    return input?.kind ? warnings.filter((w) => w.kind === input.kind) : warnings;
  },
  'warnings.counts': (_input, ctx) =>
    untilLedgerChanges(ctx, 'warnings.counts', async () => {
      const counts = Object.fromEntries(WARNING_KINDS.map((w) => [w.kind, 0])) as Record<WarningKind, number>;
      for (const warning of await allWarnings(ctx, await readSettings(ctx.db))) counts[warning.kind]++;
      return counts;
    }),
};
