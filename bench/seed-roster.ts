import type Database from 'better-sqlite3';
import type { SeededRandom } from '../electron/core/demo/random';
import { idCardCheckChar } from '../shared/validators/idcard';

/**
 * 欠薪农民工名单 rows for the benchmark, each with the audit row the core writes when a roster is imported (who,
 * when, the record as created), plus the clerks' later updates (a worker paid: 已支付金额 and 支付日期). Audit times
 * only move forward, so the audit log's ids are in time order as a real ledger's are.
 */
export interface RosterSeeding {
  /** roster rows written, all clues */
  workers: number;
  /** the clue holding the big roster, and its size */
  bigClueId: number;
  bigRoster: number;
  /** roster rows then marked paid, each with its 'update' audit row */
  payments: number;
}

/** The county's clerks, as the audit log's operators (the first writes most; 管理员 rarely). */
export const BENCH_CLERKS = ['张丽', '张丽', '王强', '王强', '李娜', '陈静', '赵磊', '刘芳'] as const;
export const RARE_CLERK = '管理员';

const SURNAMES = ['王', '李', '张', '刘', '杨', '赵', '马', '汪', '蔡', '郭'];
const GIVEN = ['建军', '志强', '海东', '小军', '文斌', '晓峰', '国庆', '永强', '海军', '志刚', '小平', '俊杰'];

export class RosterWriter {
  private readonly insert: Database.Statement;
  private readonly audit: Database.Statement;
  private readonly used = new Set<string>();
  private lastAt = 0;
  written = 0;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly random: SeededRandom,
  ) {
    this.insert = sqlite.prepare(
      `INSERT INTO clue_workers (version, created_at, created_by, updated_at, updated_by, is_demo, clue_id, name, id_number, phone, amount_owed, amount_paid, paid_date, note)
       VALUES (1, @at, @operator, @at, @operator, 0, @clueId, @name, @idNumber, @phone, @amountOwed, NULL, NULL, NULL)`,
    );
    this.audit = sqlite.prepare('INSERT INTO audit_log (at, operator, entity, entity_id, action, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)');
  }

  /** An audit row at `atMs` or just after the last one, whichever is later. */
  writeAudit(atMs: number, operator: string, entity: string, entityId: number, action: string, before: unknown, after: unknown): string {
    this.lastAt = Math.max(this.lastAt + 1, Math.floor(atMs));
    const at = new Date(this.lastAt).toISOString();
    this.audit.run(at, operator, entity, entityId, action, before === null ? null : JSON.stringify(before), after === null ? null : JSON.stringify(after));
    return at;
  }

  get lastAuditMs(): number {
    return this.lastAt;
  }

  /** One worker on `clueId`'s roster with its 'create' audit row. */
  add(clueId: number, atMs: number, operator: string): number {
    const values = {
      clueId,
      name: this.random.pick(SURNAMES) + this.random.pick(GIVEN),
      idNumber: this.uniqueIdNumber(),
      phone: `139${String(this.random.int(0, 99_999_999)).padStart(8, '0')}`,
      amountOwed: this.random.int(300, 4_000) * 1_000,
    };
    this.lastAt = Math.max(this.lastAt + 1, Math.floor(atMs));
    const at = new Date(this.lastAt).toISOString();
    const id = Number(this.insert.run({ ...values, at, operator }).lastInsertRowid);
    this.audit.run(at, operator, 'clueWorkers', id, 'create', null, JSON.stringify(values));
    this.written++;
    return id;
  }

  /** Marks `count` workers of the roster (ids from `firstId`) paid, spread evenly over [fromMs, toMs]. */
  payments(firstId: number, lastId: number, count: number, fromMs: number, toMs: number): number {
    const read = this.sqlite.prepare('SELECT amount_owed AS owed, version FROM clue_workers WHERE id = ?');
    const update = this.sqlite.prepare('UPDATE clue_workers SET amount_paid = ?, paid_date = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?');
    const step = (toMs - fromMs) / count;
    let done = 0;
    for (let i = 0; i < count; i++) {
      const id = this.random.int(firstId, lastId);
      const row = read.get(id) as { owed: number; version: number } | undefined;
      if (!row || row.version > 1) continue; // paid once already
      const operator = this.random.chance(0.01) ? RARE_CLERK : this.random.pick(BENCH_CLERKS);
      const paid = this.random.chance(0.7) ? row.owed : Math.round(row.owed / 2);
      const paidDate = new Date(fromMs + i * step).toISOString().slice(0, 10);
      const at = this.writeAudit(fromMs + i * step, operator, 'clueWorkers', id, 'update', { amountPaid: null, paidDate: null }, { amountPaid: paid, paidDate });
      update.run(paid, paidDate, at, operator, id);
      done++;
    }
    return done;
  }

  private uniqueIdNumber(): string {
    for (;;) {
      const random = this.random;
      const first17 = `620522${random.int(1965, 2003)}${String(random.int(1, 12)).padStart(2, '0')}${String(random.int(1, 28)).padStart(2, '0')}${String(random.int(0, 999)).padStart(3, '0')}`;
      const id = first17 + (idCardCheckChar(first17) ?? '0');
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}
