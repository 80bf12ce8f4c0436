import { computeRequiredDeposit } from '../../../shared/domain/deposit';
import type { RecordValues } from '../../../shared/domain/schema';
import { BUILDERS, blacklistedContractorName, type DemoCompany, type Specialty } from './companies';
import { leaderFor } from './county';
import { addDays, maxDate, minDate } from './dates';
import { makeAccountNumber, makeMobile } from './identifiers';
import { BANKS, GUARANTORS, INSURERS, personName } from './names';
import { PROJECT_SPECS, specialtyOf, type ProjectSpec } from './project-specs';
import { allocate, type SeededRandom } from './random';
import { DEMO_DEPOSIT_RULES, DEMO_TARGETS } from './targets';

/** A demo project: its catalog values, and its companies by name (ids are known only once they are inserted). */
export interface DemoProject {
  values: RecordValues;
  builder: string;
  contractor: string;
  subcontractors: string[];
}

const FEN_PER_YUAN = 100;
const FEN_PER_WAN = 1_000_000;
/** no demo date before this */
const EARLIEST = '2025-02-20';

interface Draft {
  spec: ProjectSpec;
  values: RecordValues;
  contractor: string;
  subcontractors: string[];
  priceFen: number;
  start: string;
  recordAdjustment: number;
}

/** The 65 projects, with figures that add up to the reference report's (see DEMO_TARGETS). */
export function generateProjects(random: SeededRandom, companies: readonly DemoCompany[], anchor: string): DemoProject[] {
  const drafts = PROJECT_SPECS.map((spec) => draftProject(random, spec, anchor));
  assignCompanies(random, drafts, companies);
  assignPrices(random, drafts);
  assignDeposits(random, drafts, anchor);
  assignWorkforce(random, drafts, anchor);
  assignGovernmentFunds(random, drafts);
  assignCodes(drafts);
  return drafts.map((draft) => ({
    values: draft.values,
    builder: BUILDERS[draft.spec.builder].name,
    contractor: draft.contractor,
    subcontractors: draft.subcontractors,
  }));
}

function draftProject(random: SeededRandom, spec: ProjectSpec, anchor: string): Draft {
  const daysSinceEarliest = Math.round((Date.parse(anchor) - Date.parse(EARLIEST)) / 86_400_000);
  const ago = (min: number, max: number): number => random.int(Math.min(min, daysSinceEarliest), Math.min(max, daysSinceEarliest));
  const [startAgo, duration] = ((): [number, number] => {
    switch (spec.group) {
      case 'cap':
        return [ago(150, 540), random.int(540, 900)];
      case 'deposit':
        return [ago(90, 540), random.int(300, 720)];
      case 'missing':
        return [spec.recent ? random.int(5, 25) : ago(45, 300), random.int(180, 540)];
      case 'small':
        return spec.completed ? [ago(200, 420), random.int(90, 200)] : [ago(30, 300), random.int(90, 270)];
    }
  })();
  // most works under way are not yet due; a few run late
  const planned = spec.completed ? duration : Math.max(duration, startAgo + random.int(-20, 240));
  const start = addDays(anchor, -startAgo);
  const values: RecordValues = {
    name: spec.name,
    projectType: spec.type,
    investmentType: spec.investment,
    township: spec.township,
    department: spec.department,
    leader: leaderFor(spec.department),
    status: spec.completed ? '完工' : spec.stopped ? '停工' : '在建',
    projectManager: personName(random),
    labourClerk: personName(random),
    labourClerkPhone: makeMobile(random),
    startDate: start,
    plannedCompletionDate: addDays(start, planned),
    actualCompletionDate: spec.completed ? minDate(addDays(start, random.int(90, 180)), addDays(anchor, -random.int(5, 30))) : null,
    depositRecord: spec.record ?? (spec.group === 'small' && random.chance(0.3) ? '连续两年无拖欠' : '一般'),
    note: noteFor(spec),
  };
  const recordAdjustment =
    values['depositRecord'] === '连续两年无拖欠' ? DEMO_DEPOSIT_RULES.cleanRecordPercent : values['depositRecord'] === '近两年有拖欠' ? DEMO_DEPOSIT_RULES.arrearsPercent : 100;
  return { spec, values, contractor: '', subcontractors: [], priceFen: 0, start, recordAdjustment };
}

function noteFor(spec: ProjectSpec): string | null {
  if (spec.blacklistedContractor) return '总包单位已列入拖欠农民工工资失信联合惩戒名单，工资保证金按规定上浮存储，尚未存储，已约谈督促。';
  if (spec.stopped) return '因建设资金未到位停工，已纳入欠薪隐患重点监管，每周调度工资支付情况。';
  if (spec.recent) return '新开工项目，工资保证金正在办理。';
  return null;
}

/** General contractors by specialty, spread evenly; subcontractors for the larger projects. */
function assignCompanies(random: SeededRandom, drafts: Draft[], companies: readonly DemoCompany[]): void {
  const blacklisted = blacklistedContractorName(companies);
  const pools = new Map<Specialty, string[]>();
  const queues = new Map<Specialty, string[]>();
  for (const company of companies) {
    if (company.kind !== 'contractor' || company.flagged || !company.specialty) continue;
    pools.set(company.specialty, [...(pools.get(company.specialty) ?? []), company.name]);
  }
  const nextContractor = (specialty: Specialty): string => {
    let queue = queues.get(specialty);
    if (!queue || queue.length === 0) {
      queue = random.shuffle(pools.get(specialty) ?? []);
      queues.set(specialty, queue);
    }
    const name = queue.pop();
    if (!name) throw new Error(`demo: no ${specialty} contractor`);
    return name;
  };
  const labour = companies.filter((c) => c.kind === 'labour' && !c.flagged).map((c) => c.name);
  const specialists = companies.filter((c) => c.kind === 'specialist').map((c) => c.name);

  for (const draft of drafts) {
    draft.contractor = draft.spec.blacklistedContractor ? blacklisted : nextContractor(specialtyOf(draft.spec.type));
    const group = draft.spec.group;
    const labourCount = group === 'cap' ? random.int(1, 2) : group === 'deposit' ? 1 : group === 'missing' ? random.int(0, 1) : random.chance(0.4) ? 1 : 0;
    const specialistCount = group === 'cap' ? random.int(1, 2) : group === 'deposit' && draft.spec.type === '房建' ? random.int(0, 2) : 0;
    draft.subcontractors = [...random.sample(labour, labourCount), ...random.sample(specialists, specialistCount)];
  }
}

/**
 * Contract prices. Stored deposits come first: the 18 amounts add up to the report's total, and each project's
 * price is the one whose required deposit is exactly what it stored, so "已存" equals "应存" on every one of them.
 */
function assignPrices(random: SeededRandom, drafts: Draft[]): void {
  const capped = drafts.filter((d) => d.spec.group === 'cap');
  const stored = drafts.filter((d) => d.spec.group === 'deposit');
  const capYuan = DEMO_DEPOSIT_RULES.capFen / FEN_PER_YUAN;
  const restYuan = DEMO_TARGETS.depositTotalFen / FEN_PER_YUAN - capYuan * capped.length;
  const amounts = allocate(
    restYuan,
    stored.map((d) => (d.spec.weight ?? 1) * random.between(0.85, 1.15)),
    { min: 300_000 },
  );
  for (const draft of capped) {
    // big enough that 2% reaches the cap
    draft.priceFen = random.int(capYuan * 50 + 1_000_000, 298_000_000) * FEN_PER_YUAN;
    draft.values['depositAmount'] = DEMO_DEPOSIT_RULES.capFen;
  }
  stored.forEach((draft, i) => {
    const depositYuan = amounts[i] ?? 0;
    const yuanPerDepositYuan = 1_000_000 / (DEMO_DEPOSIT_RULES.rateBasisPoints * draft.recordAdjustment);
    if (!Number.isInteger(yuanPerDepositYuan)) throw new Error('demo: deposit rules give no whole contract price');
    draft.priceFen = depositYuan * yuanPerDepositYuan * FEN_PER_YUAN;
    draft.values['depositAmount'] = depositYuan * FEN_PER_YUAN;
  });
  for (const draft of drafts) {
    if (draft.spec.group === 'missing') draft.priceFen = random.int(3_200_000, 48_000_000) * FEN_PER_YUAN + random.int(0, 99);
    if (draft.spec.group === 'small') draft.priceFen = random.int(500_000, 2_980_000) * FEN_PER_YUAN + random.int(0, 99);
    draft.values['contractPrice'] = draft.priceFen;
    const required = computeRequiredDeposit(
      { contractPriceFen: draft.priceFen, depositRecord: draft.values['depositRecord'] as string, contractorBlacklisted: draft.spec.blacklistedContractor === true },
      DEMO_DEPOSIT_RULES,
    );
    const stores = draft.spec.group === 'cap' || draft.spec.group === 'deposit';
    if ((stores && required.requiredFen !== draft.values['depositAmount']) || (draft.spec.group === 'small') !== required.exempt || draft.priceFen > 300_000_000 * FEN_PER_YUAN) {
      throw new Error(`demo: the deposit of “${draft.spec.name}” does not work out (${required.basis})`);
    }
  }
}

/** How each of the 18 deposits is held; two guarantees run out within the month. */
function assignDeposits(random: SeededRandom, drafts: Draft[], anchor: string): void {
  const stored = drafts.filter((d) => d.spec.group === 'cap' || d.spec.group === 'deposit');
  const forms = random.shuffle([...Array<string>(10).fill('现金'), ...Array<string>(4).fill('银行保函'), '担保公司保函', '担保公司保函', '保证保险', '保证保险']);
  let expiringSoon = 2;
  stored.forEach((draft, i) => {
    const form = forms[i] ?? '现金';
    const depositDate = minDate(addDays(draft.start, random.int(7, 45)), addDays(anchor, -3));
    const year = depositDate.slice(0, 4);
    const bank = random.pick(BANKS);
    let number: string = bank.name;
    if (form === '银行保函') number = `${bank.short}保函字〔${year}〕第${random.int(3, 96)}号`;
    if (form === '担保公司保函') number = `${random.pick(GUARANTORS).short}保〔${year}〕${random.int(101, 980)}号`;
    if (form === '保证保险') number = `${random.pick(INSURERS).prefix}${year}620522${String(random.int(0, 999_999)).padStart(6, '0')}`;
    let expiry: string | null = null;
    if (form !== '现金') {
      if (expiringSoon > 0) {
        expiry = addDays(anchor, expiringSoon === 2 ? random.int(5, 12) : random.int(18, 27));
        expiringSoon--;
      } else {
        expiry = maxDate(addDays(depositDate, random.pick([365, 730])), addDays(anchor, random.int(60, 400)));
      }
    }
    Object.assign(draft.values, { depositForm: form, depositBankOrGuaranteeNo: number, depositDate, guaranteeExpiryDate: expiry });
  });
}

/**
 * The five systems and the workforce: real-name registration, labour contracts and wage cards add up to the report's
 * figures; a realistic minority lacks a wage account, a rights board, bank payroll or the pledge.
 */
function assignWorkforce(random: SeededRandom, drafts: Draft[], anchor: string): void {
  const recent = drafts.filter((d) => d.spec.recent);
  const small = drafts.filter((d) => d.spec.group === 'small' && !d.spec.completed);
  const missing = drafts.filter((d) => d.spec.group === 'missing' && !d.spec.recent);
  const noRealName = new Set(random.sample(recent, 2));
  const noAccount = new Set([...random.sample(recent, 2), ...random.sample(missing, 3), ...random.sample(small, 2)]);
  const noBoard = new Set([...random.sample(recent, 2), ...random.sample(small, 3), ...random.sample(missing, 1)]);
  const noPledge = new Set([...random.sample(recent, 1), ...random.sample(small, 3)]);
  const noPayroll = new Set([...noAccount, ...recent, ...random.sample(small, 1)]);

  const registered = drafts.filter((d) => !noRealName.has(d));
  const workers = allocate(
    DEMO_TARGETS.registeredWorkers,
    registered.map((d) => Math.sqrt(d.priceFen / FEN_PER_WAN) * random.between(0.75, 1.25)),
    { min: 6 },
  );
  const contracts = allocate(DEMO_TARGETS.labourContracts, workers.map((n) => n * random.between(0.8, 1.2)), { caps: workers });
  const cards = allocate(DEMO_TARGETS.wageCards, workers.map((n) => n * random.between(0.7, 1.3)), { caps: workers });
  registered.forEach((draft, i) => {
    Object.assign(draft.values, {
      realNameInPlace: true,
      registeredWorkers: workers[i] ?? 0,
      contractsDue: contracts[i] ?? 0,
      contractsSigned: contracts[i] ?? 0,
      wageCardsIssued: cards[i] ?? 0,
    });
  });

  for (const draft of drafts) {
    const registeredCount = typeof draft.values['registeredWorkers'] === 'number' ? draft.values['registeredWorkers'] : 0;
    if (!noAccount.has(draft)) {
      Object.assign(draft.values, {
        wageAccountOpened: true,
        wageAccountBank: random.pick(BANKS).name,
        wageAccountNumber: makeAccountNumber(random),
        wageAccountOpenedDate: maxDate(addDays(draft.start, -random.int(0, 20)), EARLIEST),
      });
    }
    if (!noPayroll.has(draft) && registeredCount > 0) {
      const paid = Math.max(1, Math.round(registeredCount * random.between(0.55, 0.95)));
      Object.assign(draft.values, { bankPayrollInPlace: true, workersPaid: paid, amountPaidThisYear: paid * random.int(9_000, 38_000) * FEN_PER_YUAN });
    }
    draft.values['rightsBoardInPlace'] = !noBoard.has(draft);
    if (!noPledge.has(draft)) {
      Object.assign(draft.values, { zeroArrearsPledgeSigned: true, zeroArrearsPledgeDate: minDate(addDays(draft.start, random.int(0, 10)), anchor) });
    }
  }
}

/** 2.23亿元 arranged for the government-invested projects, in whole 万元, never more than a contract's price. */
function assignGovernmentFunds(random: SeededRandom, drafts: Draft[]): void {
  const government = drafts.filter((d) => d.spec.investment === '政府投资');
  const arranged = allocate(
    DEMO_TARGETS.govFundsArrangedFen / FEN_PER_WAN,
    government.map((d) => d.priceFen * random.between(0.5, 1)),
    { caps: government.map((d) => Math.floor(d.priceFen / FEN_PER_WAN)) },
  );
  government.forEach((draft, i) => {
    const wan = arranged[i] ?? 0;
    draft.values['govFundsArranged'] = wan * FEN_PER_WAN;
    draft.values['govFundsDisbursed'] = Math.floor(wan * random.between(0.45, 0.95)) * FEN_PER_WAN;
  });
}

/** Platform codes numbered by start date within each year: 620522-2025-001 … */
function assignCodes(drafts: Draft[]): void {
  const byStart = [...drafts].sort((a, b) => a.start.localeCompare(b.start) || a.spec.name.localeCompare(b.spec.name));
  const counters = new Map<string, number>();
  for (const draft of byStart) {
    const year = draft.start.slice(0, 4);
    const n = (counters.get(year) ?? 0) + 1;
    counters.set(year, n);
    draft.values['code'] = `620522-${year}-${String(n).padStart(3, '0')}`;
  }
}
