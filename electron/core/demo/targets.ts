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
} as const;

/** The deposit rules the demo's amounts are worked out with: the defaults, which the demo leaves as they are. */
export const DEMO_DEPOSIT_RULES = DEFAULT_DEPOSIT_RULES;
