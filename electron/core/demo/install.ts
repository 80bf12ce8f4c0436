import type { Transaction } from 'kysely';
import { settingsPatchSchema } from '../../../shared/contract/settings';
import { companyEntity } from '../../../shared/domain/company';
import { projectEntity } from '../../../shared/domain/project';
import { recordInputSchema } from '../../../shared/domain/schema';
import { LedgerError } from '../../../shared/errors';
import { companyService } from '../companies/service';
import type { CoreContext } from '../context';
import type { LedgerDb } from '../db/schema';
import { projectService } from '../projects/service';
import { applySettingsPatch, readSettings } from '../settings/store';
import type { DemoData } from './generate';
import { installClues, parsed } from './install-clues';
import { demoContext } from './statement-cache';

export interface LedgerContents {
  companies: number;
  projects: number;
  clues: number;
  /** settings saved (any key differs from the defaults) */
  settings: number;
}

/** What a ledger already holds, the recycle bin included. */
export async function ledgerContents(db: CoreContext['db'] | Transaction<LedgerDb>): Promise<LedgerContents> {
  const count = async (table: 'companies' | 'projects' | 'clues' | 'settings'): Promise<number> => {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return { companies: await count('companies'), projects: await count('projects'), clues: await count('clues'), settings: await count('settings') };
}

/**
 * The demo goes only into an empty ledger: one with no companies, projects or clues (not even in the recycle bin)
 * and settings never saved, so a county's real ledger can never be mixed with the made-up one.
 */
export function refusalFor(contents: LedgerContents): LedgerError | null {
  if (contents.companies > 0 || contents.projects > 0 || contents.clues > 0) {
    return new LedgerError(
      'CONFLICT',
      `该台账已有${contents.companies}个单位、${contents.projects}个项目、${contents.clues}条线索（含回收站），演示数据只能写入空台账，本次未做任何改动。请用 --db 指定一个新的台账文件，例如：npm run ledger -- demo --db 演示台账.db`,
    );
  }
  if (contents.settings > 0) {
    return new LedgerError(
      'CONFLICT',
      '该台账已保存过本县的设置（县名、乡镇、领导等），写入演示数据会覆盖这些设置，本次未做任何改动。请用 --db 指定一个新的台账文件。',
    );
  }
  return null;
}

export interface InstalledDemo {
  companies: number;
  projects: number;
  clues: number;
  rosterWorkers: number;
}

/**
 * Writes the demo county in one transaction through the services and the clue workflow, so every record is
 * validated like a clerk's input, marked as demo data and audited, and every clue reaches its state through the
 * workflow's transitions; any failure rolls everything back and leaves the ledger empty.
 */
export async function installDemo(ledgerCtx: CoreContext, data: DemoData): Promise<InstalledDemo> {
  const ctx = demoContext(ledgerCtx);
  const settings = settingsPatchSchema.parse(data.settings);
  const companyInput = recordInputSchema(companyEntity, 'create');
  const projectInput = recordInputSchema(projectEntity, 'create');

  return ctx.db.transaction().execute(async (trx) => {
    const refusal = refusalFor(await ledgerContents(trx));
    if (refusal) throw refusal;
    await applySettingsPatch(trx, ctx, settings);

    const companyIds = new Map<string, number>();
    for (const company of data.companies) {
      const values = parsed(companyInput, company.values, `单位“${company.name}”`);
      companyIds.set(company.name, await companyService.insert(trx, ctx, values, true));
    }
    const idOf = (name: string): number => {
      const id = companyIds.get(name);
      if (id === undefined) throw new LedgerError('INTERNAL', `演示数据有误：找不到单位“${name}”`);
      return id;
    };
    const projectIds = new Map<string, number>();
    for (const project of data.projects) {
      const withCompanies = {
        ...project.values,
        builderId: idOf(project.builder),
        contractorId: idOf(project.contractor),
        subcontractorIds: project.subcontractors.map(idOf),
      };
      const values = parsed(projectInput, withCompanies, `项目“${String(project.values['name'])}”`);
      projectIds.set(String(project.values['name']), await projectService.insert(trx, ctx, values, true));
    }
    const projectIdOf = (name: string): number => {
      const id = projectIds.get(name);
      if (id === undefined) throw new LedgerError('INTERNAL', `演示数据有误：找不到项目“${name}”`);
      return id;
    };
    const clues = await installClues(trx, ctx, await readSettings(trx), data.clues, { company: idOf, project: projectIdOf });
    return { companies: data.companies.length, projects: data.projects.length, ...clues };
  });
}
