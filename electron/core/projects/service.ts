import type { Transaction } from 'kysely';
import type { LedgerRecord } from '../../../shared/contract/records';
import { toIsoDate } from '../../../shared/dates';
import { computeRequiredDeposit } from '../../../shared/domain/deposit';
import { projectEntity } from '../../../shared/domain/project';
import type { RecordValues } from '../../../shared/domain/schema';
import type { FieldError } from '../../../shared/errors';
import type { LedgerDb } from '../db/schema';
import { RecordService } from '../records/service';
import { readSettings } from '../settings/store';

/** A company is blacklisted today when it is flagged and today lies within its listed period. */
export function isBlacklistedOn(company: { blacklisted: unknown; blacklistFrom: unknown; blacklistTo: unknown }, today: string): boolean {
  if (company.blacklisted !== 1 && company.blacklisted !== true) return false;
  const from = typeof company.blacklistFrom === 'string' ? company.blacklistFrom : null;
  const to = typeof company.blacklistTo === 'string' ? company.blacklistTo : null;
  return (!from || from <= today) && (!to || today <= to);
}

async function companyRefProblems(record: RecordValues, trx: Transaction<LedgerDb>): Promise<FieldError[]> {
  const refs: { key: string; label: string; ids: number[] }[] = [
    { key: 'builderId', label: '建设单位', ids: typeof record['builderId'] === 'number' ? [record['builderId']] : [] },
    { key: 'contractorId', label: '施工总承包单位', ids: typeof record['contractorId'] === 'number' ? [record['contractorId']] : [] },
    { key: 'subcontractorIds', label: '分包单位', ids: Array.isArray(record['subcontractorIds']) ? (record['subcontractorIds'] as number[]) : [] },
  ];
  const wanted = [...new Set(refs.flatMap((r) => r.ids))];
  if (wanted.length === 0) return [];
  const live = await trx.selectFrom('companies').select('id').where('id', 'in', wanted).where('deletedAt', 'is', null).execute();
  const liveIds = new Set(live.map((row) => Number(row.id)));
  return refs
    .filter((ref) => ref.ids.some((id) => !liveIds.has(id)))
    .map((ref) => ({ field: ref.key, message: `${ref.label}：所选单位不存在或已删除，请重新选择` }));
}

/** Projects: company references must be live; the required deposit is computed on every read, never stored. */
export const projectService = new RecordService(
  { ...projectEntity, name: 'projects' },
  {
    validate: (record, trx) => companyRefProblems(record, trx),
    decorateReads: ['contractPrice', 'depositRecord', 'contractorId'],
    async decorate(records: LedgerRecord[], ctx) {
      if (records.length === 0) return;
      const { depositRules } = await readSettings(ctx.db);
      const today = toIsoDate(ctx.now());
      const contractors = await ctx.db
        .selectFrom('companies')
        .select(['id', 'blacklisted', 'blacklistFrom', 'blacklistTo'])
        .where('blacklisted', '=', 1)
        .execute();
      const blacklisted = new Set(contractors.filter((c) => isBlacklistedOn(c, today)).map((c) => Number(c.id)));
      for (const record of records) {
        const requirement = computeRequiredDeposit(
          {
            contractPriceFen: typeof record['contractPrice'] === 'number' ? record['contractPrice'] : null,
            depositRecord: typeof record['depositRecord'] === 'string' ? record['depositRecord'] : null,
            contractorBlacklisted: typeof record['contractorId'] === 'number' && blacklisted.has(record['contractorId']),
          },
          depositRules,
        );
        record['depositRequired'] = requirement.requiredFen;
        record['depositBasis'] = requirement.basis;
        record['depositExempt'] = requirement.exempt;
      }
    },
  },
);
