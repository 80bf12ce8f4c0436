import { Tag, Tooltip } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { CLUE_VIEWS, type ClueViewName } from '../../../shared/contract/clues';
import type { LedgerRecord } from '../../../shared/contract/records';
import { clueEntity } from '../../../shared/domain/clue';
import { api, arrivedAnswer } from '../../api/client';
import type { ListPage, RecordEntityName } from '../../api/recordApi';
import { useLedgerData } from '../../app/LedgerDataContext';
import { FIRST_PAGE } from '../../app/firstCalls';
import { afterFirstPage } from '../../app/firstPage';
import { goTo } from '../../app/routes';
import { ImportButton } from '../imports/ImportButton';
import { RecordLedgerPage, type RecordRows } from '../records/RecordLedgerPage';
import { usePagedRows } from '../records/usePagedRows';
import { clueListLinkFromHash, countedTownshipFilter } from './clueLinks';
import { ClueViewTabs } from './ClueViewTabs';
import { initialClueView, rememberClueView } from './initialView';
import './clues.css';
import { CLUE_LEADING_COLUMNS, clueColumnExtras } from './clueColumns';
import { useClueViewCounts } from './useClueViewCounts';

const clues = clueEntity as typeof clueEntity & { name: RecordEntityName };
/**
 * 线索台账: the clues of one saved view (待办, 已超期…) with the count on every view. A clue opens on its own page,
 * where the workflow actions are; the grid edits only the intake fields.
 */
const clueToolbarExtra = () => <ImportButton kind="clues" />;

export function CluesPage() {
  const { reloadProjects } = useLedgerData();
  // a link (#/clues?view=all&source=国家平台) chooses the view and the grid's filters; otherwise the last view
  const [link] = useState(clueListLinkFromHash);
  const [view, setView] = useState<ClueViewName>(() => link.view ?? initialClueView());
  const { counts, reload: reloadCounts } = useClueViewCounts();
  // a township bar of the dashboard: the clues the report counts there, until the clerk closes the tag
  const [countedTownship, setCountedTownship] = useState(link.countedTownship);
  const externalFilter = useMemo(() => (countedTownship === null ? null : countedTownshipFilter(countedTownship)), [countedTownship]);

  const listPage = useCallback((page: ListPage) => api().clues.list({ view, ...page }), [view]);
  // the first script asked for the opening view's first page (firstCalls.ts): drawn in the first render if it is here
  const arrivedFirstPage = useCallback(() => arrivedAnswer<LedgerRecord[]>('clues.list', { view, limit: FIRST_PAGE }), [view]);
  const paged = usePagedRows<LedgerRecord>(listPage, arrivedFirstPage);
  const { rows, loadingMore, setRows, reload: reloadRows } = paged;

  // a saved clue may leave or join the view, and the counts move with it: re-read both after every change
  const data = useMemo<RecordRows>(
    () => ({ rows, loadingMore, setRows, reload: async () => void (await Promise.all([reloadRows(), reloadCounts()])) }),
    [rows, loadingMore, setRows, reloadRows, reloadCounts],
  );
  const onChanged = useCallback(() => void data.reload(), [data]);

  useEffect(() => {
    // projects added since the app started get their names in 涉及项目 — once the first page is on screen
    void afterFirstPage().then(reloadProjects);
  }, [reloadProjects]);

  const changeView = (next: ClueViewName) => {
    setView(next);
    rememberClueView(next);
  };

  return (
    <RecordLedgerPage
      entity={clues}
      gridId="clues"
      data={data}
      openRecord={(record) => goTo('clues', record.id)}
      onChanged={onChanged}
      columnExtras={clueColumnExtras}
      leadingColumns={CLUE_LEADING_COLUMNS}
      initialFilterModel={link.filterModel}
      externalFilter={externalFilter}
      exportTitle={`线索台账（${CLUE_VIEWS.find((v) => v.name === view)?.label ?? '全部'}）`}
      header={
        <div className="clue-views-bar">
          <ClueViewTabs view={view} counts={counts} onChange={changeView} />
          {countedTownship !== null && (
            <Tooltip title="与周报统计的口径相同：按发生地乡镇，未填的按交办乡镇，都未填的为县本级">
              <Tag closable color="blue" className="clue-township-scope" data-testid="clue-township-scope" onClose={() => setCountedTownship(null)}>
                统计乡镇：{countedTownship || '县本级'}
              </Tag>
            </Tooltip>
          )}
        </div>
      }
      hint="双击行打开线索详情办理；选中单元格后按F2或直接输入可修改登记信息"
      toolbarExtra={clueToolbarExtra}
    />
  );
}
