import { describe, expect, it } from 'vitest';
import type { LedgerRecord } from '../../shared/contract';
import { computeRequiredDeposit } from '../../shared/domain/deposit';
import { DEFAULT_DEPOSIT_RULES, type LedgerSettings } from '../../shared/domain/settings';
import { yuan } from '../../shared/money';
import { isValidUscc } from '../../shared/validators/uscc';
import { DEMO_TARGETS, generateDemo, installDemo, type DemoData } from '../../electron/core/demo';
import { SeededRandom, allocate } from '../../electron/core/demo/random';
import { freshLedger, valueOf } from './helpers';

const sum = (data: DemoData, key: string): number =>
  data.projects.reduce((total, p) => total + (typeof p.values[key] === 'number' ? (p.values[key] as number) : 0), 0);

const companyOf = (data: DemoData, name: string) => {
  const company = data.companies.find((c) => c.name === name);
  if (!company) throw new Error(`no company ${name}`);
  return company;
};

describe('the demo generator', () => {
  it('is deterministic: the same seed and day give the same county', () => {
    const a = generateDemo({ seed: 7, today: '2026-03-01' });
    const b = generateDemo({ seed: 7, today: '2026-03-01' });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(generateDemo())).toBe(JSON.stringify(generateDemo()));
    const other = generateDemo({ seed: 8, today: '2026-03-01' });
    expect(JSON.stringify(other.companies)).not.toBe(JSON.stringify(a.companies));
  });

  it('keeps its dates in the demo year whatever the machine date', () => {
    expect(generateDemo({ today: '2024-05-01' }).anchor).toBe('2026-01-15');
    expect(generateDemo({ today: '2026-06-30' }).anchor).toBe('2026-06-30');
    expect(generateDemo({ today: '2031-01-01' }).anchor).toBe('2026-12-31');
  });

  it('sets up 秦安县: townships, departments, leaders with titles, issuing authority, document prefixes', () => {
    const { settings } = generateDemo();
    expect(settings.countyName).toBe('秦安县');
    expect(settings.issuingAuthority).toBe('秦安县根治拖欠农民工工资工作领导小组办公室');
    expect(settings.townships).toHaveLength(16);
    expect(settings.townships).toEqual(expect.arrayContaining(['兴国镇', '西川镇', '莲花镇', '陇城镇', '云山镇']));
    expect(settings.leaders?.length).toBeGreaterThanOrEqual(3);
    expect(settings.leaders?.length).toBeLessThanOrEqual(5);
    expect(settings.leaders?.every((l) => l.title.length > 0)).toBe(true);
    expect(settings.documentPrefixes).toEqual({ 整改通知书: '秦欠薪办整改', 督办通知书: '秦欠薪办督', 交办单: '秦欠薪办交' });
  });

  it('makes about 100 companies, each with a valid and unique credit code, roles mixed, a few with a bad record', () => {
    const data = generateDemo();
    expect(data.companies).toHaveLength(DEMO_TARGETS.companies);
    for (const company of data.companies) expect(isValidUscc(String(company.values['uscc'])), `${company.name} ${String(company.values['uscc'])}`).toBe(true);
    expect(new Set(data.companies.map((c) => c.values['uscc'])).size).toBe(data.companies.length);
    expect(new Set(data.companies.map((c) => c.name)).size).toBe(data.companies.length);
    const withRole = (role: string) => data.companies.filter((c) => (c.values['roles'] as string[]).includes(role)).length;
    expect(withRole('建设单位')).toBeGreaterThanOrEqual(10);
    expect(withRole('施工总承包')).toBeGreaterThanOrEqual(25);
    expect(withRole('专业分包')).toBeGreaterThanOrEqual(10);
    expect(withRole('劳务分包')).toBeGreaterThanOrEqual(20);
    expect(withRole('其他用人单位')).toBeGreaterThanOrEqual(3);
    expect(data.companies.map((c) => c.name)).toEqual(expect.arrayContaining(['秦安县住房和城乡建设局', '秦安县交通运输局', '秦安县城乡建设投资有限公司']));
    expect(data.companies.filter((c) => c.values['seriousViolation'] === true)).toHaveLength(DEMO_TARGETS.seriousViolations);
    expect(data.companies.filter((c) => c.values['blacklisted'] === true)).toHaveLength(DEMO_TARGETS.blacklisted);
  });

  it.each([20_260_115, 1, 99])('reproduces the report figures exactly (seed %i)', (seed) => {
    const data = generateDemo({ seed });
    expect(data.projects).toHaveLength(65);
    expect(sum(data, 'registeredWorkers')).toBe(5_938);
    expect(sum(data, 'wageCardsIssued')).toBe(2_362);
    expect(sum(data, 'contractsDue')).toBe(1_397);
    expect(sum(data, 'contractsSigned')).toBe(1_397);
    const depositing = data.projects.filter((p) => typeof p.values['depositAmount'] === 'number' && p.values['depositAmount'] > 0);
    expect(depositing).toHaveLength(18);
    expect(sum(data, 'depositAmount')).toBe(2_944_800_000); // 2,944.8万元 in fen
    expect(sum(data, 'depositAmount')).toBe(yuan(29_448_000));
    const government = data.projects.filter((p) => p.values['investmentType'] === '政府投资');
    expect(government.reduce((total, p) => total + Number(p.values['govFundsArranged']), 0)).toBe(yuan(223_000_000));
  });

  it('works every deposit out by the rules: 18 stored in full, the small ones exempt, a few missing', () => {
    const data = generateDemo();
    const blacklisted = new Set(data.companies.filter((c) => c.values['blacklisted'] === true).map((c) => c.name));
    let exempt = 0;
    let missing = 0;
    for (const project of data.projects) {
      const price = project.values['contractPrice'] as number;
      expect(price).toBeGreaterThanOrEqual(yuan(500_000));
      expect(price).toBeLessThanOrEqual(yuan(300_000_000));
      const required = computeRequiredDeposit(
        { contractPriceFen: price, depositRecord: project.values['depositRecord'] as string, contractorBlacklisted: blacklisted.has(project.contractor) },
        DEFAULT_DEPOSIT_RULES,
      );
      const stored = project.values['depositAmount'];
      if (typeof stored === 'number') expect(stored, project.values['name'] as string).toBe(required.requiredFen);
      else if (required.exempt) exempt++;
      else missing++;
    }
    expect(exempt).toBeGreaterThanOrEqual(10);
    expect(missing).toBeGreaterThanOrEqual(5);
    expect(missing).toBeLessThanOrEqual(15);
    expect(data.projects.some((p) => blacklisted.has(p.contractor))).toBe(true);
  });

  it('gives every project fitting companies, code-list values and plausible dates', () => {
    const data = generateDemo();
    const settings = data.settings as LedgerSettings;
    const leaders = settings.leaders.map((l) => l.name);
    for (const project of data.projects) {
      const v = project.values;
      expect(settings.townships).toContain(v['township']);
      expect(settings.departments).toContain(v['department']);
      expect(leaders).toContain(v['leader']);
      expect(companyOf(data, project.builder).values['roles']).toContain('建设单位');
      expect(companyOf(data, project.contractor).values['roles']).toContain('施工总承包');
      for (const sub of project.subcontractors) {
        expect(companyOf(data, sub).values['roles']).toEqual(expect.arrayContaining([expect.stringMatching(/专业分包|劳务分包/)]));
      }
      const start = v['startDate'] as string;
      expect(start >= '2025-01-01' && start <= data.anchor).toBe(true);
      expect(String(v['plannedCompletionDate']) >= start).toBe(true);
      if (v['status'] === '完工') expect(String(v['actualCompletionDate']) <= data.anchor).toBe(true);
      expect(Number(v['contractsSigned'] ?? 0)).toBeLessThanOrEqual(Number(v['contractsDue'] ?? 0));
      expect(Number(v['wageCardsIssued'] ?? 0)).toBeLessThanOrEqual(Number(v['registeredWorkers'] ?? 0));
    }
    expect(new Set(data.projects.map((p) => p.values['code'])).size).toBe(65);
    expect(data.projects.filter((p) => p.subcontractors.length > 0).length).toBeGreaterThanOrEqual(20);
    expect(new Set(data.projects.map((p) => p.values['investmentType']))).toEqual(new Set(['政府投资', '国有投资', '社会投资']));
    expect(new Set(data.projects.map((p) => p.values['projectType']))).toEqual(new Set(['房建', '市政', '交通', '水利', '其他']));
  });

  it('leaves a realistic minority of the five systems missing, and two guarantees about to run out', () => {
    const data = generateDemo();
    const lacking = (key: string) => data.projects.filter((p) => p.values[key] !== true).length;
    for (const key of ['realNameInPlace', 'wageAccountOpened', 'bankPayrollInPlace', 'rightsBoardInPlace', 'zeroArrearsPledgeSigned']) {
      expect(lacking(key), key).toBeGreaterThanOrEqual(1);
      expect(lacking(key), key).toBeLessThanOrEqual(12);
    }
    const soon = data.projects.filter((p) => {
      const expiry = p.values['guaranteeExpiryDate'];
      return typeof expiry === 'string' && expiry > data.anchor && Date.parse(expiry) - Date.parse(data.anchor) <= 30 * 86_400_000;
    });
    expect(soon).toHaveLength(2);
  });
});

describe('allocate', () => {
  it('splits a total exactly, within the caps and above the minimum', () => {
    const random = new SeededRandom(3);
    const weights = Array.from({ length: 20 }, () => random.between(0.1, 5));
    const caps = Array.from({ length: 20 }, () => random.int(40, 90));
    const parts = allocate(1_000, weights, { min: 5, caps });
    expect(parts.reduce((a, b) => a + b, 0)).toBe(1_000);
    parts.forEach((part, i) => {
      expect(part).toBeGreaterThanOrEqual(5);
      expect(part).toBeLessThanOrEqual(caps[i] ?? 0);
    });
    expect(() => allocate(1_000, [1, 1], { caps: [10, 10] })).toThrow();
  });
});

describe('installing the demo into a ledger', () => {
  it('writes everything through the services, marked as demo data and audited', async () => {
    const data = generateDemo();
    const ledger = freshLedger({ now: () => new Date(`${data.anchor}T09:00:00+08:00`) });
    expect(await installDemo(ledger.ctx, data)).toEqual({ companies: 100, projects: 65 });

    const projects = valueOf(await ledger.call('projects.list', {})) as LedgerRecord[];
    const companies = valueOf(await ledger.call('companies.list', {})) as LedgerRecord[];
    expect(projects).toHaveLength(65);
    expect(companies).toHaveLength(100);
    expect(projects.every((p) => p.isDemo) && companies.every((c) => c.isDemo)).toBe(true);
    const settings = valueOf(await ledger.call('settings.get', {})) as LedgerSettings;
    expect(settings.countyName).toBe('秦安县');
    const audit = ledger.ctx.sqlite.prepare('SELECT action, count(*) AS n FROM audit_log GROUP BY action ORDER BY action').all();
    expect(audit).toEqual([
      { action: 'create', n: 165 },
      { action: 'settings', n: 1 },
    ]);

    // the core computes the same required deposits the generator stored
    const stored = projects.filter((p) => typeof p['depositAmount'] === 'number');
    expect(stored).toHaveLength(18);
    for (const project of stored) expect(project['depositRequired']).toBe(project['depositAmount']);
    expect(stored.reduce((total, p) => total + Number(p['depositAmount']), 0)).toBe(2_944_800_000);
    // personal data comes back masked
    expect(String(projects[0]?.['labourClerkPhone'])).toMatch(/^1\d{2}\*{4}\d{4}$/);
  });

  it('rolls everything back when one record fails validation, leaving the ledger empty', async () => {
    const data = generateDemo();
    const last = data.projects.at(-1);
    if (!last) throw new Error('no projects');
    last.values['contractsSigned'] = 9_999; // more than due: refused by the catalog's cross-field check
    const ledger = freshLedger();
    await expect(installDemo(ledger.ctx, data)).rejects.toThrow('已签劳动合同数');
    const counts = ledger.ctx.sqlite
      .prepare('SELECT (SELECT count(*) FROM companies) AS companies, (SELECT count(*) FROM projects) AS projects, (SELECT count(*) FROM settings) AS settings, (SELECT count(*) FROM audit_log) AS audit')
      .get();
    expect(counts).toEqual({ companies: 0, projects: 0, settings: 0, audit: 0 });
  });

  it('refuses a ledger that already holds a company', async () => {
    const ledger = freshLedger();
    valueOf(await ledger.call('companies.create', { values: { name: '甲建筑公司', roles: ['施工总承包'] } }));
    await expect(installDemo(ledger.ctx, generateDemo())).rejects.toThrow('演示数据只能写入空台账');
    expect((ledger.ctx.sqlite.prepare('SELECT count(*) AS n FROM companies').get() as { n: number }).n).toBe(1);
  });
});
