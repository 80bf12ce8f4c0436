import { useMemo } from 'react';
import { recordApi, type RecordEntityName } from '../../api/recordApi';
import type { RecordRows } from './RecordLedgerPage';
import { usePagedRows } from './usePagedRows';

/** An entity's live records, loaded page by page (see usePagedRows); pages update rows from what the core returns. */
export function useRecordRows(entity: RecordEntityName): RecordRows {
  const listPage = useMemo(() => recordApi(entity).list, [entity]);
  return usePagedRows(listPage);
}
