import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LedgerRecord } from '../../../shared/contract/records';
import type { ListPage } from '../../api/recordApi';
import { FIRST_PAGE as FIRST_PAGE_SIZE } from '../../app/firstCalls';
import { markFirstPageShown } from '../../app/firstPage';
import { errorMessage } from '../../lib/errors';
import type { RecordRows } from './RecordLedgerPage';

/** Enough rows to fill the screen: shown at once, before the rest of a large ledger has arrived. */
const FIRST_PAGE = FIRST_PAGE_SIZE;
/** The rest comes in chunks (keyset paging by id), so no single call carries the whole ledger. */
const CHUNK = 2_000;

/**
 * Loads a list in id order and keeps it in state: the first page right away, then the rest in the background.
 * A reload started meanwhile (after a save, 刷新, or a new `listPage` such as another saved view) supersedes the one
 * in progress. `listPage` must be stable (useCallback): a new function means a new list and reloads.
 * `arrivedFirstPage` gives the first page if it is already here (prefetched by the first script): the grid is then
 * created with its rows in the first render, without a loading overlay drawn and replaced first.
 */
export function usePagedRows<R extends LedgerRecord = LedgerRecord>(listPage: (page: ListPage) => Promise<R[]>, arrivedFirstPage?: () => R[] | undefined): RecordRows<R> {
  const { message } = App.useApp();
  const [arrived] = useState(() => arrivedFirstPage?.());
  const [rows, setRowState] = useState<R[] | null>(arrived ?? null);
  // taken by the first load only; a reload asks the core again
  const firstPage = useRef(arrived);
  const [loadingMore, setLoadingMore] = useState(false);
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    try {
      let loaded = firstPage.current ?? (await listPage({ limit: FIRST_PAGE }));
      firstPage.current = undefined;
      if (mine !== generation.current) return;
      setRowState(loaded);
      // the deferred calls wait for the paint of these rows, not just for the state change
      requestAnimationFrame(() => setTimeout(markFirstPageShown, 0));
      let lastPageFull = loaded.length === FIRST_PAGE;
      setLoadingMore(lastPageFull);
      while (lastPageFull) {
        const afterId = loaded[loaded.length - 1]?.id ?? 0;
        const page = await listPage({ afterId, limit: CHUNK });
        if (mine !== generation.current) return;
        loaded = loaded.concat(page);
        lastPageFull = page.length === CHUNK;
        setRowState(loaded);
      }
      setLoadingMore(false);
    } catch (error) {
      if (mine !== generation.current) return;
      setLoadingMore(false);
      setRowState((current) => current ?? []);
      message.error(errorMessage(error));
    }
  }, [listPage, message]);

  useEffect(() => {
    void reload();
    return () => {
      generation.current++; // a page left mid-load stops loading
    };
  }, [reload]);

  const setRows = useCallback((update: (rows: R[]) => R[]) => setRowState((current) => update(current ?? [])), []);
  return { rows, loadingMore, setRows, reload };
}
