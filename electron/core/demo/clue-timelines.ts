import * as words from './clue-texts';
import { MONEY_UNIT_FEN, type CluePlan } from './clue-plans';
import type { ActStep, ClueContext, DemoClueStep, Parties, StepMaker, Timeline } from './clue-context';
import { formatChineseDate } from '../../../shared/dates';

/** When each step of a demo clue happens, in working days: closed clues from a received day, open ones back from today. */

/** More complaints before the Spring Festival and at the year's end, when wages are settled. */
const MONTH_WEIGHT = [1.6, 1.3, 0.9, 0.8, 0.8, 0.9, 0.8, 0.8, 1, 1, 1.2, 1.5];

/** The received day: a working day in the period that leaves `span` working days before today, weighted by month. */
function pickReceived(context: ClueContext, span: number): number {
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
function escalations(context: ClueContext, plan: CluePlan, start: number, until: number): { at: number; make: StepMaker }[] {
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

export function closedTimeline(context: ClueContext, plan: CluePlan, limit: number): Timeline {
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
export function openTimeline(context: ClueContext, plan: CluePlan, limit: number): Timeline {
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
