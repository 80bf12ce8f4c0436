export { DEFAULT_DEMO_DATE, DEFAULT_DEMO_SEED, demoAnchor, generateDemo, type DemoData, type DemoOptions } from './generate';
export { installDemo, ledgerContents, refusalFor, type LedgerContents } from './install';
export { DEMO_TARGETS } from './targets';
