import type Database from 'better-sqlite3';
import { ledgerChangeMark } from '../cache/until-change';

/**
 * Where a position in a clue's roster (row 500,000 of 1,000,000) is, in keyset terms: the id the page starting
 * there comes after. The grid asks by position when the clerk drags the scrollbar far; SQLite's OFFSET walks every
 * row before it (about 90 ms at row 900,000), so the ids at every STRIDE-th position are remembered per clue, found
 * by stepping through the roster's index once, only as far as a jump has reached.
 *
 * New workers get ids above every existing one, so they only add positions at the end; a worker deleted or
 * restored shifts every position after it. Every change writes its audit row, so the remembered ids stand while
 * the audit log holds no roster delete or restore after the one it was last checked at.
 */
const STRIDE = 500;

interface Remembered {
  /** the audit log's highest id when these were last known to be right */
  auditMark: number;
  /** ids[k]: the id at position k × STRIDE */
  ids: number[];
}

interface Statements {
  first: Database.Statement;
  step: Database.Statement;
  within: Database.Statement;
  shiftedSince: Database.Statement;
  byClue: Map<number, Remembered>;
}

/** One set per open database: a restore replaces the connection, and with it everything remembered. */
const perDatabase = new WeakMap<Database.Database, Statements>();

function statementsFor(sqlite: Database.Database): Statements {
  let found = perDatabase.get(sqlite);
  if (!found) {
    const live = 'FROM clue_workers WHERE clue_id = ? AND deleted_at IS NULL';
    found = {
      first: sqlite.prepare(`SELECT id ${live} ORDER BY id LIMIT 1`).pluck(),
      step: sqlite.prepare(`SELECT id ${live} AND id > ? ORDER BY id LIMIT 1 OFFSET ${STRIDE - 1}`).pluck(),
      within: sqlite.prepare(`SELECT id ${live} AND id >= ? ORDER BY id LIMIT 1 OFFSET ?`).pluck(),
      shiftedSince: sqlite.prepare("SELECT 1 FROM audit_log WHERE id > ? AND entity = 'clueWorkers' AND action IN ('delete', 'restore') LIMIT 1").pluck(),
      byClue: new Map(),
    };
    perDatabase.set(sqlite, found);
  }
  return found;
}

/** What is remembered for `clueId`, forgotten first if a roster row was deleted or restored since it was checked. */
function remembered(sqlite: Database.Database, s: Statements, clueId: number): Remembered {
  const mark = ledgerChangeMark(sqlite);
  let entry = s.byClue.get(clueId);
  if (entry && mark !== entry.auditMark && s.shiftedSince.get(entry.auditMark) !== undefined) entry = undefined;
  if (!entry) {
    entry = { auditMark: mark, ids: [] };
    s.byClue.set(clueId, entry);
  }
  entry.auditMark = mark;
  return entry;
}

/**
 * The `afterId` for keyset paging that starts at `position` (0-based) of the clue's live roster, in id order:
 * 0 for the start, null when the roster has no row at that position.
 */
export function afterIdAtPosition(sqlite: Database.Database, clueId: number, position: number): number | null {
  if (position === 0) return 0;
  const s = statementsFor(sqlite);
  const { ids } = remembered(sqlite, s, clueId);
  const k = Math.floor(position / STRIDE);
  if (ids.length === 0) {
    const first = s.first.get(clueId) as number | undefined;
    if (first === undefined) return null;
    ids.push(first);
  }
  while (ids.length <= k) {
    const next = s.step.get(clueId, ids[ids.length - 1]) as number | undefined;
    if (next === undefined) return null;
    ids.push(next);
  }
  const boundary = ids[k] as number;
  const rest = position - k * STRIDE;
  if (rest === 0) return boundary - 1; // ids are integers: the page after boundary − 1 starts at boundary
  // the row just before `position`: the page starts after it
  const before = s.within.get(clueId, boundary, rest - 1) as number | undefined;
  return before === undefined ? null : before;
}
