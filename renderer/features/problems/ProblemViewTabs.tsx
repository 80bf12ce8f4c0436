import { Segmented } from 'antd';
import { PROBLEM_VIEWS, type ProblemViewName } from '../../../shared/contract/inspections';
import type { ProblemViewCounts } from './useProblemViewCounts';

/** The saved views of the problem ledger (待整改, 已超期, 待复核, 已销号, 全部) with their counts; 已超期 red when not zero. */
export function ProblemViewTabs({ view, counts, onChange }: { view: ProblemViewName; counts: ProblemViewCounts; onChange: (view: ProblemViewName) => void }) {
  return (
    <Segmented<ProblemViewName>
      value={view}
      onChange={onChange}
      data-testid="problem-views"
      options={PROBLEM_VIEWS.map((v) => {
        const count = counts[v.name];
        const urgent = v.name === 'overdue' && (count ?? 0) > 0;
        return {
          value: v.name,
          label: (
            <span data-testid={`problem-view-${v.name}`}>
              {v.label}
              <span className={urgent ? 'view-count view-count-urgent' : 'view-count'} data-testid={`problem-view-count-${v.name}`}>
                {count ?? '…'}
              </span>
            </span>
          ),
        };
      })}
    />
  );
}
