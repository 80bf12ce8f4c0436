export { DEFAULT_DEMO_DATE, DEFAULT_DEMO_SEED, demoAnchor, generateDemo, type DemoData, type DemoOptions } from './generate';
export { installDemo, ledgerContents, refusalFor, type InstalledDemo, type LedgerContents } from './install';
export { cluePeriod, type CluePeriod, type DemoClue, type DemoClueStep } from './clues';
export { DEMO_TARGETS } from './targets';
