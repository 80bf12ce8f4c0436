import { initialClueView } from '../features/clues/initialView';
import { locationFromHash } from './routes';

type Call = readonly [method: string, input: unknown];

/** What every page needs: the settings (code lists, county name) and the companies (names in grids and forms). */
const SHARED: Call[] = [
  ['settings.get', {}],
  ['companies.list', {}],
];

/** The size of a grid's first page (usePagedRows asks for exactly this). */
export const FIRST_PAGE = 100;

/**
 * The calls the page the window opens on makes first, in the order the core should answer them: its grid's first
 * page, then the shared data, then the rest. Must match the pages' own calls exactly (method and input), or the
 * prefetched answer is simply not used.
 */
export function firstCalls(): Call[] {
  const { route, id } = locationFromHash();
  if (id !== null) return SHARED;
  switch (route) {
    case 'projects':
    case 'companies':
      return [[`${route}.list`, { limit: FIRST_PAGE }], ...SHARED];
    case 'clues':
      return [['clues.list', { view: initialClueView(), limit: FIRST_PAGE }], ...SHARED, ['clues.viewCounts', {}]];
    default:
      return SHARED;
  }
}
