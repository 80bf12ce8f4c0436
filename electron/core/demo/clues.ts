import type { RecordValues } from '../../../shared/domain/schema';
import type { LedgerSettings } from '../../../shared/domain/settings';
import * as words from './clue-texts';
import { planClues, type CluePlan, type DemoSource } from './clue-plans';
import type { ClueContext, DemoClue, DemoClueStep, Parties } from './clue-context';
import { makeRoster, markRosterMismatches } from './clue-rosters';
import { closedTimeline, openTimeline } from './clue-timelines';
import type { DemoCompany } from './companies';
import { DEMO_TOWNSHIPS, leaderFor, type DemoDepartment } from './county';
import { addDays } from './dates';
import { makeIdNumber, makeMobile } from './identifiers';
import { workerName } from './names';
import type { DemoProject } from './projects';
import type { SeededRandom } from './random';
import { WorkdayIndex } from './workdays';

export type { DemoClue, DemoClueStep } from './clue-context';

/**
 * The days the demo's clues were received in: the anchor's year so far; before March, the winter campaign's
 * (根治欠薪冬季专项行动, from 15 November), as the reference report counts them.
 */
export interface CluePeriod {
  from: string;
  to: string;
}

export function cluePeriod(anchor: string): CluePeriod {
  const year = Number(anchor.slice(0, 4));
  return { from: anchor < `${year}-03-01` ? `${year - 1}-11-15` : `${year}-01-01`, to: anchor };
}

/**
 * The county's wage-arrears clues for the period before `anchor`, each with the workflow steps that bring it to
 * where it stands today. Received, closed and resolved figures are the report's (see DEMO_TARGETS).
 */
export function generateClues(
  random: SeededRandom,
  projects: readonly DemoProject[],
  companies: readonly DemoCompany[],
  settings: Pick<LedgerSettings, 'clueDeadlineDays' | 'workCalendars'>,
  anchor: string,
): { period: CluePeriod; clues: DemoClue[] } {
  const period = cluePeriod(anchor);
  const context: ClueContext = {
    random,
    days: new WorkdayIndex(period.from, anchor, settings.workCalendars),
    limits: settings.clueDeadlineDays,
    projects,
    otherEmployers: companies.filter((c) => c.kind === 'other').map((c) => c.name),
    usedIds: new Set(),
    usedPlatformNos: new Set(),
    anchor,
  };
  const clues = planClues(random).map((plan) => buildClue(context, plan));
  clues.sort((a, b) => String(a.values['receivedDate']).localeCompare(String(b.values['receivedDate'])));
  numberCases(clues);
  markRosterMismatches(random, clues);
  return { period, clues };
}

function buildClue(context: ClueContext, plan: CluePlan): DemoClue {
  const { random, days } = context;
  const limit = context.limits[plan.source] ?? 15;
  const timeline = plan.open ? openTimeline(context, plan, limit) : closedTimeline(context, plan, limit);
  const received = days.at(timeline.received);
  const parties = chooseParties(context, plan, received);
  const units = [parties.assignTownship, parties.assignDepartment].filter(Boolean).join('、');

  const anonymous = ['国家平台', '省平台', '12345热线'].includes(plan.source) && random.chance(0.06);
  const idShare = plan.source === '国家平台' || plan.source === '省平台' ? 0.9 : plan.source === '12345热线' ? 0.3 : 1;
  const person = workerName(random);
  const complainant = {
    name: anonymous ? null : person.name,
    idNumber: !anonymous && random.chance(idShare) ? makeIdNumber(random, context.anchor, context.usedIds, { male: person.male }) : null,
    phone: random.chance(anonymous ? 0.5 : 0.95) ? makeMobile(random) : null,
  };
  const period = words.arrearsPeriod(random, received);
  const values: RecordValues = {
    platformNo: platformNo(context, plan.source, received),
    source: plan.source,
    receivedDate: received,
    sector: plan.sector,
    township: parties.township,
    anonymous,
    complainantName: complainant.name,
    complainantIdNumber: complainant.idNumber,
    complainantPhone: complainant.phone,
    employerName: parties.employerIsCompany ? null : parties.employer,
    workersInvolved: plan.workersInvolved,
    amountInvolved: plan.amountInvolved,
    arrearsPeriod: period,
    summary: words.summaryText(random, { workers: plan.workersInvolved, amountFen: plan.amountInvolved, employer: parties.employer, project: parties.project ? String(parties.project.values['name']) : null, period }),
    demand: words.demandText(random, received),
    note: intakeNote(random, plan.source, received),
  };
  const steps = timeline.steps.map((make) => make({ parties, units, limit }));
  const rosterWanted = plan.open?.state !== '待受理' && (plan.workersInvolved >= 3 || (plan.workersInvolved === 2 && random.chance(0.2)));
  const roster = rosterWanted ? makeRoster(context, plan, complainant, timeline.paidDate === null ? null : days.at(timeline.paidDate)) : [];
  return { values, employer: parties.employerIsCompany ? parties.employer : null, project: parties.project ? String(parties.project.values['name']) : null, roster, steps };
}


function chooseParties(context: ClueContext, plan: CluePlan, received: string): Parties {
  const { random } = context;
  if (plan.sector === '工程建设') {
    const project = pickProject(context, plan, received);
    const subcontractors = project.subcontractors.filter((name) => /劳务/.test(name));
    const employer = subcontractors.length > 0 && random.chance(0.35) ? random.pick(subcontractors) : project.contractor;
    const township = String(project.values['township']);
    const department = String(project.values['department']);
    return {
      township,
      project,
      employer,
      employerIsCompany: true,
      assignTownship: random.chance(0.9) ? township : null,
      assignDepartment: department,
      leader: leaderFor(department as DemoDepartment),
    };
  }
  const township = random.chance(0.5) ? '兴国镇' : random.pick(DEMO_TOWNSHIPS);
  const registered = context.otherEmployers.length > 0 && random.chance(0.3);
  return {
    township,
    project: null,
    employer: registered ? random.pick(context.otherEmployers) : words.shopName(random),
    employerIsCompany: registered,
    assignTownship: random.chance(0.5) ? township : null,
    assignDepartment: '人社局',
    leader: leaderFor('人社局'),
  };
}

/** A project under way for a few weeks by the received day; the big, the stopped and those without a deposit draw more complaints. */
function pickProject(context: ClueContext, plan: CluePlan, received: string): DemoProject {
  const { random } = context;
  const candidates = context.projects.filter((p) => addDays(String(p.values['startDate']), 20) <= received);
  const pool = candidates.length > 0 ? candidates : context.projects;
  const weights = pool.map((p) => {
    const price = Number(p.values['contractPrice'] ?? 0) / 1_000_000;
    const stopped = p.values['status'] === '停工' ? 3 : 1;
    const noDeposit = p.values['depositAmount'] == null && price >= 300 ? 2 : 1;
    const big = plan.size === 'large' || plan.caseFiled ? price : Math.sqrt(price);
    return Math.max(big, 1) * stopped * noDeposit;
  });
  let roll = random.next() * weights.reduce((sum, w) => sum + w, 0);
  for (let i = 0; i < pool.length; i++) {
    roll -= weights[i] ?? 0;
    if (roll < 0) return pool[i] as DemoProject;
  }
  return pool.at(-1) as DemoProject;
}

function platformNo(context: ClueContext, source: DemoSource, received: string): string | null {
  if (source !== '国家平台' && source !== '省平台') return null;
  const day = received.replaceAll('-', '');
  for (;;) {
    const no = source === '国家平台' ? `GJ${day}${context.random.int(10_000, 99_999)}` : `GS${day}${context.random.int(1_000, 9_999)}`;
    if (!context.usedPlatformNos.has(no)) {
      context.usedPlatformNos.add(no);
      return no;
    }
  }
}

function intakeNote(random: SeededRandom, source: DemoSource, received: string): string | null {
  if (source === '12345热线') return `12345热线工单号：${received.replaceAll('-', '')}${random.int(1_000, 9_999)}`;
  if (source === '排查发现') return '县根治欠薪工作专班在项目检查中发现，现场登记。';
  if (source === '信访') return '县信访局转办。';
  return null;
}

/** Case numbers in the order the cases were opened, per year: 秦人社监察立〔2026〕1号 … */
function numberCases(clues: DemoClue[]): void {
  const filings = clues
    .flatMap((clue) => clue.steps)
    .filter((step): step is Extract<DemoClueStep, { kind: 'flag' }> => step.kind === 'flag' && step.input.flag === 'caseFiled')
    .sort((a, b) => String(a.input.date).localeCompare(String(b.input.date)));
  const perYear = new Map<string, number>();
  for (const filing of filings) {
    const year = String(filing.input.date).slice(0, 4);
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    filing.input.caseNumber = `秦人社监察立〔${year}〕${n}号`;
  }
}
