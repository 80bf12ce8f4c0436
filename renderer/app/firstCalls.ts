import { initialClueView } from '../features/clues/initialView';
import { locationFromHash } from './routes';

/**
 * 'afterEarlier': sent only once the calls before it are answered. The core answers one call at a time in the order
 * the calls reach it, and calls sent together can reach it in any order: a slow call (the eight view counts, about
 * 0.2 s on 100,000 clues) could otherwise be answered before the grid's first page.
 */
type Call = readonly [method: string, input: unknown, after?: 'afterEarlier'];

/**
 * Before any page: whether the ledger is sound and who is signed in (the recovery and sign-in gates wait for these
 * before they show the page), then what every page needs: the settings (code lists, county name) and the companies
 * (names in grids and forms).
 */
const GATES: Call[] = [
  ['recovery.status', {}],
  ['accounts.status', {}],
];
const SHARED: Call[] = [
  ['settings.get', {}],
  ['companies.list', {}],
];

/** The size of a grid's first page (usePagedRows asks for exactly this). */
export const FIRST_PAGE = 100;

/**
 * The calls the page the window opens on makes first, in the order the core should answer them: the two gates, its
 * grid's first page, then the shared data, then the rest (sent after those are answered). Must match the pages' own calls exactly (method and input), or the
 * prefetched answer is simply not used.
 */
export function firstCalls(): Call[] {
  const { route, id } = locationFromHash();
  if (id !== null) return [...GATES, ...SHARED];
  switch (route) {
    case 'projects':
    case 'companies':
      return [...GATES, [`${route}.list`, { limit: FIRST_PAGE }], ...SHARED];
    case 'clues':
      return [...GATES, ['clues.list', { view: initialClueView(), limit: FIRST_PAGE }], ...SHARED, ['clues.viewCounts', {}, 'afterEarlier']];
    default:
      return [...GATES, ...SHARED];
  }
}
