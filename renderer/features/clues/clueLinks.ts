import type { FilterModel } from 'ag-grid-community';
import type { ClueViewName } from '../../../shared/contract/clues';
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
  /** 发生地乡镇; '' for clues that have none */
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

/** The view and the grid filters the current hash asks for; nothing when the page was opened without parameters. */
export function clueListLinkFromHash(): { view: ClueViewName | null; filterModel: FilterModel | null } {
  const params = hashParams();
  const view = clueViewFromHash();
  const model: FilterModel = {};
  const source = params.get('source');
  // 线索来源 and 发生地乡镇 have the 勾选筛选: the link ticks its one value ('' the clues without one)
  if (source !== null) model['source'] = choiceFilterModel([source]);
  const township = params.get('township');
  if (township !== null) model['township'] = choiceFilterModel([township]);
  const received = dateRange(params.get('received'));
  if (received) model['receivedDate'] = received;
  const closed = dateRange(params.get('closed'));
  if (closed) model['closedDate'] = closed;
  return { view, filterModel: Object.keys(model).length > 0 ? model : null };
}
