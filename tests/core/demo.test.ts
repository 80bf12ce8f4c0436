import { describe, expect, it } from 'vitest';
import type { ClueDetail, ClueFigures, ClueRecord, LedgerRecord } from '../../shared/contract';
import { computeRequiredDeposit } from '../../shared/domain/deposit';
import { DEFAULT_DEPOSIT_RULES, DEFAULT_SETTINGS, type LedgerSettings } from '../../shared/domain/settings';
import { yuan } from '../../shared/money';
import { isValidIdCard } from '../../shared/validators/idcard';
import { isValidMobile } from '../../shared/validators/phone';
import { isValidUscc } from '../../shared/validators/uscc';
import { WorkdayCalendar } from '../../shared/calendar/workdays';
import { DEMO_TARGETS, generateDemo, installDemo, type DemoData } from '../../electron/core/demo';
import { cluePeriod } from '../../electron/core/demo/clues';
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

describe('the demo clues, as generated', () => {
  const SOURCES = Object.entries(DEMO_TARGETS.cluesBySource);
  const calendar = new WorkdayCalendar(DEFAULT_SETTINGS.workCalendars);

  /** Replays a clue's steps through the state table: where it ends, and what its last feedback resolved. */
  function outcomeOf(clue: DemoData['clues'][number]): { state: string; workers: number; amount: number } {
    const to: Record<string, string | null> = { accept: '已受理', assign: '已交办', startHandling: '核处中', feedback: '已反馈', sendBack: '核处中', close: '已办结', followUp: null, reassign: '已交办', archive: '已归档' };
    let state = '待受理';
    let workers = 0;
    let amount = 0;
    for (const step of clue.steps) {
      if (step.kind !== 'act') continue;
      state = to[step.input.action] ?? state;
      if (step.input.action === 'feedback') {
        workers = step.input.workersResolved ?? 0;
        amount = step.input.amountResolved ?? 0;
      }
    }
    return { state, workers, amount };
  }

  it('covers the anchor year so far, or before March the winter campaign from 15 November', () => {
    expect(cluePeriod('2026-11-27')).toEqual({ from: '2026-01-01', to: '2026-11-27' });
    expect(cluePeriod('2026-03-01')).toEqual({ from: '2026-01-01', to: '2026-03-01' });
    expect(cluePeriod('2026-02-28')).toEqual({ from: '2025-11-15', to: '2026-02-28' });
    expect(cluePeriod('2026-01-15')).toEqual({ from: '2025-11-15', to: '2026-01-15' });
  });

  it.each([
    [20_260_115, '2026-01-15'],
    [1, '2026-01-15'],
    [99, '2026-06-30'],
    [20_260_115, '2026-11-27'],
  ])('reproduce the report: received and closed by source, 1,283 workers and 1,937万元 resolved (seed %i, today %s)', (seed, today) => {
    const data = generateDemo({ seed, today });
    for (const [source, target] of SOURCES) {
      const mine = data.clues.filter((c) => c.values['source'] === source);
      expect(mine, source).toHaveLength(target.received);
      expect(mine.filter((c) => ['已办结', '已归档'].includes(outcomeOf(c).state)), source).toHaveLength(target.closed);
    }
    const closed = data.clues.map(outcomeOf).filter((o) => ['已办结', '已归档'].includes(o.state));
    expect(closed.reduce((n, o) => n + o.workers, 0)).toBe(1_283);
    expect(closed.reduce((n, o) => n + o.amount, 0)).toBe(1_937_000_000);
    const cases = data.clues.flatMap((c) => c.steps).filter((s) => s.kind === 'flag' && s.input.flag === 'caseFiled');
    expect(cases).toHaveLength(DEMO_TARGETS.casesFiled);
  });

  it('dates every clue and every step inside the period, in order, on working days', () => {
    const data = generateDemo({ today: '2026-11-27' });
    for (const clue of data.clues) {
      const received = String(clue.values['receivedDate']);
      expect(received >= data.cluePeriod.from && received <= data.anchor).toBe(true);
      expect(calendar.isWorkday(received)).toBe(true);
      let last = received;
      for (const step of clue.steps) {
        const date = String(step.kind === 'act' || step.kind === 'flag' ? step.input.date : step.date);
        expect(date >= last && date <= data.anchor, `${received} ${step.kind} ${date}`).toBe(true);
        last = date;
      }
    }
    // received order is clue-number order
    const dates = data.clues.map((c) => String(c.values['receivedDate']));
    expect([...dates].sort()).toEqual(dates);
    // spread over the year, with the year-end and pre-festival peaks
    const months = new Set(dates.map((d) => d.slice(0, 7)));
    expect(months.size).toBe(11);
  });

  it('names plausible complainants and employers: valid ID and mobile numbers, some anonymous, building clues on the demo projects', () => {
    const data = generateDemo();
    const projects = new Map(data.projects.map((p) => [String(p.values['name']), p]));
    const companies = new Set(data.companies.map((c) => c.name));
    let anonymous = 0;
    for (const clue of data.clues) {
      const v = clue.values;
      if (v['anonymous'] === true) {
        anonymous++;
        expect(v['complainantName']).toBeNull();
      } else expect(String(v['complainantName'])).toMatch(/^\p{Script=Han}{2,3}$/u);
      if (v['complainantIdNumber'] !== null) expect(isValidIdCard(String(v['complainantIdNumber']))).toBe(true);
      if (v['complainantPhone'] !== null) expect(isValidMobile(String(v['complainantPhone']))).toBe(true);
      if (v['sector'] === '工程建设') {
        const project = projects.get(String(clue.project));
        expect(project, String(clue.project)).toBeDefined();
        expect([project?.contractor, ...(project?.subcontractors ?? [])]).toContain(clue.employer);
        expect(v['township']).toBe(project?.values['township']);
      } else {
        expect(clue.project).toBeNull();
        expect(clue.employer === null ? String(v['employerName']) : companies.has(clue.employer)).toBeTruthy();
      }
      const platform = v['platformNo'];
      if (v['source'] === '国家平台') expect(String(platform)).toMatch(/^GJ\d{13}$/);
      else if (v['source'] === '省平台') expect(String(platform)).toMatch(/^GS\d{12}$/);
      else expect(platform).toBeNull();
    }
    expect(anonymous).toBeGreaterThanOrEqual(5);
    expect(anonymous).toBeLessThanOrEqual(40);
    const building = data.clues.filter((c) => c.values['sector'] === '工程建设').length;
    expect(building / data.clues.length).toBeGreaterThan(0.8);
    expect(building).toBeLessThan(data.clues.length);
    expect(new Set(data.clues.map((c) => c.values['platformNo']).filter(Boolean)).size).toBe(353);
  });

  it('escalates a few: cases numbered in order, leaders from the settings, 四必到 sessions', () => {
    const data = generateDemo();
    const flags = data.clues.flatMap((c) => c.steps).flatMap((s) => (s.kind === 'flag' ? [s.input] : []));
    const caseNumbers = flags.filter((f) => f.flag === 'caseFiled').map((f) => String(f.caseNumber));
    expect(new Set(caseNumbers).size).toBe(7);
    for (const number of caseNumbers) expect(number).toMatch(/^秦人社监察立〔20\d\d〕[1-7]号$/);
    const leaders = (data.settings.leaders ?? []).map((l) => l.name);
    const owned = flags.filter((f) => f.flag === 'leaderOwned');
    expect(owned).toHaveLength(4);
    for (const flag of owned) expect(leaders).toContain(flag.leader);
    expect(flags.filter((f) => f.flag === 'supervised')).toHaveLength(5);
    expect(flags.filter((f) => f.flag === 'referredToPolice')).toHaveLength(1);
    expect(flags.filter((f) => f.flag === 'guidedToArbitration')).toHaveLength(5);
    expect(data.clues.flatMap((c) => c.steps).filter((s) => s.kind === 'attendance')).toHaveLength(7);
  });

  it('gives group complaints a roster of valid, distinct workers adding up to the clue — but for two', () => {
    const data = generateDemo();
    const rostered = data.clues.filter((c) => c.roster.length > 0);
    expect(rostered.length).toBeGreaterThanOrEqual(60);
    const mismatched = rostered.filter((c) => {
      const owed = c.roster.reduce((n, w) => n + Number(w['amountOwed']), 0);
      return c.roster.length !== c.values['workersInvolved'] || owed !== c.values['amountInvolved'];
    });
    expect(mismatched).toHaveLength(2);
    for (const clue of rostered) {
      const ids = clue.roster.map((w) => w['idNumber']).filter((id): id is string => typeof id === 'string');
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(isValidIdCard(id)).toBe(true);
      for (const worker of clue.roster) expect(Number(worker['amountPaid'] ?? 0)).toBeLessThanOrEqual(Number(worker['amountOwed']));
    }
  });
});

describe('installing the demo into a ledger', () => {
  it('writes everything through the services and the clue workflow, marked as demo data and audited', async () => {
    const data = generateDemo();
    const ledger = freshLedger({ now: () => new Date(`${data.anchor}T09:00:00+08:00`) });
    const rosterRows = data.clues.reduce((n, c) => n + c.roster.length, 0);
    const steps = data.clues.reduce((n, c) => n + c.steps.length, 0);
    expect(await installDemo(ledger.ctx, data)).toEqual({ companies: 100, projects: 65, clues: 403, rosterWorkers: rosterRows });

    const projects = valueOf(await ledger.call('projects.list', {})) as LedgerRecord[];
    const companies = valueOf(await ledger.call('companies.list', {})) as LedgerRecord[];
    expect(projects).toHaveLength(65);
    expect(companies).toHaveLength(100);
    expect(projects.every((p) => p.isDemo) && companies.every((c) => c.isDemo)).toBe(true);
    const settings = valueOf(await ledger.call('settings.get', {})) as LedgerSettings;
    expect(settings.countyName).toBe('秦安县');
    // one audit row for every record, and one for every step of every clue, each with its progress-log entry
    const sql = <T>(query: string): T => ledger.ctx.sqlite.prepare(query).get() as T;
    const audit = ledger.ctx.sqlite.prepare('SELECT action, count(*) AS n FROM audit_log GROUP BY action ORDER BY action').all();
    expect(audit).toEqual([
      { action: 'create', n: 165 + 403 + rosterRows },
      { action: 'settings', n: 1 },
      { action: 'workflow', n: steps },
    ]);
    expect(sql<{ n: number }>('SELECT count(*) AS n FROM clue_events').n).toBe(403 + steps);
    expect(sql<{ n: number }>("SELECT count(*) AS n FROM clue_events WHERE action = '登记'").n).toBe(403);
    expect(sql<{ n: number }>('SELECT count(*) AS n FROM clue_attendance').n).toBe(7);
    expect(sql<{ clues: number; workers: number }>('SELECT (SELECT count(*) FROM clues WHERE is_demo = 1) AS clues, (SELECT count(*) FROM clue_workers WHERE is_demo = 1) AS workers')).toEqual({
      clues: 403,
      workers: rosterRows,
    });

    // the core computes the same required deposits the generator stored
    const stored = projects.filter((p) => typeof p['depositAmount'] === 'number');
    expect(stored).toHaveLength(18);
    for (const project of stored) expect(project['depositRequired']).toBe(project['depositAmount']);
    expect(stored.reduce((total, p) => total + Number(p['depositAmount']), 0)).toBe(2_944_800_000);
    // personal data comes back masked
    expect(String(projects[0]?.['labourClerkPhone'])).toMatch(/^1\d{2}\*{4}\d{4}$/);
  }, 120_000);

  it('gives the report its clue figures, open clues that are overdue and due soon, and valid rosters', async () => {
    const data = generateDemo();
    const ledger = freshLedger({ now: () => new Date(`${data.anchor}T09:00:00+08:00`) });
    await installDemo(ledger.ctx, data);

    const figures = valueOf(await ledger.call('clues.figures', { from: data.cluePeriod.from, to: data.cluePeriod.to, groupBy: 'source' })) as ClueFigures;
    for (const [source, target] of Object.entries(DEMO_TARGETS.cluesBySource)) {
      expect(figures.rows.find((r) => r.key === source), source).toMatchObject({ received: target.received, closed: target.closed });
    }
    expect(figures.rows.find((r) => r.key === '国家平台')).toMatchObject({ received: 304, closed: 296, closureRate: '97.37%' });
    expect(figures.rows.find((r) => r.key === '省平台')).toMatchObject({ received: 49, closed: 49, closureRate: '100.00%' });
    expect(figures.total).toMatchObject({ received: 403, closed: 389, closedOnTime: 381, workersResolved: 1_283, amountResolvedFen: 1_937_000_000, overdueNow: 4 });
    expect(figures.total.amountResolvedFen).toBe(yuan(19_370_000));
    // clue numbers run per year of receipt
    const numbers = ledger.ctx.sqlite.prepare('SELECT clue_no AS no FROM clues ORDER BY id').all() as { no: string }[];
    expect(numbers[0]?.no).toBe('2025-0001');
    expect(numbers.at(-1)?.no).toMatch(/^2026-\d{4}$/);

    const cases = ledger.ctx.sqlite.prepare('SELECT case_number AS no FROM clues WHERE case_filed = 1').all() as { no: string }[];
    expect(cases).toHaveLength(7);
    expect(new Set(cases.map((c) => c.no)).size).toBe(7);

    const counts = valueOf(await ledger.call('clues.viewCounts', {})) as Record<string, number>;
    expect(counts).toMatchObject({ todo: 14, dueSoon: 3, overdue: 4, supervised: 5, leaderOwned: 4, closed: 389, all: 403 });
    expect(counts['newThisWeek']).toBeGreaterThanOrEqual(2);
    const overdue = valueOf(await ledger.call('clues.list', { view: 'overdue' })) as ClueRecord[];
    expect(overdue.every((c) => c.overdue && c.dueState.startsWith('已超期'))).toBe(true);
    const dueSoon = valueOf(await ledger.call('clues.list', { view: 'dueSoon' })) as ClueRecord[];
    expect(dueSoon.every((c) => c.dueSoon && /即将到期|今日到期/.test(c.dueState))).toBe(true);

    // the 8 open national-platform clues have reached agreements, written in their progress log
    const todo = valueOf(await ledger.call('clues.list', { view: 'todo' })) as ClueRecord[];
    const national = todo.filter((c) => c['source'] === '国家平台');
    expect(national).toHaveLength(8);
    for (const clue of national) {
      const detail = valueOf(await ledger.call('clues.detail', { id: clue.id })) as ClueDetail;
      expect(detail.events.some((e) => e.note?.includes('达成协议')), String(clue.clueNo)).toBe(true);
      expect(['核处中', '已反馈']).toContain(clue.status);
    }
    // a supervised case that has gone quiet, for the "no progress" warning
    const stale = todo.find((c) => c['source'] === '信访');
    expect(stale).toMatchObject({ supervised: true, leaderOwned: true, overdue: true });
    expect(String(stale?.['lastProgressDate']) < data.anchor).toBe(true);

    // every path of the workflow is in the demo: sent back, re-opened, archived
    const events = ledger.ctx.sqlite.prepare('SELECT action, count(*) AS n FROM clue_events GROUP BY action').all() as { action: string; n: number }[];
    const eventCount = (action: string): number => events.find((e) => e.action === action)?.n ?? 0;
    expect(eventCount('退回重办')).toBe(3);
    expect(eventCount('重新交办')).toBe(1);
    expect(eventCount('归档')).toBeGreaterThanOrEqual(50);
    expect(eventCount('四必到')).toBe(7);

    // rosters: totals match their clue but for the two left unmatched on purpose; every ID valid, nothing overpaid
    const rosters = ledger.ctx.sqlite
      .prepare(
        `SELECT c.id, c.workers_involved AS workers, c.amount_involved AS amount, count(w.id) AS n, sum(w.amount_owed) AS owed
         FROM clues c JOIN clue_workers w ON w.clue_id = c.id AND w.deleted_at IS NULL GROUP BY c.id`,
      )
      .all() as { id: number; workers: number; amount: number; n: number; owed: number }[];
    expect(rosters).toHaveLength(data.clues.filter((c) => c.roster.length > 0).length);
    const unmatched = rosters.filter((r) => r.n !== r.workers || r.owed !== r.amount);
    expect(unmatched).toHaveLength(2);
    const short = unmatched.find((r) => r.n !== r.workers);
    const detail = valueOf(await ledger.call('clues.detail', { id: short?.id })) as ClueDetail;
    expect(detail.roster.workers).toBe(Number(detail.clue['workersInvolved']) - 1);
    const ids = ledger.ctx.sqlite.prepare('SELECT id_number AS id FROM clue_workers WHERE id_number IS NOT NULL').all() as { id: string }[];
    expect(ids.length).toBeGreaterThan(500);
    expect(ids.every((row) => isValidIdCard(row.id))).toBe(true);
    expect((ledger.ctx.sqlite.prepare('SELECT count(*) AS n FROM clue_workers WHERE amount_paid > amount_owed').get() as { n: number }).n).toBe(0);
  }, 120_000);

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

  it('rolls everything back when a clue step breaks a workflow rule, after hundreds of clues were written', async () => {
    const data = generateDemo();
    const last = data.clues.at(-1);
    if (!last) throw new Error('no clues');
    last.steps.push({ kind: 'act', input: { action: 'archive', date: data.anchor } }); // only a closed clue can be archived
    const ledger = freshLedger();
    await expect(installDemo(ledger.ctx, data)).rejects.toThrow('不能归档');
    const counts = ledger.ctx.sqlite
      .prepare(
        `SELECT (SELECT count(*) FROM companies) AS companies, (SELECT count(*) FROM clues) AS clues, (SELECT count(*) FROM clue_workers) AS workers,
                (SELECT count(*) FROM clue_events) AS events, (SELECT count(*) FROM sequences) AS sequences, (SELECT count(*) FROM audit_log) AS audit`,
      )
      .get();
    expect(counts).toEqual({ companies: 0, clues: 0, workers: 0, events: 0, sequences: 0, audit: 0 });
  }, 120_000);

  it('refuses a ledger that already holds a company', async () => {
    const ledger = freshLedger();
    valueOf(await ledger.call('companies.create', { values: { name: '甲建筑公司', roles: ['施工总承包'] } }));
    await expect(installDemo(ledger.ctx, generateDemo())).rejects.toThrow('演示数据只能写入空台账');
    expect((ledger.ctx.sqlite.prepare('SELECT count(*) AS n FROM companies').get() as { n: number }).n).toBe(1);
  });

  it('refuses a ledger that already holds a clue', async () => {
    const ledger = freshLedger();
    valueOf(await ledger.call('clues.create', { values: { source: '来访', receivedDate: '2026-01-05', sector: '非工程建设', complainantName: '王五', employerName: '某餐馆' } }));
    await expect(installDemo(ledger.ctx, generateDemo())).rejects.toThrow('0个单位、0个项目、1条线索（含回收站），演示数据只能写入空台账');
    expect((ledger.ctx.sqlite.prepare('SELECT count(*) AS n FROM clues').get() as { n: number }).n).toBe(1);
  });
});
