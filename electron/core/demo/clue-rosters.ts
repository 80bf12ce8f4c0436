import type { RecordValues } from '../../../shared/domain/schema';
import { MONEY_UNIT_FEN, type CluePlan } from './clue-plans';
import type { ClueContext, DemoClue } from './clue-context';
import { makeIdNumber, makeMobile } from './identifiers';
import { workerName } from './names';
import { allocate, type SeededRandom } from './random';


/**
 * The workers of a group complaint, as the township collects them: names, ID numbers, phones, what each is owed
 * (adding up to the clue's amount) and, once wages were recovered, what each was paid. The complainant is the
 * first worker listed.
 */
export function makeRoster(
  context: ClueContext,
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


/**
 * Two rosters that do not match their clue, as happens: one lacks a worker who left before the list was made,
 * one was drawn up from the foreman's tally and comes out lower than the complaint. The grid highlights both.
 */
export function markRosterMismatches(random: SeededRandom, clues: DemoClue[]): void {
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
