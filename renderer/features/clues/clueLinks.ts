import type { FilterModel } from 'ag-grid-community';
import type { ClueViewName } from '../../../shared/contract/clues';
import type { LedgerRecord } from '../../../shared/contract/records';
import { hashLink, hashParams } from '../../app/routes';
import { choiceFilterModel } from '../../components/ledger-grid/choiceFilter';
import { clueViewFromHash } from './initialView';

/** A date range, both ends included (a clerk reads 2026-01-01 至 2026-06-30 that way). */
export interface DateSpan {
  from: string;
  to: string;
}

/**
 * What a link into the clue ledger can ask for (the dashboard's charts use it): a saved view, and column filters the
 * clerk then sees in the grid's filter row and can clear like any other.
 */
export interface ClueListLink {
  view?: ClueViewName;
  /** 线索来源 */
  source?: string;
  /**
   * The township the weekly report counts a clue under: 发生地乡镇, or 交办乡镇 when that is empty; '' for the clues
   * with neither (县本级). No one column holds it, so the ledger filters it beside the columns (countedTownshipFilter).
   */
  township?: string;
  received?: DateSpan;
  closed?: DateSpan;
}

const SPAN = /^(\d{4}-\d{2}-\d{2})~(\d{4}-\d{2}-\d{2})$/;

/** The link's hash, e.g. #/clues?view=all&source=国家平台&received=2026-01-01~2026-06-30 (percent-encoded). */
export function clueListHash(link: ClueListLink): string {
  const params: Record<string, string> = {};
  if (link.view) params['view'] = link.view;
  if (link.source !== undefined) params['source'] = link.source;
  if (link.township !== undefined) params['township'] = link.township;
  if (link.received) params['received'] = `${link.received.from}~${link.received.to}`;
  if (link.closed) params['closed'] = `${link.closed.from}~${link.closed.to}`;
  return hashLink('clues', params);
}

function dateRange(text: string | null) {
  const match = text ? SPAN.exec(text) : null;
  return match ? { filterType: 'date', type: 'inRange', dateFrom: `${match[1]} 00:00:00`, dateTo: `${match[2]} 00:00:00` } : null;
}

/** The township a clue is counted under in the statistics, as electron/core/reports/stats.ts reckons it. */
function countedTownship(record: LedgerRecord): string {
  const township = record['township'] ?? record['assignedTownship'];
  return typeof township === 'string' ? township : '';
}

/** Keeps the clues counted under `township` ('' for 县本级). */
export function countedTownshipFilter(township: string): (record: LedgerRecord) => boolean {
  return (record) => countedTownship(record) === township;
}

export interface ClueListLinkState {
  view: ClueViewName | null;
  filterModel: FilterModel | null;
  /** the link's 统计乡镇, null when it names none */
  countedTownship: string | null;
}

/** The view and the grid filters the current hash asks for; nothing when the page was opened without parameters. */
export function clueListLinkFromHash(): ClueListLinkState {
  const params = hashParams();
  const view = clueViewFromHash();
  const model: FilterModel = {};
  const source = params.get('source');
  // 线索来源 has the 勾选筛选: the link ticks its one value
  if (source !== null) model['source'] = choiceFilterModel([source]);
  const received = dateRange(params.get('received'));
  if (received) model['receivedDate'] = received;
  const closed = dateRange(params.get('closed'));
  if (closed) model['closedDate'] = closed;
  return { view, filterModel: Object.keys(model).length > 0 ? model : null, countedTownship: params.get('township') };
}
