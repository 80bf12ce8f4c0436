import { DEFAULT_DEPOSIT_RULES } from '../../../shared/domain/settings';
import { yuan } from '../../../shared/money';

/**
 * The figures of the reference campaign report that the demo county reproduces exactly, so the weekly report run
 * on a demo ledger shows them.
 */
export const DEMO_TARGETS = {
  companies: 100,
  projects: 65,
  registeredWorkers: 5_938,
  wageCards: 2_362,
  labourContracts: 1_397,
  depositProjects: 18,
  /** 2,944.8万元 */
  depositTotalFen: yuan(29_448_000),
  /** 2.23亿元 arranged for government-invested projects */
  govFundsArrangedFen: yuan(223_000_000),
  seriousViolations: 1,
  blacklisted: 2,
  /**
   * Wage-arrears clues received and closed (办结) in the demo's clue period, by source: the two platforms' figures
   * are the report's (国家平台 304 / 296, the 8 open ones with agreements reached; 省平台 49 / 49), the rest the
   * county's own intake.
   */
  cluesBySource: {
    国家平台: { received: 304, closed: 296 },
    省平台: { received: 49, closed: 49 },
    '12345热线': { received: 21, closed: 19 },
    来访: { received: 14, closed: 12 },
    信访: { received: 6, closed: 5 },
    排查发现: { received: 9, closed: 8 },
  },
  /** 1,283 workers helped to recover 1,937万元: what the closed clues resolved */
  workersResolved: 1_283,
  amountResolvedFen: yuan(19_370_000),
  /** 立案 */
  casesFiled: 7,
} as const;

/** The deposit rules the demo's amounts are worked out with: the defaults, which the demo leaves as they are. */
export const DEMO_DEPOSIT_RULES = DEFAULT_DEPOSIT_RULES;
