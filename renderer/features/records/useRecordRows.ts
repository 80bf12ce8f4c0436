import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { LedgerRecord } from '../../../shared/contract/records';
import { recordApi, type RecordEntityName } from '../../api/recordApi';
import { errorMessage } from '../../lib/errors';
import type { RecordRows } from './RecordLedgerPage';

/** Loads an entity's live records once and keeps them in state; pages update rows from what the core returns. */
export function useRecordRows(entity: RecordEntityName): RecordRows {
  const { message } = App.useApp();
  const [rows, setRowState] = useState<LedgerRecord[] | null>(null);

  const reload = useCallback(async () => {
    try {
      setRowState(await recordApi(entity).list());
    } catch (error) {
      setRowState((current) => current ?? []);
      message.error(errorMessage(error));
    }
  }, [entity, message]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const setRows = useCallback((update: (rows: LedgerRecord[]) => LedgerRecord[]) => setRowState((current) => update(current ?? [])), []);
  return { rows, setRows, reload };
}
