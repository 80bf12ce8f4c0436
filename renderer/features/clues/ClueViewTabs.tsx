import { Segmented } from 'antd';
import { CLUE_VIEWS, type ClueViewName } from '../../../shared/contract/clues';
import type { ViewCounts } from './useClueViewCounts';

/** Views whose count means something needs doing now: shown in red when not zero. */
const URGENT: readonly ClueViewName[] = ['overdue', 'dueSoon'];

/** The saved views of the clue ledger, each with its count, as one row of buttons. */
export function ClueViewTabs({ view, counts, onChange }: { view: ClueViewName; counts: ViewCounts; onChange: (view: ClueViewName) => void }) {
  return (
    <Segmented<ClueViewName>
      className="clue-view-tabs"
      value={view}
      onChange={onChange}
      data-testid="clue-views"
      options={CLUE_VIEWS.map((v) => {
        const count = counts[v.name];
        const urgent = URGENT.includes(v.name) && (count ?? 0) > 0;
        return {
          value: v.name,
          label: (
            <span data-testid={`clue-view-${v.name}`}>
              {v.label}
              <span className={urgent ? 'clue-view-count clue-view-count-urgent' : 'clue-view-count'} data-testid={`clue-view-count-${v.name}`}>
                {count ?? '…'}
              </span>
            </span>
          ),
        };
      })}
    />
  );
}
