import { formatYearlyNumber } from '../electron/core/sequences';
import type { Ledger } from '../electron/core/ledger';
import { SeededRandom } from '../electron/core/demo/random';
import { BENCH_CLERKS, RARE_CLERK, RosterWriter, type RosterSeeding } from './seed-roster';

/**
 * 100,000 clues for the benchmark, cloned from the demo county's 403 (which the workflow wrote, so every column is
 * filled the way the core fills it: number, state, assignment, deadline, outcome, flags). Closed clones are spread
 * over the last three years; the open ones keep their template's dates, so the saved views (待办, 已超期, 即将超期)
 * hold what a county's would. Written in received order — the order a clerk registers them — with one prepared
 * INSERT each for the clue, its 登记 entry and a compact audit row (dated the day it was registered, by one of the
 * clerks), in one transaction. Yearly numbers continue the demo's and the sequences are moved on, so a clue
 * registered afterwards gets the next number.
 *
 * Rosters, `rosterSize` workers in all (valid ID numbers, each with its audit row, bench/seed-roster.ts): every 10th
 * clone gets the few workers it involves (up to 20, `ROSTER_SPREAD` in all), and one open clue — a big group complaint
 * — the rest, for the roster paging and scrolling paths; then `PAYMENTS` of the big roster's workers are marked paid
 * (an 'update' audit row each), so the audit log holds well over 500,000 rows of several kinds and clerks.
 */
export interface ClueSeeding {
  clues: number;
  seconds: number;
  rowsPerSecond: number;
  rosterClueId: number;
  rosterWorkers: number;
  roster: RosterSeeding;
  auditRows: number;
}

const ROSTER_SPREAD = 40_000;
const PAYMENTS = 100_000;

const DATE_COLUMNS = ['received_date', 'assigned_date', 'deadline', 'feedback_date', 'closed_date', 'supervised_date', 'police_referral_date', 'arbitration_date', 'last_progress_date'];
const CLOSED = new Set(['已办结', '已归档']);
const DAY_MS = 86_400_000;

const shift = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);

export function seedClues(ledger: Ledger, total: number, rosterSize: number): ClueSeeding {
  const started = performance.now();
  const sqlite = ledger.ctx.sqlite;
  const random = new SeededRandom(9_000_001);
  const templates = sqlite.prepare('SELECT * FROM clues WHERE deleted_at IS NULL ORDER BY id').all() as Record<string, unknown>[];
  if (templates.length === 0) throw new Error('seedClues: install the demo county first');
  const columns = Object.keys(templates[0] ?? {}).filter((column) => column !== 'id');
  const insert = sqlite.prepare(`INSERT INTO clues (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  const event = sqlite.prepare("INSERT INTO clue_events (clue_id, date, action, from_state, to_state, note, operator, at) VALUES (?, ?, '登记', NULL, '待受理', ?, ?, ?)");
  const roster = new RosterWriter(sqlite, random);
  const at = new Date().toISOString();
  const operator = ledger.ctx.operator;

  // which template each clone copies and how many days back it moves; then in received order
  const extra = total - templates.length;
  const clones = Array.from({ length: extra }, (_, i) => {
    const template = templates[i % templates.length] as Record<string, unknown>;
    const back = CLOSED.has(String(template['status'])) ? random.int(0, 3 * 365) : 0;
    return { template, back, received: shift(String(template['received_date']), back) };
  }).sort((a, b) => a.received.localeCompare(b.received));

  const sequences = new Map<number, number>();
  for (const row of sqlite.prepare("SELECT year, last FROM sequences WHERE name = 'clue'").all() as { year: number; last: number }[]) sequences.set(row.year, row.last);
  let rosterClueId = 0;

  const rosterSeeding = sqlite.transaction((): RosterSeeding => {
    clones.forEach(({ template, back, received }, i) => {
      const year = Number(received.slice(0, 4));
      const sequence = (sequences.get(year) ?? 0) + 1;
      sequences.set(year, sequence);
      const row: Record<string, unknown> = { ...template, created_at: at, updated_at: at, created_by: operator, updated_by: operator, is_demo: 0 };
      for (const column of DATE_COLUMNS) if (typeof row[column] === 'string') row[column] = shift(row[column] as string, back);
      row['clue_no'] = formatYearlyNumber(year, sequence);
      if (typeof template['platform_no'] === 'string') row['platform_no'] = `${template['platform_no'].slice(0, 2)}${received.replaceAll('-', '')}${String(i).padStart(6, '0')}`;
      const clerk = random.chance(0.01) ? RARE_CLERK : random.pick(BENCH_CLERKS);
      const registeredMs = Date.parse(`${received}T01:00:00Z`) + random.int(0, 8 * 3_600_000); // office hours, UTC+8
      const id = Number(insert.run(columns.map((column) => row[column])).lastInsertRowid);
      event.run(id, received, `来源：${String(row['source'])}`, operator, at);
      const registeredAt = roster.writeAudit(registeredMs, clerk, 'clues', id, 'create', null, { clueNo: row['clue_no'], source: row['source'], receivedDate: received });
      if (rosterClueId === 0 && !CLOSED.has(String(row['status'])) && row['status'] !== '待受理') rosterClueId = id;
      if (i % 10 === 0 && roster.written < ROSTER_SPREAD) {
        const workers = Math.min(Math.max(Number(row['workers_involved'] ?? 1), 1), 20, ROSTER_SPREAD - roster.written);
        for (let w = 0; w < workers; w++) roster.add(id, Date.parse(registeredAt), clerk);
      }
    });
    const saveSequence = sqlite.prepare("INSERT INTO sequences (name, year, last) VALUES ('clue', ?, ?) ON CONFLICT (name, year) DO UPDATE SET last = excluded.last");
    for (const [year, last] of sequences) saveSequence.run(year, last);

    // the big roster imported over most of the time left before now, then the payments after it
    const bigRoster = rosterSize - roster.written;
    const fromMs = roster.lastAuditMs + 60_000;
    const toMs = Math.max(Date.now(), fromMs + 3_600_000);
    const importedBy = BENCH_CLERKS[0];
    const importEnd = fromMs + (toMs - fromMs) * 0.8;
    const firstId = roster.add(rosterClueId, fromMs, importedBy);
    for (let w = 1; w < bigRoster; w++) roster.add(rosterClueId, fromMs + ((importEnd - fromMs) * w) / bigRoster, importedBy);
    const lastId = firstId + bigRoster - 1;
    const payments = roster.payments(firstId, lastId, PAYMENTS, importEnd, toMs);
    return { workers: roster.written, bigClueId: rosterClueId, bigRoster, payments };
  })();

  const seconds = (performance.now() - started) / 1000;
  const auditRows = (sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  return {
    clues: templates.length + extra,
    seconds: Math.round(seconds * 100) / 100,
    rowsPerSecond: Math.round((extra * 3 + rosterSize * 2 + rosterSeeding.payments * 2) / seconds),
    rosterClueId,
    rosterWorkers: rosterSize,
    roster: rosterSeeding,
    auditRows,
  };
}
