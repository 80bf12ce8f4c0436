import type { z } from 'zod';
import type { clueActInput, clueFlagInput } from '../../../shared/contract/clues';
import type { RecordValues } from '../../../shared/domain/schema';
import type { DemoProject } from './projects';
import type { SeededRandom } from './random';
import type { WorkdayIndex } from './workdays';

/** What the demo's clue builder, timelines and rosters share: the steps they plan and the county they draw from. */

export type ActStep = Omit<z.input<typeof clueActInput>, 'id' | 'version'>;
export type FlagStep = Omit<z.input<typeof clueFlagInput>, 'id' | 'version'>;

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

/** Who a clue is about and who handles it. */
export interface Parties {
  township: string;
  project: DemoProject | null;
  /** a registered company's name, or the free text */
  employer: string;
  employerIsCompany: boolean;
  assignTownship: string | null;
  assignDepartment: string;
  leader: string;
}

/** The generator's state for one run: the seeded dice, the working days, and what has been handed out already. */
export interface ClueContext {
  random: SeededRandom;
  days: WorkdayIndex;
  limits: Record<string, number>;
  projects: readonly DemoProject[];
  otherEmployers: readonly string[];
  usedIds: Set<string>;
  usedPlatformNos: Set<string>;
  anchor: string;
}

/** A step still waiting for the parties, which are chosen after the received day is known. */
export type StepMaker = (who: { parties: Parties; units: string; limit: number }) => DemoClueStep;

export interface Timeline {
  /** working-day index of the received date */
  received: number;
  steps: StepMaker[];
  /** the day the workers were paid (the feedback day of a clue that recovered wages) */
  paidDate: number | null;
}

