import { toIsoDate } from '../shared/dates';
import { generateDemo, installDemo } from '../electron/core/demo';
import type { Ledger } from '../electron/core/ledger';

/**
 * A ledger with `total` projects: the demo county through the services (settings, 100 companies, 65 projects, 403
 * clues through the workflow, dated from today as the core's clock reads it),
 * then the rest as numbered sections (标段) of those projects, written with one prepared positional INSERT (plus its
 * audit row) in a single transaction — the way an import would, and fast.
 */
export interface Seeding {
  projects: number;
  /** the demo county through the services */
  demoSeconds: number;
  /** the bulk rows in one transaction */
  bulkSeconds: number;
  bulkRowsPerSecond: number;
}

export async function seedProjects(ledger: Ledger, total: number): Promise<Seeding> {
  const demoStarted = performance.now();
  await installDemo(ledger.ctx, generateDemo({ today: toIsoDate(ledger.ctx.now()) }));
  const demoSeconds = (performance.now() - demoStarted) / 1000;
  const started = performance.now();

  const sqlite = ledger.ctx.sqlite;
  const templates = sqlite.prepare('SELECT * FROM projects ORDER BY id').all() as Record<string, unknown>[];
  const columns = Object.keys(templates[0] ?? {}).filter((column) => column !== 'id');
  const insert = sqlite.prepare(`INSERT INTO projects (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  const audit = sqlite.prepare("INSERT INTO audit_log (at, operator, entity, entity_id, action, before_json, after_json) VALUES (?, ?, 'projects', ?, 'create', NULL, ?)");
  const at = new Date().toISOString();
  const extra = total - templates.length;
  sqlite.transaction(() => {
    for (let i = 0; i < extra; i++) {
      const template = templates[i % templates.length] as Record<string, unknown>;
      const section = Math.floor(i / templates.length) + 2;
      const row: Record<string, unknown> = { ...template, name: `${String(template['name'])}（第${section}标段）`, code: `620522-BENCH-${String(i + 1).padStart(5, '0')}`, created_at: at, updated_at: at };
      const id = Number(insert.run(columns.map((column) => row[column])).lastInsertRowid);
      delete row['id'];
      audit.run(at, ledger.ctx.operator, id, JSON.stringify(row));
    }
  })();
  const bulkSeconds = (performance.now() - started) / 1000;
  return {
    projects: templates.length + extra,
    demoSeconds: Math.round(demoSeconds * 100) / 100,
    bulkSeconds: Math.round(bulkSeconds * 100) / 100,
    bulkRowsPerSecond: Math.round(extra / bulkSeconds),
  };
}
