import Database from 'better-sqlite3';
import type { AuditPage } from '../shared/contract/audit';
import type { Ledger } from '../electron/core/ledger';
import { compare, type Comparison } from './compare';
import { RARE_CLERK } from './seed-roster';

/**
 * The 审计日志 page on the full log (over 500,000 rows): what it waits for when it opens or a filter changes — the
 * first block (audit.page, 200 rows, personal data masked) and the count that sizes the scrollbar (audit.count) —
 * through ledger.call, beside better-sqlite3 running the same SELECTs (prepared, no mapping) on the same file.
 */
export interface AuditCase extends Comparison {
  filter: Record<string, string>;
  rows: number;
  total: number;
}

export interface AuditBench {
  auditRows: number;
  cases: Record<string, AuditCase>;
}

/** The audit page's block size (renderer/features/audit/auditDatasource.ts). */
const BLOCK = 200;

/** UTC bounds of local (UTC+8) calendar days, as the core computes them. */
const dayStart = (isoDate: string) => new Date(Date.parse(`${isoDate}T00:00:00+08:00`)).toISOString();
const dayEnd = (isoDate: string) => new Date(Date.parse(`${isoDate}T00:00:00+08:00`) + 86_400_000).toISOString();

export async function benchAudit(ledger: Ledger, runs: number): Promise<AuditBench> {
  const bare = new Database(ledger.ctx.dbPath, { readonly: true });
  try {
    const auditRows = (bare.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    // a month of last year (the date filter) and the busiest recent day (the big roster's import)
    const lastYear = Number(new Date().toISOString().slice(0, 4)) - 1;
    const month = { from: `${lastYear}-03-01`, to: `${lastYear}-03-31` };
    const busiest = (bare.prepare('SELECT substr(at, 1, 10) AS day FROM audit_log ORDER BY id DESC LIMIT 1').get() as { day: string }).day;
    const select = (where: string, order = 'id DESC') => ({
      page: bare.prepare(`SELECT * FROM audit_log ${where} ORDER BY ${order} LIMIT ${BLOCK}`),
      count: bare.prepare(`SELECT count(*) AS n FROM audit_log ${where}`),
    });
    const cases: { name: string; filter: Record<string, string>; sql: ReturnType<typeof select>; params: unknown[] }[] = [
      { name: 'first page (no filter)', filter: {}, sql: select(''), params: [] },
      { name: `by account (${RARE_CLERK}, about 1% of rows)`, filter: { operator: RARE_CLERK }, sql: select("WHERE operator LIKE ? ESCAPE '\\'"), params: [`%${RARE_CLERK}%`] },
      {
        name: `by date range (${month.from} to ${month.to})`,
        filter: month,
        sql: select('WHERE at >= ? AND at < ?', 'at DESC, id DESC'),
        params: [dayStart(month.from), dayEnd(month.to)],
      },
      {
        name: `by date, the busiest day (${busiest}, the big roster's import)`,
        filter: { from: busiest, to: busiest },
        sql: select('WHERE at >= ? AND at < ?', 'at DESC, id DESC'),
        params: [dayStart(busiest), dayEnd(busiest)],
      },
      { name: 'by kind of change (删除, none)', filter: { action: 'delete' }, sql: select('WHERE action = ?'), params: ['delete'] },
    ];

    const results: Record<string, AuditCase> = {};
    for (const { name, filter, sql, params } of cases) {
      const first = await ledger.call('audit.page', { filter, limit: BLOCK });
      const counted = await ledger.call('audit.count', { filter });
      if (!first.ok || !counted.ok) throw new Error(`audit ${name}: ${first.ok ? '' : first.error.message}${counted.ok ? '' : counted.error.message}`);
      const total = (counted.value as { total: number }).total;
      const bareTotal = (sql.count.get(...params) as { n: number }).n;
      if (total !== bareTotal) throw new Error(`audit ${name}: core counts ${total}, bare ${bareTotal}`);
      const timing = await compare(
        async () => {
          await ledger.call('audit.page', { filter, limit: BLOCK });
          await ledger.call('audit.count', { filter });
        },
        () => {
          sql.page.all(...params);
          sql.count.get(...params);
        },
        { runs },
      );
      results[name] = { ...timing, filter, rows: (first.value as AuditPage).rows.length, total };
    }
    return { auditRows, cases: results };
  } finally {
    bare.close();
  }
}
