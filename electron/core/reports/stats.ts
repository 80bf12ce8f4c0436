import { sql, type RawBuilder } from 'kysely';
import type { StatsPeriod, StatsTable, TownshipStats } from '../../../shared/contract/reports';
import { toIsoDate } from '../../../shared/dates';
import { formatRate } from '../../../shared/rates';
import { clueFigures } from '../clues/figures';
import { OPEN_CLUE } from '../clues/views';
import type { CoreContext } from '../context';
import { readSettings } from '../settings/store';

/** Records without a township are the county's own work. */
export const COUNTY_LEVEL = '县本级';

type Counts = Omit<TownshipStats, 'township' | `${string}Rate`>;

const ZERO: Counts = {
  projectsUnderway: 0, realNameInPlace: 0, wageAccountOpened: 0, bankPayrollInPlace: 0, rightsBoardInPlace: 0, registeredWorkers: 0,
  wageCardsIssued: 0, contractsDue: 0, contractsSigned: 0, depositProjects: 0, depositFen: 0, govFundsArrangedFen: 0,
  projectsInspected: 0, employersInspected: 0, problemsFound: 0, problemsRectified: 0, noticesIssued: 0,
  cluesReceived: 0, cluesClosed: 0, cluesOverdue: 0, casesOpened: 0, workersResolved: 0, amountResolvedFen: 0,
  consultations: 0, disputesMediated: 0, publicityEvents: 0, materialsHandedOut: 0,
};

/** Runs one grouped query (column `k` = township) and adds its numeric columns into the per-township counts. */
async function addGrouped(ctx: CoreContext, into: Map<string, Counts>, query: RawBuilder<Record<string, unknown>>): Promise<void> {
  const { rows } = await query.execute(ctx.db);
  for (const row of rows) {
    const township = row['k'] == null || row['k'] === '' ? COUNTY_LEVEL : String(row['k']);
    const counts = into.get(township) ?? { ...ZERO };
    const sums = counts as unknown as Record<string, number>;
    for (const [name, value] of Object.entries(row)) if (name !== 'k') sums[name] = (sums[name] ?? 0) + Number(value ?? 0);
    into.set(township, counts);
  }
}

/**
 * Every figure of the weekly report for one period, per township with a 合计 row — defined once, here, and used by
 * the report page, the workbook, the dashboard and `ledger report weekly`. All by SQL aggregation; money in fen.
 */
export async function statsTable(ctx: CoreContext, period: StatsPeriod): Promise<StatsTable> {
  const { from, to } = period;
  const today = toIsoDate(ctx.now());
  const byTownship = new Map<string, Counts>();
  const add = (query: RawBuilder<Record<string, unknown>>) => addGrouped(ctx, byTownship, query);

  // the project register as it stands: every live project not yet 已销户
  await add(sql`
    SELECT township AS k, count(*) AS "projectsUnderway",
      sum(real_name_in_place) AS "realNameInPlace", sum(wage_account_opened) AS "wageAccountOpened",
      sum(bank_payroll_in_place) AS "bankPayrollInPlace", sum(rights_board_in_place) AS "rightsBoardInPlace",
      coalesce(sum(registered_workers), 0) AS "registeredWorkers", coalesce(sum(wage_cards_issued), 0) AS "wageCardsIssued",
      coalesce(sum(contracts_due), 0) AS "contractsDue", coalesce(sum(contracts_signed), 0) AS "contractsSigned",
      sum(CASE WHEN deposit_amount > 0 THEN 1 ELSE 0 END) AS "depositProjects", coalesce(sum(deposit_amount), 0) AS "depositFen",
      coalesce(sum(gov_funds_arranged), 0) AS "govFundsArrangedFen"
    FROM projects WHERE deleted_at IS NULL AND status <> '已销户' GROUP BY k`);

  // inspections and rectification in the period
  await add(sql`
    SELECT township AS k, count(DISTINCT project_id) AS "projectsInspected"
    FROM inspections WHERE deleted_at IS NULL AND inspection_date BETWEEN ${from} AND ${to} GROUP BY k`);
  await add(sql`
    SELECT k, count(DISTINCT employer) AS "employersInspected" FROM (
      SELECT i.township AS k, coalesce(i.company_id, p.contractor_id) AS employer
      FROM inspections i LEFT JOIN projects p ON p.id = i.project_id
      WHERE i.deleted_at IS NULL AND i.inspection_date BETWEEN ${from} AND ${to}
    ) WHERE employer IS NOT NULL GROUP BY k`);
  await add(sql`
    SELECT township AS k,
      sum(CASE WHEN found_date BETWEEN ${from} AND ${to} THEN 1 ELSE 0 END) AS "problemsFound",
      sum(CASE WHEN closed_date BETWEEN ${from} AND ${to} THEN 1 ELSE 0 END) AS "problemsRectified",
      count(DISTINCT CASE WHEN found_date BETWEEN ${from} AND ${to} THEN notice_no END) AS "noticesIssued"
    FROM problems WHERE deleted_at IS NULL GROUP BY k`);

  // clues: received and closed in the period, cases opened in it, overdue today — one query per figure, so each reads
  // only its index range instead of all 100,000 clues
  const clueTownship = sql`coalesce(township, assigned_township)`;
  await add(sql`
    SELECT ${clueTownship} AS k, count(*) AS "cluesReceived"
    FROM clues WHERE deleted_at IS NULL AND received_date BETWEEN ${from} AND ${to} GROUP BY k`);
  await add(sql`
    SELECT ${clueTownship} AS k, count(*) AS "cluesClosed",
      coalesce(sum(workers_resolved), 0) AS "workersResolved", coalesce(sum(amount_resolved), 0) AS "amountResolvedFen"
    FROM clues WHERE deleted_at IS NULL AND closed_date BETWEEN ${from} AND ${to} GROUP BY k`);
  await add(sql`
    SELECT ${clueTownship} AS k, count(*) AS "cluesOverdue"
    FROM clues WHERE deleted_at IS NULL AND ${OPEN_CLUE} AND deadline < ${today} GROUP BY k`);
  await add(sql`
    SELECT ${clueTownship} AS k, count(*) AS "casesOpened"
    FROM clues WHERE deleted_at IS NULL AND case_filed = 1 AND case_filed_date BETWEEN ${from} AND ${to} GROUP BY k`);

  // the daily work log
  await add(sql`
    SELECT township AS k,
      sum(CASE WHEN kind = '热线咨询' THEN count ELSE 0 END) AS "consultations",
      sum(CASE WHEN kind = '调解纠纷' THEN count ELSE 0 END) AS "disputesMediated",
      sum(CASE WHEN kind = '宣传活动' THEN count ELSE 0 END) AS "publicityEvents",
      sum(CASE WHEN kind IN ('发放法规文本', '发放宣传资料') THEN count ELSE 0 END) AS "materialsHandedOut"
    FROM work_logs WHERE deleted_at IS NULL AND date BETWEEN ${from} AND ${to} GROUP BY k`);

  const { townships } = await readSettings(ctx.db);
  for (const township of townships) if (!byTownship.has(township)) byTownship.set(township, { ...ZERO });
  const order = (name: string) => (name === COUNTY_LEVEL ? Number.MAX_SAFE_INTEGER : townships.includes(name) ? townships.indexOf(name) : townships.length);
  const names = [...byTownship.keys()].sort((a, b) => order(a) - order(b) || a.localeCompare(b, 'zh-CN'));

  const total = { ...ZERO };
  for (const counts of byTownship.values()) for (const key of Object.keys(ZERO) as (keyof Counts)[]) total[key] += counts[key];
  // distinct counts do not add up across townships: the total counts them once over the whole county
  Object.assign(total, await countyWideDistincts(ctx, from, to));

  const bySource = (await clueFigures(ctx, from, to, 'source')).rows;
  return { period, rows: names.map((name) => withRates(name, byTownship.get(name) ?? ZERO)), total: withRates('合计', total), bySource };
}

async function countyWideDistincts(ctx: CoreContext, from: string, to: string): Promise<Pick<Counts, 'projectsInspected' | 'employersInspected' | 'noticesIssued'>> {
  const { rows } = await sql<{ projectsInspected: number; employersInspected: number; noticesIssued: number }>`
    SELECT
      (SELECT count(DISTINCT project_id) FROM inspections WHERE deleted_at IS NULL AND inspection_date BETWEEN ${from} AND ${to}) AS "projectsInspected",
      (SELECT count(DISTINCT coalesce(i.company_id, p.contractor_id)) FROM inspections i LEFT JOIN projects p ON p.id = i.project_id
        WHERE i.deleted_at IS NULL AND i.inspection_date BETWEEN ${from} AND ${to}) AS "employersInspected",
      (SELECT count(DISTINCT notice_no) FROM problems WHERE deleted_at IS NULL AND found_date BETWEEN ${from} AND ${to}) AS "noticesIssued"`.execute(ctx.db);
  const row = rows[0];
  return { projectsInspected: Number(row?.projectsInspected ?? 0), employersInspected: Number(row?.employersInspected ?? 0), noticesIssued: Number(row?.noticesIssued ?? 0) };
}

function withRates(township: string, c: Counts): TownshipStats {
  return {
    township,
    ...c,
    realNameRate: formatRate(c.realNameInPlace, c.projectsUnderway),
    wageAccountRate: formatRate(c.wageAccountOpened, c.projectsUnderway),
    bankPayrollRate: formatRate(c.bankPayrollInPlace, c.projectsUnderway),
    rightsBoardRate: formatRate(c.rightsBoardInPlace, c.projectsUnderway),
    contractRate: formatRate(c.contractsSigned, c.contractsDue),
    closureRate: formatRate(c.cluesClosed, c.cluesReceived),
  };
}
