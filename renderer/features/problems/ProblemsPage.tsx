import { useCallback, useEffect, useMemo, useState } from 'react';
import { PROBLEM_VIEWS, type ProblemViewName } from '../../../shared/contract/inspections';
import type { LedgerRecord } from '../../../shared/contract/records';
import { problemEntity } from '../../../shared/domain/problem';
import { api } from '../../api/client';
import type { ListPage, RecordEntityName } from '../../api/recordApi';
import { useLedgerData } from '../../app/LedgerDataContext';
import { hashParams } from '../../app/routes';
import { RecordLedgerPage, type RecordRows } from '../records/RecordLedgerPage';
import { usePagedRows } from '../records/usePagedRows';
import { ProblemDetailDrawer } from './detail/ProblemDetailDrawer';
import { problemColumnExtras } from './problemColumns';
import './problems.css';
import { ProblemViewTabs } from './ProblemViewTabs';
import { useProblemViewCounts } from './useProblemViewCounts';

const problems = problemEntity as typeof problemEntity & { name: RecordEntityName };
const VIEW_KEY = 'problem-ledger:view';

const isView = (name: string | null): name is ProblemViewName => PROBLEM_VIEWS.some((v) => v.name === name);

/** A link may name the view (#/problems?view=overdue, from 工作台 or a warning); otherwise the one the clerk last used. */
function initialView(): ProblemViewName {
  const linked = hashParams().get('view');
  return isView(linked) ? linked : rememberedView();
}

function rememberedView(): ProblemViewName {
  try {
    return (sessionStorage.getItem(VIEW_KEY) as ProblemViewName | null) ?? 'pending';
  } catch {
    return 'pending';
  }
}

/**
 * 整改问题: the problems of one saved view with the count on every view. A problem opens in a drawer where its
 * rectification steps are; #/problems/<id> opens that problem at once (from the dossier or a warning).
 */
export function ProblemsPage({ id }: { id?: number | null }) {
  const { reloadProjects } = useLedgerData();
  const [view, setView] = useState<ProblemViewName>(initialView);
  const [openId, setOpenId] = useState<number | null>(id ?? null);
  const { counts, reload: reloadCounts } = useProblemViewCounts();

  const listPage = useCallback((page: ListPage) => api().problems.list({ view, ...page }), [view]);
  const { rows, loadingMore, setRows, reload: reloadRows } = usePagedRows<LedgerRecord>(listPage);

  // an action moves a problem between views, and the counts move with it: re-read both after every change
  const data = useMemo<RecordRows>(
    () => ({ rows, loadingMore, setRows, reload: async () => void (await Promise.all([reloadRows(), reloadCounts()])) }),
    [rows, loadingMore, setRows, reloadRows, reloadCounts],
  );
  const onChanged = useCallback(() => void data.reload(), [data]);

  useEffect(() => {
    void reloadProjects();
  }, [reloadProjects]);

  // a link to another view while this page is open (the page is not remounted for a new query)
  useEffect(() => {
    const onHashChange = () => {
      const linked = hashParams().get('view');
      if (isView(linked)) setView(linked);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const changeView = (next: ProblemViewName) => {
    setView(next);
    try {
      sessionStorage.setItem(VIEW_KEY, next);
    } catch {
      // only the remembered view is lost
    }
  };

  const close = () => {
    setOpenId(null);
    // leave #/problems/<id> without a hashchange, so the page (and its view) stays as it is
    if (/^#\/problems\/\d+/.test(window.location.hash)) history.replaceState(null, '', `#/problems${window.location.hash.replace(/^[^?]*/, '')}`);
  };

  return (
    <>
      <RecordLedgerPage
        entity={problems}
        gridId="problems"
        data={data}
        openRecord={(record) => setOpenId(record.id)}
        onChanged={onChanged}
        columnExtras={problemColumnExtras}
        header={
          <div className="problem-views-bar">
            <ProblemViewTabs view={view} counts={counts} onChange={changeView} />
          </div>
        }
        hint="双击行打开问题，办理整改、复核销号；检查发现的问题在“检查记录”中生成"
      />
      {openId !== null && <ProblemDetailDrawer key={openId} id={openId} onClose={close} onChanged={onChanged} />}
    </>
  );
}
