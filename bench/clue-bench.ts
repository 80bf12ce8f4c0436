import Database from 'better-sqlite3';
import type { ClueFigures, ClueRecord, LedgerRecord } from '../shared/contract';
import { WorkdayCalendar } from '../shared/calendar/workdays';
import { toIsoDate } from '../shared/dates';
import type { Ledger } from '../electron/core/ledger';
import { dueContext } from '../electron/core/clues/due';
import { viewCounts } from '../electron/core/clues/views';
import { readSettings } from '../electron/core/settings/store';
import { compare, type Comparison } from './compare';
import { round, summarize, type Timing } from './stats';

/**
 * The clue paths a clerk waits on (issues 3 and 9), each as the core serves it through ledger.call (input parsing,
 * SQL, computed deadline states, masking) beside better-sqlite3 running hand-written SQL for the same result on
 * the same file: prepared statements, no mapping.
 */
export interface ClueBench {
  /** the calls the 线索台账 page makes when it opens, each timed in-process (median of 5): where its first page's time goes */
  pageOpenCalls: Record<string, Timing>;
  listTodo: Comparison & { rows: number; jsonKB: number };
  viewCounts: Comparison & { counts: Record<string, number> };
  rosterPage: Comparison & { rows: number; afterId: number };
  figures: Comparison & { year: string; received: number; closed: number };
  act: Comparison & { clueId: number; bareClueId: number; actions: string };
}

const OPEN = "status NOT IN ('已办结', '已归档')";

async function value<T>(ledger: Ledger, method: string, input: unknown): Promise<T> {
  const result = await ledger.call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return result.value as T;
}

export async function benchClueReads(ledger: Ledger, rosterClueId: number, runs: number): Promise<Omit<ClueBench, 'act'>> {
  const bare = new Database(ledger.ctx.dbPath, { readonly: true });
  try {
    // 待办, first page: what the clue grid asks for first
    const todoPage = bare.prepare(`SELECT * FROM clues WHERE deleted_at IS NULL AND ${OPEN} ORDER BY id LIMIT 100`);
    const firstPage = await value<ClueRecord[]>(ledger, 'clues.list', { view: 'todo', limit: 100 });
    const listTodo = await compare(() => ledger.call('clues.list', { view: 'todo', limit: 100 }), () => todoPage.all(), { runs });

    // the count on every saved view, in one pass
    const settings = await readSettings(ledger.ctx.db);
    const today = toIsoDate(ledger.ctx.now());
    const dueSoonLimit = new WorkdayCalendar(settings.workCalendars).addWorkdays(today, settings.dueSoonWorkdays);
    const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
    const monday = new Date(Date.parse(`${today}T00:00:00Z`) - weekday * 86_400_000).toISOString().slice(0, 10);
    const sunday = new Date(Date.parse(`${monday}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
    const countsSql = bare.prepare(`SELECT
        sum(${OPEN}) AS todo,
        sum(${OPEN} AND deadline >= @today AND deadline <= @dueSoonLimit) AS dueSoon,
        sum(${OPEN} AND deadline < @today) AS overdue,
        sum(supervised = 1) AS supervised,
        sum(leader_owned = 1) AS leaderOwned,
        sum(received_date >= @monday AND received_date <= @sunday) AS newThisWeek,
        sum(status IN ('已办结', '已归档')) AS closed,
        count(*) AS "all"
      FROM clues WHERE deleted_at IS NULL`);
    const params = { today, dueSoonLimit, monday, sunday };
    const counts = await value<Record<string, number>>(ledger, 'clues.viewCounts', {});
    const bareCounts = countsSql.get(params) as Record<string, number>;
    if (JSON.stringify(counts) !== JSON.stringify(bareCounts)) throw new Error(`view counts differ: core ${JSON.stringify(counts)}, bare ${JSON.stringify(bareCounts)}`);
    // the counts as worked out whenever the ledger or the day has changed: the handler remembers its answer until then
    // (electron/core/cache/until-change.ts), so timing the call itself would time a lookup
    const computeCounts = async () => viewCounts(ledger.ctx, dueContext(ledger.ctx, await readSettings(ledger.ctx.db)));
    const viewCountsTiming = await compare(computeCounts, () => countsSql.get(params), { runs });

    // a page of a 10,000-worker roster, from the middle (where scrolling fetches)
    const afterId = (bare.prepare('SELECT id FROM clue_workers WHERE clue_id = ? AND deleted_at IS NULL ORDER BY id LIMIT 1 OFFSET 5000').get(rosterClueId) as { id: number }).id;
    const rosterSql = bare.prepare('SELECT * FROM clue_workers WHERE deleted_at IS NULL AND clue_id = ? AND id > ? ORDER BY id LIMIT 500');
    const page = await value<LedgerRecord[]>(ledger, 'clueWorkers.list', { clueId: rosterClueId, afterId, limit: 500 });
    const rosterPage = await compare(() => ledger.call('clueWorkers.list', { clueId: rosterClueId, afterId, limit: 500 }), () => rosterSql.all(rosterClueId, afterId), { runs });

    // the year's figures by source: received, closed, on time, satisfaction, workers and money, overdue now
    const year = today.slice(0, 4);
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const receivedSql = bare.prepare(
      `SELECT source, count(*) AS received, coalesce(sum(workers_involved), 0) AS workers, coalesce(sum(amount_involved), 0) AS amount
       FROM clues WHERE deleted_at IS NULL AND received_date >= ? AND received_date <= ? GROUP BY source`,
    );
    const closedSql = bare.prepare(
      `SELECT source, count(*) AS closed, coalesce(sum(closed_on_time), 0) AS onTime, sum(satisfaction IS NOT NULL) AS followedUp,
              sum(satisfaction IN ('满意', '基本满意')) AS satisfied, coalesce(sum(workers_resolved), 0) AS workers, coalesce(sum(amount_resolved), 0) AS amount
       FROM clues WHERE deleted_at IS NULL AND closed_date >= ? AND closed_date <= ? GROUP BY source`,
    );
    const overdueSql = bare.prepare(`SELECT source, count(*) AS overdue FROM clues WHERE deleted_at IS NULL AND ${OPEN} AND deadline < ? GROUP BY source`);
    const bareFigures = () => [receivedSql.all(from, to), closedSql.all(from, to), overdueSql.all(today)];
    const yearFigures = await value<ClueFigures>(ledger, 'clues.figures', { from, to, groupBy: 'source' });
    const figures = await compare(() => ledger.call('clues.figures', { from, to, groupBy: 'source' }), bareFigures, { runs });

    const pageOpenCalls: Record<string, Timing> = {};
    for (const [method, input] of [
      ['settings.get', {}],
      ['system.info', {}],
      ['companies.list', {}],
      ['projects.list', {}],
      ['clues.list', { view: 'todo', limit: 100 }],
      ['clues.viewCounts', {}],
    ] as const) {
      const samples: number[] = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        await value(ledger, method, input);
        samples.push(performance.now() - started);
      }
      pageOpenCalls[method] = summarize(samples);
    }

    return {
      pageOpenCalls,
      listTodo: { ...listTodo, rows: firstPage.length, jsonKB: round(Buffer.byteLength(JSON.stringify(firstPage)) / 1024, 1) },
      viewCounts: { ...viewCountsTiming, counts },
      rosterPage: { ...rosterPage, rows: page.length, afterId },
      figures: { ...figures, year, received: yearFigures.total.received, closed: yearFigures.total.closed },
    };
  } finally {
    bare.close();
  }
}

/**
 * One workflow save: clues.act (parse, state table, update, progress-log entry, audit row, the clue read back),
 * alternating 退回重办 and 反馈结果 on a clue at 已反馈. Beside it, on a second connection to the same file (WAL,
 * synchronous=FULL), another clue at 已反馈 moved the same way with a prepared UPDATE and the two INSERTs (progress
 * log, audit) in one transaction.
 */
export async function benchClueAct(ledger: Ledger, runs: number): Promise<ClueBench['act']> {
  const sqlite = ledger.ctx.sqlite;
  const [ours, theirs] = sqlite.prepare("SELECT id, version FROM clues WHERE status = '已反馈' AND deleted_at IS NULL ORDER BY id DESC LIMIT 2").all() as { id: number; version: number }[];
  if (!ours || !theirs) throw new Error('benchClueAct: no two clues at 已反馈');
  const today = toIsoDate(ledger.ctx.now());

  let version = ours.version;
  let back = true;
  const oursAct = async (): Promise<void> => {
    const input = back
      ? { id: ours.id, version, action: 'sendBack', date: today, note: '反馈材料不全，退回重办' }
      : { id: ours.id, version, action: 'feedback', date: today, conclusion: '已达成协议', note: '已补充工资支付凭证' };
    const record = await value<ClueRecord>(ledger, 'clues.act', input);
    version = record.version;
    back = !back;
  };

  const bare = new Database(ledger.ctx.dbPath);
  try {
    bare.pragma('journal_mode = WAL');
    bare.pragma('synchronous = FULL');
    bare.pragma('foreign_keys = ON');
    const update = bare.prepare('UPDATE clues SET status = ?, feedback_date = ?, last_progress_date = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?');
    const event = bare.prepare('INSERT INTO clue_events (clue_id, date, action, from_state, to_state, note, operator, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const audit = bare.prepare("INSERT INTO audit_log (at, operator, entity, entity_id, action, before_json, after_json) VALUES (?, ?, 'clues', ?, 'workflow', ?, ?)");
    let bareBack = true;
    const bareAct = bare.transaction(() => {
      const at = new Date().toISOString();
      const [from, to, action] = bareBack ? ['已反馈', '核处中', '退回重办'] : ['核处中', '已反馈', '反馈结果'];
      update.run(to, bareBack ? null : today, today, at, '基准测试', theirs.id);
      event.run(theirs.id, today, action, from, to, bareBack ? '反馈材料不全，退回重办' : '核处结论：已达成协议', '基准测试', at);
      audit.run(at, '基准测试', theirs.id, JSON.stringify({ status: from }), JSON.stringify({ 办理操作: action, status: to }));
      bareBack = !bareBack;
    });
    const timing = await compare(oursAct, () => bareAct(), { runs, warmup: 20, block: 50 });
    return { ...timing, clueId: ours.id, bareClueId: theirs.id, actions: '退回重办 / 反馈结果, alternating' };
  } finally {
    bare.close();
  }
}
