import { formatYearlyNumber } from '../electron/core/sequences';
import type { Ledger } from '../electron/core/ledger';
import { idCardCheckChar } from '../shared/validators/idcard';
import { SeededRandom } from '../electron/core/demo/random';

/**
 * 100,000 clues for the benchmark, cloned from the demo county's 403 (which the workflow wrote, so every column is
 * filled the way the core fills it: number, state, assignment, deadline, outcome, flags). Closed clones are spread
 * over the last three years; the open ones keep their template's dates, so the saved views (待办, 已超期, 即将超期)
 * hold what a county's would. Written in received order — the order a clerk registers them — with one prepared
 * INSERT each for the clue, its 登记 entry and a compact audit row, in one transaction. Yearly numbers continue the
 * demo's and the sequences are moved on, so a clue registered afterwards gets the next number.
 *
 * Plus one clue with a roster of `rosterSize` workers (valid ID numbers), for the roster paging path.
 */
export interface ClueSeeding {
  clues: number;
  seconds: number;
  rowsPerSecond: number;
  rosterClueId: number;
  rosterWorkers: number;
}

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
  const audit = sqlite.prepare("INSERT INTO audit_log (at, operator, entity, entity_id, action, before_json, after_json) VALUES (?, ?, ?, ?, 'create', NULL, ?)");
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

  sqlite.transaction(() => {
    clones.forEach(({ template, back, received }, i) => {
      const year = Number(received.slice(0, 4));
      const sequence = (sequences.get(year) ?? 0) + 1;
      sequences.set(year, sequence);
      const row: Record<string, unknown> = { ...template, created_at: at, updated_at: at, created_by: operator, updated_by: operator, is_demo: 0 };
      for (const column of DATE_COLUMNS) if (typeof row[column] === 'string') row[column] = shift(row[column] as string, back);
      row['clue_no'] = formatYearlyNumber(year, sequence);
      if (typeof template['platform_no'] === 'string') row['platform_no'] = `${template['platform_no'].slice(0, 2)}${received.replaceAll('-', '')}${String(i).padStart(6, '0')}`;
      const id = Number(insert.run(columns.map((column) => row[column])).lastInsertRowid);
      event.run(id, received, `来源：${String(row['source'])}`, operator, at);
      audit.run(at, operator, 'clues', id, JSON.stringify({ clueNo: row['clue_no'], source: row['source'], receivedDate: received }));
      if (rosterClueId === 0 && !CLOSED.has(String(row['status'])) && row['status'] !== '待受理') rosterClueId = id;
    });
    const saveSequence = sqlite.prepare("INSERT INTO sequences (name, year, last) VALUES ('clue', ?, ?) ON CONFLICT (name, year) DO UPDATE SET last = excluded.last");
    for (const [year, last] of sequences) saveSequence.run(year, last);
    seedRoster(ledger, rosterClueId, rosterSize, random, at);
  })();

  const seconds = (performance.now() - started) / 1000;
  return { clues: templates.length + extra, seconds: Math.round(seconds * 100) / 100, rowsPerSecond: Math.round((extra * 3 + rosterSize * 2) / seconds), rosterClueId, rosterWorkers: rosterSize };
}

/** A big group complaint's roster: valid ID numbers, mobile numbers, what each is owed. */
function seedRoster(ledger: Ledger, clueId: number, size: number, random: SeededRandom, at: string): void {
  const sqlite = ledger.ctx.sqlite;
  const operator = ledger.ctx.operator;
  const insert = sqlite.prepare(
    `INSERT INTO clue_workers (version, created_at, created_by, updated_at, updated_by, is_demo, clue_id, name, id_number, phone, amount_owed, amount_paid, paid_date, note)
     VALUES (1, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, NULL, NULL, NULL)`,
  );
  const audit = sqlite.prepare("INSERT INTO audit_log (at, operator, entity, entity_id, action, before_json, after_json) VALUES (?, ?, 'clueWorkers', ?, 'create', NULL, ?)");
  const surnames = ['王', '李', '张', '刘', '杨', '赵', '马', '汪', '蔡', '郭'];
  const given = ['建军', '志强', '海东', '小军', '文斌', '晓峰', '国庆', '永强', '海军', '志刚', '小平', '俊杰'];
  const used = new Set<string>();
  for (let i = 0; i < size; i++) {
    const id = uniqueIdNumber(random, used);
    const name = random.pick(surnames) + random.pick(given);
    const owed = random.int(300, 4_000) * 1_000;
    const rowId = Number(insert.run(at, operator, at, operator, clueId, name, id, `139${String(random.int(0, 99_999_999)).padStart(8, '0')}`, owed).lastInsertRowid);
    audit.run(at, operator, rowId, JSON.stringify({ clueId, name, amountOwed: owed }));
  }
}

function uniqueIdNumber(random: SeededRandom, used: Set<string>): string {
  for (;;) {
    const first17 = `620522${random.int(1965, 2003)}${String(random.int(1, 12)).padStart(2, '0')}${String(random.int(1, 28)).padStart(2, '0')}${String(random.int(0, 999)).padStart(3, '0')}`;
    const id = first17 + (idCardCheckChar(first17) ?? '0');
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}
