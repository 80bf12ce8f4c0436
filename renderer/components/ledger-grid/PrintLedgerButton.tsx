import { PrinterOutlined } from '@ant-design/icons';
import type { GridApi } from 'ag-grid-community';
import { App, Button } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { LedgerRecord } from '../../../shared/contract/records';
import type { EntityDef } from '../../../shared/domain/field';
import { api } from '../../api/client';
import { useLedgerData } from '../../app/LedgerDataContext';
import { errorMessage } from '../../lib/errors';
import { displayedRecords, visibleFields } from './displayedRows';

/** 打印台账: the rows and columns shown, as an A4 landscape sheet through the system print dialog. */
export function PrintLedgerButton({ entity, api: grid }: { entity: EntityDef; api: GridApi<LedgerRecord> | null }) {
  const { message } = App.useApp();
  const { lookups, settings } = useLedgerData();
  const [printing, setPrinting] = useState(false);

  const print = async () => {
    if (!grid) return;
    const records = displayedRecords(grid).map((node) => node.data as LedgerRecord);
    if (records.length === 0) {
      message.info('没有可打印的行（请检查筛选条件）');
      return;
    }
    const county = settings?.countyName ?? '';
    setPrinting(true);
    try {
      // the print templates are loaded on the first print, not with the ledger page
      const [{ renderLedgerSheet }, { ledgerPrintSheet }] = await Promise.all([import('../../../shared/print'), import('./ledgerPrintSheet')]);
      const html = renderLedgerSheet(
        ledgerPrintSheet({
          title: `${county}${entity.label}台账`,
          unitLine: `填报单位：${settings?.issuingAuthority ?? ''}\u3000\u3000截至：${dayjs().format('YYYY年M月D日')}\u3000\u3000金额单位：元`,
          records,
          fields: visibleFields(grid, entity),
          lookups,
        }),
      );
      if ((await api().shell.print({ html })).printed) message.success(`已发送到打印机（${records.length}行）`);
    } catch (failure) {
      message.error(errorMessage(failure));
    } finally {
      setPrinting(false);
    }
  };

  return (
    <Button icon={<PrinterOutlined />} disabled={!grid} loading={printing} onClick={() => void print()} title="按当前筛选、排序和显示的列打印（A4横向）" data-testid="toolbar-print-ledger">
      打印台账
    </Button>
  );
}
