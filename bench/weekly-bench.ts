import Database from 'better-sqlite3';
import type { WeeklyReport } from '../shared/contract/reports';
import { toIsoDate } from '../shared/dates';
import type { Ledger } from '../electron/core/ledger';
import { isoWeekOf, weekRange } from '../electron/core/reports/weeks';
import { compare, type Comparison } from './compare';

/**
 * The whole weekly statistics (周报统计: this week and the year to date, by township, with the clue figures by
 * source) as the report page asks for them — reports.weekly through ledger.call — beside better-sqlite3 running the
 * same aggregates by hand (prepared, the same GROUP BYs, no mapping) for both periods on the same file.
 */
export interface WeeklyBench extends Comparison {
  week: string;
  yearReceived: number;
  yearClosed: number;
}

const OPEN = "status NOT IN ('已办结', '已归档')";

/** The aggregates of electron/core/reports/stats.ts and clues/figures.ts for one period, written out as SQL. */
function periodStatements(db: Database.Database): (from: string, to: string, today: string) => unknown[] {
  const statements = [
    `SELECT township AS k, count(*), sum(real_name_in_place), sum(wage_account_opened), sum(bank_payroll_in_place), sum(rights_board_in_place),
       coalesce(sum(registered_workers), 0), coalesce(sum(wage_cards_issued), 0), coalesce(sum(contracts_due), 0), coalesce(sum(contracts_signed), 0),
       sum(CASE WHEN deposit_amount > 0 THEN 1 ELSE 0 END), coalesce(sum(deposit_amount), 0), coalesce(sum(gov_funds_arranged), 0)
     FROM projects WHERE deleted_at IS NULL AND status <> '已销户' GROUP BY k`,
    'SELECT township AS k, count(DISTINCT project_id) FROM inspections WHERE deleted_at IS NULL AND inspection_date BETWEEN @from AND @to GROUP BY k',
    `SELECT k, count(DISTINCT employer) FROM (SELECT i.township AS k, coalesce(i.company_id, p.contractor_id) AS employer FROM inspections i
       LEFT JOIN projects p ON p.id = i.project_id WHERE i.deleted_at IS NULL AND i.inspection_date BETWEEN @from AND @to) WHERE employer IS NOT NULL GROUP BY k`,
    `SELECT township AS k, sum(CASE WHEN found_date BETWEEN @from AND @to THEN 1 ELSE 0 END), sum(CASE WHEN closed_date BETWEEN @from AND @to THEN 1 ELSE 0 END),
       count(DISTINCT CASE WHEN found_date BETWEEN @from AND @to THEN notice_no END) FROM problems WHERE deleted_at IS NULL GROUP BY k`,
    `SELECT coalesce(township, assigned_township) AS k, sum(CASE WHEN received_date BETWEEN @from AND @to THEN 1 ELSE 0 END) AS received,
       sum(CASE WHEN closed_date BETWEEN @from AND @to THEN 1 ELSE 0 END) AS closed, sum(CASE WHEN ${OPEN} AND deadline < @today THEN 1 ELSE 0 END),
       sum(CASE WHEN case_filed = 1 AND case_filed_date BETWEEN @from AND @to THEN 1 ELSE 0 END),
       coalesce(sum(CASE WHEN closed_date BETWEEN @from AND @to THEN workers_resolved END), 0), coalesce(sum(CASE WHEN closed_date BETWEEN @from AND @to THEN amount_resolved END), 0)
     FROM clues WHERE deleted_at IS NULL GROUP BY k`,
    `SELECT township AS k, sum(CASE WHEN kind = '热线咨询' THEN count ELSE 0 END), sum(CASE WHEN kind = '调解纠纷' THEN count ELSE 0 END),
       sum(CASE WHEN kind = '宣传活动' THEN count ELSE 0 END), sum(CASE WHEN kind IN ('发放法规文本', '发放宣传资料') THEN count ELSE 0 END)
     FROM work_logs WHERE deleted_at IS NULL AND date BETWEEN @from AND @to GROUP BY k`,
    `SELECT (SELECT count(DISTINCT project_id) FROM inspections WHERE deleted_at IS NULL AND inspection_date BETWEEN @from AND @to),
       (SELECT count(DISTINCT coalesce(i.company_id, p.contractor_id)) FROM inspections i LEFT JOIN projects p ON p.id = i.project_id
         WHERE i.deleted_at IS NULL AND i.inspection_date BETWEEN @from AND @to),
       (SELECT count(DISTINCT notice_no) FROM problems WHERE deleted_at IS NULL AND found_date BETWEEN @from AND @to)`,
    `SELECT source AS k, count(*), coalesce(sum(workers_involved), 0), coalesce(sum(amount_involved), 0) FROM clues
     WHERE deleted_at IS NULL AND received_date >= @from AND received_date <= @to GROUP BY k`,
    `SELECT source AS k, count(*), coalesce(sum(closed_on_time), 0), sum(CASE WHEN satisfaction IS NOT NULL THEN 1 ELSE 0 END),
       sum(CASE WHEN satisfaction IN ('满意', '基本满意') THEN 1 ELSE 0 END), coalesce(sum(workers_resolved), 0), coalesce(sum(amount_resolved), 0)
     FROM clues WHERE deleted_at IS NULL AND closed_date >= @from AND closed_date <= @to GROUP BY k`,
    `SELECT source AS k, count(*) FROM clues WHERE deleted_at IS NULL AND ${OPEN} AND deadline < @today GROUP BY k`,
  ].map((text) => db.prepare(text));
  // better-sqlite3 refuses named parameters a statement does not use: each gets only its own
  return (from, to, today) =>
    statements.map((statement) => {
      const params: Record<string, string> = {};
      for (const [name, value] of Object.entries({ from, to, today })) if (statement.source.includes(`@${name}`)) params[name] = value;
      return statement.all(params);
    });
}

export async function benchWeekly(ledger: Ledger, runs: number): Promise<WeeklyBench> {
  const bare = new Database(ledger.ctx.dbPath, { readonly: true });
  try {
    const today = toIsoDate(ledger.ctx.now());
    const week = isoWeekOf(today);
    const range = weekRange(week);
    const yearStart = `${range.year}-01-01`;
    const yearEnd = [range.to, `${range.year}-12-31`, today].sort()[0] ?? range.to;
    const period = periodStatements(bare);
    const bareWeekly = () => [period(range.from, range.to, today), period(yearStart, yearEnd, today)];

    const report = await ledger.call('reports.weekly', { week });
    if (!report.ok) throw new Error(`reports.weekly: ${report.error.message}`);
    const { yearToDate } = report.value as WeeklyReport;
    const clueTotals = (bareWeekly()[1]?.[4] ?? []) as { received: number; closed: number }[];
    const bareReceived = clueTotals.reduce((sum, row) => sum + row.received, 0);
    if (bareReceived !== yearToDate.total.cluesReceived) throw new Error(`weekly: core counts ${yearToDate.total.cluesReceived} clues received this year, bare ${bareReceived}`);

    const timing = await compare(() => ledger.call('reports.weekly', { week }), bareWeekly, { runs });
    return { ...timing, week, yearReceived: yearToDate.total.cluesReceived, yearClosed: yearToDate.total.cluesClosed };
  } finally {
    bare.close();
  }
}
