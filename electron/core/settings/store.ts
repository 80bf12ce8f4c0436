import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { settingsPatchSchema } from '../../../shared/contract/settings';
import { DEFAULT_SETTINGS, type LedgerSettings } from '../../../shared/domain/settings';
import { writeAudit } from '../audit/audit';
import { timestamp, type CoreContext } from '../context';
import type { LedgerDb } from '../db/schema';

type SettingsKey = keyof LedgerSettings;
export type SettingsPatch = z.output<typeof settingsPatchSchema>;

/** Settings are stored one JSON value per key; keys never saved fall back to the defaults. */
export async function readSettings(db: Kysely<LedgerDb>): Promise<LedgerSettings> {
  const rows = await db.selectFrom('settings').selectAll().execute();
  const settings = structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>;
  for (const row of rows) {
    if (row.key in DEFAULT_SETTINGS) settings[row.key] = JSON.parse(row.value);
  }
  return settings as unknown as LedgerSettings;
}

/** Merges a patch over the stored settings in one transaction, with an audit row listing what changed. */
export async function updateSettings(ctx: CoreContext, patch: SettingsPatch): Promise<LedgerSettings> {
  await ctx.db.transaction().execute((trx) => applySettingsPatch(trx, ctx, patch));
  return readSettings(ctx.db);
}

/** The body of updateSettings, inside a caller's transaction (the demo writes settings and records in one). */
export async function applySettingsPatch(trx: Transaction<LedgerDb>, ctx: CoreContext, patch: SettingsPatch): Promise<void> {
  const current = await readSettings(trx);
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch) as [SettingsKey, unknown][]) {
    if (value === undefined || JSON.stringify(current[key]) === JSON.stringify(value)) continue;
    before[key] = current[key];
    after[key] = value;
    await trx
      .insertInto('settings')
      .values({ key, value: JSON.stringify(value) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
      .execute();
  }
  if (Object.keys(after).length > 0) {
    await writeAudit(trx, ctx.operator, timestamp(ctx), { entity: 'settings', entityId: 0, action: 'settings', before, after });
  }
}
