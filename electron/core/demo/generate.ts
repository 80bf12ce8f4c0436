import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import type { SettingsPatch } from '../settings/store';
import { generateClues, type CluePeriod, type DemoClue } from './clues';
import { generateCompanies, type DemoCompany } from './companies';
import { DEMO_SETTINGS } from './county';
import { generateProjects, type DemoProject } from './projects';
import { SeededRandom } from './random';

export const DEFAULT_DEMO_SEED = 20_260_115;

/** The demo's own "today" when none is given: the week of the reference winter-campaign report. */
export const DEFAULT_DEMO_DATE = '2026-01-15';
const LATEST_DEMO_DATE = '2026-12-31';

export interface DemoOptions {
  seed?: number;
  /** the day the demo is set on (YYYY-MM-DD): start dates lie before it, two guarantees run out soon after it */
  today?: string;
}

export interface DemoData {
  seed: number;
  /** the day the demo's dates are worked out from */
  anchor: string;
  settings: SettingsPatch;
  companies: DemoCompany[];
  projects: DemoProject[];
  /** the days the clues were received in: the report's clue figures hold for this period */
  cluePeriod: CluePeriod;
  clues: DemoClue[];
}

/**
 * Keeps the demo's dates in 2025–2026 whatever the machine's date: today, moved into the demo's year when it lies
 * outside it.
 */
export function demoAnchor(today: string): string {
  if (today < DEFAULT_DEMO_DATE) return DEFAULT_DEMO_DATE;
  if (today > LATEST_DEMO_DATE) return LATEST_DEMO_DATE;
  return today;
}

/** The whole demo county, as plain data: the same seed and day give the same county, byte for byte. */
export function generateDemo(options: DemoOptions = {}): DemoData {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const anchor = demoAnchor(options.today ?? DEFAULT_DEMO_DATE);
  const random = new SeededRandom(seed);
  const companies = generateCompanies(random, anchor);
  const projects = generateProjects(random, companies, anchor);
  const settings = structuredClone(DEMO_SETTINGS);
  const { period, clues } = generateClues(random, projects, companies, { ...DEFAULT_SETTINGS, ...settings }, anchor);
  return { seed, anchor, settings, companies, projects, cluePeriod: period, clues };
}
