import type { z } from 'zod';
import type { clueActInput, clueFlagInput } from '../../../shared/contract/clues';
import { formatChineseDate } from '../../../shared/dates';
import type { RecordValues } from '../../../shared/domain/schema';
import type { LedgerSettings } from '../../../shared/domain/settings';
import * as words from './clue-texts';
import { MONEY_UNIT_FEN, planClues, type CluePlan, type DemoSource } from './clue-plans';
import type { DemoCompany } from './companies';
import { DEMO_TOWNSHIPS, leaderFor, type DemoDepartment } from './county';
import { addDays } from './dates';
import { makeIdNumber, makeMobile } from './identifiers';
import { workerName } from './names';
import type { DemoProject } from './projects';
import { allocate, type SeededRandom } from './random';
import { WorkdayIndex } from './workdays';

type ActStep = Omit<z.input<typeof clueActInput>, 'id' | 'version'>;
type FlagStep = Omit<z.input<typeof clueFlagInput>, 'id' | 'version'>;

/** One thing done to a clue after it is registered, in order; the installer runs each through the core's workflow. */
export type DemoClueStep =
  | { kind: 'act'; input: ActStep }
  | { kind: 'flag'; input: FlagStep }
  | { kind: 'progress'; date: string; note: string }
  | { kind: 'attendance'; date: string; departmentPresent: boolean; companyHeadPresent: boolean; worksTownshipPresent: boolean; homeTownshipPresent: boolean; note?: string };

/** A demo clue: what the clerk registers, its roster (欠薪农民工名单) and what is done to it afterwards. */
export interface DemoClue {
  values: RecordValues;
  /** the demo company complained about, by name (employerCompanyId once inserted); null for a free-text employer */
  employer: string | null;
  /** the demo project, by name (projectId once inserted) */
  project: string | null;
  roster: RecordValues[];
  steps: DemoClueStep[];
}

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

/** More complaints before the Spring Festival and at the year's end, when wages are settled. */
const MONTH_WEIGHT = [1.6, 1.3, 0.9, 0.8, 0.8, 0.9, 0.8, 0.8, 1, 1, 1.2, 1.5];

interface Parties {
  township: string;
  project: DemoProject | null;
  /** a registered company's name, or the free text */
  employer: string;
  employerIsCompany: boolean;
  assignTownship: string | null;
  assignDepartment: string;
  leader: string;
}

interface Context {
  random: SeededRandom;
  days: WorkdayIndex;
  limits: Record<string, number>;
  projects: readonly DemoProject[];
  otherEmployers: readonly string[];
  usedIds: Set<string>;
  usedPlatformNos: Set<string>;
  anchor: string;
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
  const context: Context = {
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

function buildClue(context: Context, plan: CluePlan): DemoClue {
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

type StepMaker = (who: { parties: Parties; units: string; limit: number }) => DemoClueStep;

interface Timeline {
  /** working-day index of the received date */
  received: number;
  steps: StepMaker[];
  /** the day the workers were paid (the feedback day of a clue that recovered wages) */
  paidDate: number | null;
}

/** The received day: a working day in the period that leaves `span` working days before today, weighted by month. */
function pickReceived(context: Context, span: number): number {
  const { random, days } = context;
  const latest = days.last - span;
  if (latest < 0) throw new Error(`demo: the clue period is too short for a clue handled over ${span} working days`);
  const weights = Array.from({ length: latest + 1 }, (_, i) => MONTH_WEIGHT[Number(days.at(i).slice(5, 7)) - 1] ?? 1);
  let roll = random.next() * weights.reduce((sum, w) => sum + w, 0);
  for (let i = 0; i <= latest; i++) {
    roll -= weights[i] ?? 0;
    if (roll < 0) return i;
  }
  return latest;
}

function act(date: string, action: ActStep['action'], more: Omit<ActStep, 'action' | 'date'> = {}): DemoClueStep {
  return { kind: 'act', input: { action, date, ...more } };
}

function assignment(who: { parties: Parties }): Pick<ActStep, 'township' | 'department'> {
  return { ...(who.parties.assignTownship ? { township: who.parties.assignTownship } : {}), department: who.parties.assignDepartment };
}

/** Escalations during handling, from the start day on: 挂牌督办, 领导包案, 立案 and the 四必到 sessions. */
function escalations(context: Context, plan: CluePlan, start: number, until: number): { at: number; make: StepMaker }[] {
  const { random, days } = context;
  const out: { at: number; make: StepMaker }[] = [];
  if (plan.supervised) out.push({ at: start, make: () => ({ kind: 'flag', input: { flag: 'supervised', on: true, date: days.at(start), reason: random.pick(words.SUPERVISION_REASONS) } }) });
  if (plan.leaderOwned) {
    out.push({
      at: start,
      make: ({ parties }) => ({
        kind: 'flag',
        input: { flag: 'leaderOwned', on: true, date: days.at(start), leader: parties.leader, plan: words.leaderPlanText(parties.leader, parties.assignDepartment, parties.assignTownship) },
      }),
    });
  }
  if (plan.caseFiled) out.push({ at: start + 1, make: () => ({ kind: 'flag', input: { flag: 'caseFiled', on: true, date: days.at(start + 1), caseNumber: '（立案后编号）', reason: words.CASE_REASON } }) });
  for (let i = 0; i < plan.attendance; i++) {
    const at = Math.min(start + 1 + i * 2, until);
    const all = random.chance(0.75);
    out.push({
      at,
      make: () => ({
        kind: 'attendance',
        date: days.at(at),
        departmentPresent: true,
        companyHeadPresent: all || random.chance(0.5),
        worksTownshipPresent: true,
        homeTownshipPresent: all,
        note: all ? '四方现场接待来访农民工，当场研究解决办法。' : '缺席方已电话督促，下次接待时必须到场。',
      }),
    });
  }
  return out;
}

function closedTimeline(context: Context, plan: CluePlan, limit: number): Timeline {
  const { random, days } = context;
  const accept = random.chance(0.6) ? 0 : 1;
  const assign = accept + (random.chance(0.5) ? 0 : 1);
  const start = assign + random.int(1, 2);
  const deadline = assign + limit;
  let feedbacks: number[];
  let sendBack: number | null = null;
  if (plan.sendBack) {
    const first = random.int(start + 1, deadline - 5);
    sendBack = first + 1;
    feedbacks = [first, sendBack + random.int(1, 2)];
  } else if (plan.late) {
    feedbacks = [deadline + random.int(0, 3)];
  } else if (plan.caseFiled || plan.attendance > 0) {
    feedbacks = [deadline - random.int(1, 2)];
  } else {
    feedbacks = [random.int(start + 1, Math.max(start + 1, deadline - 3))];
  }
  const feedback = feedbacks.at(-1) as number;
  const close = plan.late ? feedback + 1 : Math.min(feedback + random.int(0, 1), deadline);
  // the re-opened clue: followed up unsatisfied, assigned again, handled and closed again
  const reopen = plan.reassign ? { followUp: close + 1, reassign: close + 2, start: close + 3, feedback: close + 2 + random.int(3, 5) } : null;
  const lastClose = reopen ? reopen.feedback + 1 : close;
  const required = reopen || plan.unsatisfied ? lastClose + 3 : lastClose;
  const received = pickReceived(context, required);
  const at = (offset: number): number => received + offset;
  const date = (offset: number): string => days.at(at(offset));

  const steps: { at: number; make: StepMaker }[] = [
    { at: at(accept), make: () => act(date(accept), 'accept') },
    { at: at(assign), make: (who) => act(date(assign), 'assign', assignment(who)) },
    { at: at(start), make: () => act(date(start), 'startHandling') },
    ...escalations(context, plan, at(start), at(feedback) - 1),
  ];
  if (random.chance(0.3) && feedbacks[0] !== undefined && feedbacks[0] > start + 1) {
    const note = random.int(start + 1, feedbacks[0] - 1);
    steps.push({ at: at(note), make: ({ parties }) => ({ kind: 'progress', date: date(note), note: words.interimProgressText(random, parties.employer) }) });
  }
  if (plan.police) steps.push({ at: at(feedback), make: () => ({ kind: 'flag', input: { flag: 'referredToPolice', on: true, date: date(feedback), reason: words.POLICE_REASON } }) });
  if (plan.arbitration) steps.push({ at: at(feedback), make: () => ({ kind: 'flag', input: { flag: 'guidedToArbitration', on: true, date: date(feedback), reason: words.ARBITRATION_REASON } }) });
  // before a re-opening, the first feedback reported only part of what was owed
  const feedbackStep = (offset: number, share = 1): StepMaker => (who) => {
    const outcome = plan.outcome ?? '其他';
    const amount = plan.amountResolved === null ? null : Math.round((plan.amountResolved * share) / MONEY_UNIT_FEN) * MONEY_UNIT_FEN;
    return act(date(offset), 'feedback', {
      conclusion: outcome,
      ...(plan.workersResolved !== null ? { workersResolved: plan.workersResolved } : {}),
      ...(amount !== null ? { amountResolved: amount } : {}),
      ...(outcome === '部分解决' ? { unresolvedReason: words.unresolvedReasonText(random) } : {}),
      note: words.feedbackText(random, outcome, { units: who.units, employer: who.parties.employer, amountFen: amount, building: who.parties.project !== null }),
    });
  };
  feedbacks.forEach((offset, i) => {
    steps.push({ at: at(offset), make: feedbackStep(offset, reopen ? 0.6 : 1) });
    if (i === 0 && sendBack !== null) {
      const back = sendBack;
      steps.push({ at: at(back), make: () => act(date(back), 'sendBack', { note: random.pick(words.SEND_BACK_REASONS) }) });
    }
  });
  steps.push({ at: at(close), make: () => act(date(close), 'close') });

  let closedAt = close;
  if (reopen) {
    const r = reopen;
    steps.push(
      { at: at(r.followUp), make: () => act(date(r.followUp), 'followUp', { satisfaction: '不满意' }) },
      { at: at(r.reassign), make: (who) => act(date(r.reassign), 'reassign', { ...assignment(who), note: words.REASSIGN_NOTE }) },
      { at: at(r.start), make: () => act(date(r.start), 'startHandling') },
      { at: at(r.feedback), make: feedbackStep(r.feedback) },
      { at: at(r.feedback + 1), make: () => act(date(r.feedback + 1), 'close') },
    );
    closedAt = r.feedback + 1;
  }
  // 回访 and 归档 when today has come that far
  const followUp = closedAt + random.int(1, 3);
  const followsUp = plan.unsatisfied || reopen !== null || random.chance(plan.source === '国家平台' || plan.source === '省平台' ? 0.8 : 0.5);
  if (followsUp && at(followUp) <= days.last) {
    const satisfaction = plan.unsatisfied ? '不满意' : random.chance(0.86) ? '满意' : '基本满意';
    steps.push({ at: at(followUp), make: () => act(date(followUp), 'followUp', { satisfaction }) });
  }
  const archive = closedAt + random.int(10, 25);
  if (!reopen && !plan.unsatisfied && random.chance(0.6) && at(archive) <= days.last) steps.push({ at: at(archive), make: () => act(date(archive), 'archive') });

  return { received, steps: inOrder(steps), paidDate: plan.workersResolved !== null ? at(feedback) : null };
}

/** An open clue is placed backwards from today, so its deadline falls where the plan wants it. */
function openTimeline(context: Context, plan: CluePlan, limit: number): Timeline {
  const { random, days } = context;
  const open = plan.open;
  if (!open) throw new Error('demo: not an open clue');
  const today = days.last;
  if (open.state === '待受理' || open.state === '已受理') {
    const received = today - random.int(0, 1);
    return { received, steps: open.state === '已受理' ? [() => act(days.at(today), 'accept')] : [], paidDate: null };
  }
  const deadline = open.stale
    ? today - 3
    : open.due === 'overdue'
      ? today - random.int(1, 5)
      : open.due === 'dueSoon'
        ? today + random.int(1, 2)
        : today + random.int(4, 8);
  const assign = deadline - limit;
  const accept = assign - (random.chance(0.5) ? 0 : 1);
  const received = accept - (random.chance(0.6) ? 0 : 1);
  if (received < 0) throw new Error('demo: the clue period is too short for the open clues');
  const date = (index: number): string => days.at(index);

  const steps: { at: number; make: StepMaker }[] = [
    { at: accept, make: () => act(date(accept), 'accept') },
    { at: assign, make: (who) => act(date(assign), 'assign', assignment(who)) },
  ];
  if (open.state === '核处中' || open.state === '已反馈') {
    const start = Math.min(assign + random.int(1, 2), today);
    const quiet = open.stale ? start + 5 : today;
    steps.push({ at: start, make: () => act(date(start), 'startHandling') }, ...escalations(context, plan, start, quiet));
    if (open.agreement) {
      const agreed = Math.min(start + random.int(1, 4), today);
      const payBy = formatChineseDate(days.at(today + random.int(3, 12))).replace(/^\d+年/, '');
      const agreement = (who: { parties: Parties; units: string }): string =>
        words.agreementText({ units: who.units, employer: who.parties.employer, workers: plan.workersInvolved, amountFen: plan.amountInvolved, payBy });
      if (open.state === '已反馈') {
        steps.push({ at: agreed, make: (who) => act(date(agreed), 'feedback', { conclusion: '已达成协议', note: agreement(who) }) });
      } else {
        steps.push({ at: agreed, make: (who) => ({ kind: 'progress', date: date(agreed), note: agreement(who) }) });
      }
    } else if (!open.stale && start < today) {
      const note = random.int(start + 1, today);
      steps.push({ at: note, make: ({ parties }) => ({ kind: 'progress', date: date(note), note: words.interimProgressText(random, parties.employer) }) });
    }
  }
  return { received, steps: inOrder(steps), paidDate: null };
}

/** Steps by day; on the same day in the order they were planned (an action before the flag that follows it). */
function inOrder(steps: { at: number; make: StepMaker }[]): StepMaker[] {
  return steps
    .map((step, i) => ({ ...step, i }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((step) => step.make);
}

function chooseParties(context: Context, plan: CluePlan, received: string): Parties {
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
function pickProject(context: Context, plan: CluePlan, received: string): DemoProject {
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

function platformNo(context: Context, source: DemoSource, received: string): string | null {
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

/**
 * The workers of a group complaint, as the township collects them: names, ID numbers, phones, what each is owed
 * (adding up to the clue's amount) and, once wages were recovered, what each was paid. The complainant is the
 * first worker listed.
 */
function makeRoster(
  context: Context,
  plan: CluePlan,
  complainant: { name: string | null; idNumber: string | null; phone: string | null },
  paidDate: string | null,
): RecordValues[] {
  const { random } = context;
  const owedUnits = allocate(
    plan.amountInvolved / MONEY_UNIT_FEN,
    Array.from({ length: plan.workersInvolved }, () => random.between(0.6, 1.4)),
    { min: 1 },
  );
  const paidUnits = plan.amountResolved === null ? null : allocate(Math.min(plan.amountResolved / MONEY_UNIT_FEN, sum(owedUnits)), owedUnits, { caps: owedUnits });
  return owedUnits.map((owed, i) => {
    const first = i === 0 && complainant.name !== null && complainant.idNumber !== null;
    const paid = paidUnits?.[i] ?? null;
    const worker = workerName(random);
    return {
      name: first ? complainant.name : worker.name,
      idNumber: first ? complainant.idNumber : random.chance(0.95) ? makeIdNumber(random, context.anchor, context.usedIds, { male: worker.male }) : null,
      phone: first ? complainant.phone : random.chance(0.75) ? makeMobile(random) : null,
      amountOwed: owed * MONEY_UNIT_FEN,
      amountPaid: paid === null ? null : paid * MONEY_UNIT_FEN,
      paidDate: paid ? paidDate : null,
      note: i === 0 && plan.workersInvolved >= 5 ? '班组长' : null,
    };
  });
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

/**
 * Two rosters that do not match their clue, as happens: one lacks a worker who left before the list was made,
 * one was drawn up from the foreman's tally and comes out lower than the complaint. The grid highlights both.
 */
function markRosterMismatches(random: SeededRandom, clues: DemoClue[]): void {
  const candidates = clues.filter((c) => c.roster.length >= 4 && c.values['workersInvolved'] === c.roster.length && Number(c.roster.at(-1)?.['amountOwed']) > MONEY_UNIT_FEN);
  const [short, lower] = random.sample(candidates, 2);
  if (!short || !lower) throw new Error('demo: too few rosters to leave two unmatched');
  short.roster.pop();
  short.values['note'] = [short.values['note'], '名单缺1人（已离场，联系不上），待补充。'].filter(Boolean).join('');
  const last = lower.roster.at(-1) as RecordValues;
  const cut = Math.min(Number(last['amountOwed']) - MONEY_UNIT_FEN, 120 * MONEY_UNIT_FEN);
  last['amountOwed'] = Number(last['amountOwed']) - cut;
  if (typeof last['amountPaid'] === 'number') last['amountPaid'] = Math.min(last['amountPaid'], Number(last['amountOwed']));
  lower.values['note'] = [lower.values['note'], '名单金额按班组长记工单统计，比投诉金额少，待核实。'].filter(Boolean).join('');
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
