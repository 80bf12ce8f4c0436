import { allocate, type SeededRandom } from './random';
import { DEMO_TARGETS } from './targets';

/**
 * What happens to each demo clue, before any name or date is chosen: its source and sector, how it ends (or which
 * state it is still in), its escalations, and — for the clues that recovered wages — the workers and the money,
 * split so the closed clues add up to the report's 1,283 workers and 1,937万元 exactly.
 */
export type DemoSource = keyof typeof DEMO_TARGETS.cluesBySource;
export type Outcome = '已解决' | '部分解决' | '诉求不属实' | '已引导仲裁或诉讼' | '已移送公安' | '其他';
export type Size = 'single' | 'few' | 'group' | 'large';
export type DueTarget = 'overdue' | 'dueSoon' | 'notDue';

export interface OpenPlan {
  state: '待受理' | '已受理' | '已交办' | '核处中' | '已反馈';
  /** where the deadline stands on the demo's today (assigned clues only) */
  due: DueTarget | null;
  /** an agreement to pay has been reached, the money is not yet paid (the 8 open national-platform clues) */
  agreement: boolean;
  /** nothing logged for weeks: the supervised case a warning should catch */
  stale: boolean;
}

export interface CluePlan {
  source: DemoSource;
  sector: '工程建设' | '非工程建设';
  /** how a closed clue ended; null while it is open */
  outcome: Outcome | null;
  open: OpenPlan | null;
  size: Size;
  caseFiled: boolean;
  supervised: boolean;
  leaderOwned: boolean;
  police: boolean;
  arbitration: boolean;
  /** 四必到 sessions */
  attendance: number;
  sendBack: boolean;
  /** closed, followed up 不满意, re-assigned and closed again */
  reassign: boolean;
  /** closed after its deadline */
  late: boolean;
  /** followed up 不满意 without being re-opened */
  unsatisfied: boolean;
  workersResolved: number | null;
  /** fen */
  amountResolved: number | null;
  workersInvolved: number;
  /** fen */
  amountInvolved: number;
}

/** Money is allocated in whole 10元 units, so the amounts read like wage claims. */
const UNIT_FEN = 1_000;
const SIZE_MIN: Record<Size, number> = { single: 1, few: 2, group: 5, large: 16 };
const SIZE_CAP: Record<Size, number> = { single: 1, few: 5, group: 25, large: 80 };
const SIZE_WEIGHT: Record<Size, number> = { single: 0, few: 3, group: 12, large: 35 };

const CONSTRUCTION_SHARE: Record<DemoSource, number> = { 国家平台: 0.88, 省平台: 0.85, '12345热线': 0.6, 来访: 0.8, 信访: 1, 排查发现: 1 };

function drawSize(random: SeededRandom): Size {
  const roll = random.next();
  return roll < 0.62 ? 'single' : roll < 0.87 ? 'few' : roll < 0.97 ? 'group' : 'large';
}

export function planClues(random: SeededRandom): CluePlan[] {
  const plan = (source: DemoSource, overrides: Partial<CluePlan> = {}): CluePlan => ({
    source,
    sector: random.chance(CONSTRUCTION_SHARE[source]) ? '工程建设' : '非工程建设',
    outcome: '已解决',
    open: null,
    size: drawSize(random),
    caseFiled: false,
    supervised: false,
    leaderOwned: false,
    police: false,
    arbitration: false,
    attendance: 0,
    sendBack: false,
    reassign: false,
    late: false,
    unsatisfied: false,
    workersResolved: null,
    amountResolved: null,
    workersInvolved: 0,
    amountInvolved: 0,
    ...overrides,
  });
  const open = (state: OpenPlan['state'], due: DueTarget | null, more: Partial<OpenPlan> = {}): OpenPlan => ({ state, due, agreement: false, stale: false, ...more });
  const building = { sector: '工程建设' } as const;

  const special: CluePlan[] = [
    // the seven cases opened (立案), the bigger and harder ones
    plan('国家平台', { ...building, caseFiled: true, size: 'large', supervised: true }),
    plan('国家平台', { ...building, caseFiled: true, size: 'group' }),
    plan('来访', { ...building, caseFiled: true, size: 'large', supervised: true, leaderOwned: true, attendance: 2 }),
    plan('信访', { ...building, caseFiled: true, size: 'large', leaderOwned: true, attendance: 1 }),
    plan('信访', { ...building, caseFiled: true, size: 'group', supervised: true, attendance: 1 }),
    plan('排查发现', { ...building, caseFiled: true, size: 'group' }),
    plan('排查发现', { ...building, caseFiled: true, size: 'large', police: true, outcome: '已移送公安' }),
    // still open: the 8 national-platform clues with agreements reached, and a few of the county's own
    plan('国家平台', { ...building, outcome: null, open: open('核处中', 'overdue', { agreement: true }), supervised: true, size: 'group' }),
    plan('国家平台', { ...building, outcome: null, open: open('核处中', 'overdue', { agreement: true }) }),
    plan('国家平台', { ...building, outcome: null, open: open('已反馈', 'overdue', { agreement: true }) }),
    plan('国家平台', { ...building, outcome: null, open: open('核处中', 'dueSoon', { agreement: true }) }),
    plan('国家平台', { ...building, outcome: null, open: open('核处中', 'dueSoon', { agreement: true }) }),
    plan('国家平台', { ...building, outcome: null, open: open('核处中', 'notDue', { agreement: true }) }),
    plan('国家平台', { ...building, outcome: null, open: open('已反馈', 'notDue', { agreement: true }) }),
    plan('国家平台', { ...building, outcome: null, open: open('已反馈', 'notDue', { agreement: true }) }),
    plan('12345热线', { outcome: null, open: open('待受理', null) }),
    plan('12345热线', { outcome: null, open: open('已交办', 'dueSoon') }),
    plan('来访', { outcome: null, open: open('已受理', null) }),
    plan('来访', { ...building, outcome: null, open: open('核处中', 'notDue'), leaderOwned: true, attendance: 1, size: 'group' }),
    plan('信访', { ...building, outcome: null, open: open('核处中', 'overdue', { stale: true }), supervised: true, leaderOwned: true, attendance: 2, size: 'large' }),
    plan('排查发现', { ...building, outcome: null, open: open('已交办', 'notDue') }),
  ];
  const outcomes: [DemoSource, Outcome, number, Partial<CluePlan>?][] = [
    ['国家平台', '已引导仲裁或诉讼', 3, { arbitration: true }],
    ['省平台', '已引导仲裁或诉讼', 1, { arbitration: true }],
    ['12345热线', '已引导仲裁或诉讼', 1, { arbitration: true }],
    ['国家平台', '诉求不属实', 1, { unsatisfied: true }],
    ['国家平台', '诉求不属实', 7],
    ['省平台', '诉求不属实', 2],
    ['12345热线', '诉求不属实', 1],
    ['国家平台', '其他', 2],
    ['12345热线', '其他', 1],
    ['国家平台', '部分解决', 6],
    ['省平台', '部分解决', 2],
    ['来访', '部分解决', 1],
    ['国家平台', '已解决', 1, { reassign: true }],
    ['国家平台', '已解决', 2, { sendBack: true }],
    ['省平台', '已解决', 1, { sendBack: true }],
    ['国家平台', '已解决', 6, { late: true }],
    ['省平台', '已解决', 1, { late: true }],
    ['12345热线', '已解决', 1, { late: true }],
  ];
  for (const [source, outcome, count, more] of outcomes) {
    for (let i = 0; i < count; i++) special.push(plan(source, { outcome, ...more }));
  }

  const plans: CluePlan[] = [];
  for (const [source, target] of Object.entries(DEMO_TARGETS.cluesBySource) as [DemoSource, { received: number; closed: number }][]) {
    const mine = special.filter((p) => p.source === source);
    const openCount = mine.filter((p) => p.outcome === null).length;
    if (openCount !== target.received - target.closed || mine.length > target.received) throw new Error(`demo: the ${source} clue plans do not fit the targets`);
    plans.push(...mine);
    for (let i = mine.length; i < target.received; i++) plans.push(plan(source));
  }
  allocateResolutions(random, plans);
  return random.shuffle(plans);
}

/** Workers and money: the resolved figures add up to the report's exactly; what was claimed is set around them. */
function allocateResolutions(random: SeededRandom, plans: CluePlan[]): void {
  const resolving = plans.filter((p) => p.outcome === '已解决' || p.outcome === '部分解决');
  const floor = resolving.reduce((sum, p) => sum + SIZE_MIN[p.size], 0);
  const extra = allocate(
    DEMO_TARGETS.workersResolved - floor,
    resolving.map((p) => SIZE_WEIGHT[p.size] * random.between(0.6, 1.5)),
    { caps: resolving.map((p) => SIZE_CAP[p.size] - SIZE_MIN[p.size]) },
  );
  const workers = resolving.map((p, i) => SIZE_MIN[p.size] + (extra[i] ?? 0));
  const units = allocate(
    DEMO_TARGETS.amountResolvedFen / UNIT_FEN,
    workers.map((n) => n * random.between(0.5, 1.6)),
    { min: 150 },
  );
  resolving.forEach((p, i) => {
    const resolvedWorkers = workers[i] ?? 1;
    const resolvedUnits = units[i] ?? 150;
    p.workersResolved = resolvedWorkers;
    p.amountResolved = resolvedUnits * UNIT_FEN;
    if (p.outcome === '部分解决') {
      p.workersInvolved = resolvedWorkers + (resolvedWorkers >= 3 ? random.int(1, 3) : 1);
      p.amountInvolved = Math.round(resolvedUnits * random.between(1.3, 1.8)) * UNIT_FEN;
    } else {
      // a claim is often trimmed when the hours are checked (核减)
      p.workersInvolved = resolvedWorkers;
      p.amountInvolved = (random.chance(0.15) ? Math.round(resolvedUnits * random.between(1.03, 1.25)) : resolvedUnits) * UNIT_FEN;
    }
  });
  for (const p of plans) {
    if (p.workersResolved !== null) continue;
    const involved = p.size === 'single' ? 1 : random.int(SIZE_MIN[p.size], Math.min(SIZE_CAP[p.size], p.size === 'large' ? 60 : SIZE_CAP[p.size]));
    p.workersInvolved = involved;
    p.amountInvolved = involved * random.int(500, 2_200) * UNIT_FEN;
  }
}

export const MONEY_UNIT_FEN = UNIT_FEN;
