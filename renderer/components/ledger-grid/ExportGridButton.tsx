import { FileExcelOutlined } from '@ant-design/icons';
import type { GridApi } from 'ag-grid-community';
import { App, Button } from 'antd';
import { useState } from 'react';
import type { ExportableEntity } from '../../../shared/contract/grid-export';
import type { LedgerRecord } from '../../../shared/contract/records';
import { toIsoDate } from '../../../shared/dates';
import type { EntityDef } from '../../../shared/domain/field';
import { gridExportName } from '../../../shared/reports/file-names';
import { api } from '../../api/client';
import { useJobRunner } from '../../features/jobs/JobProvider';
import { errorMessage } from '../../lib/errors';
import { gridExportShape } from './gridExportRequest';

interface Props {
  api: GridApi<LedgerRecord> | null;
  entity: EntityDef & { name: ExportableEntity };
  /** the grid's name: the workbook's title and the file name, e.g. 项目台账 */
  title: string;
  /** the rest of the ledger is still arriving: exporting now would leave rows out */
  loadingMore: boolean;
}

/**
 * 导出Excel: the grid names its rows and columns, the clerk picks where to save, and the core writes the workbook as a
 * job (progress and 取消 in the app's job dialog). The page sends ids, never cell values, so the file holds what the
 * ledger holds, masked as the core masks it.
 */
export function ExportGridButton({ api: gridApi, entity, title, loadingMore }: Props) {
  const { message } = App.useApp();
  const jobs = useJobRunner();
  const [busy, setBusy] = useState(false);

  const exportGrid = async () => {
    if (!gridApi) return;
    const { columns, ids } = gridExportShape(gridApi, entity);
    if (columns.length === 0) {
      message.warning('表格中没有显示任何列，请先在“列设置”中选择要导出的列');
      return;
    }
    setBusy(true);
    try {
      const target = await api().shell.chooseSaveFile({ title: `导出${title}`, defaultName: gridExportName(title, toIsoDate(new Date())), kind: 'xlsx' });
      if (!target) return;
      const result = await jobs.run(`导出${title}`, () => api().grids.export({ path: target.path, entity: entity.name, title, columns, ids }));
      if (!result) {
        message.info('已取消导出，未生成文件');
        return;
      }
      const missing = result.missing > 0 ? `（${result.missing}条已被删除，未导出）` : '';
      message.success({
        content: (
          <span data-testid="grid-export-done">
            已导出{result.rows}行{missing}
            <Button type="link" size="small" onClick={() => void api().shell.showFile({ path: result.path })} data-testid="grid-export-show">
              打开所在文件夹
            </Button>
          </span>
        ),
        duration: 8,
      });
    } catch (error) {
      message.error(`导出失败：${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    // the browser's own tooltip (as on 打印台账), on a wrapper so it shows on the disabled button too: an antd Tooltip
    // here was the only one on a ledger page, and generating its styles cost the first page tens of milliseconds
    <span title={loadingMore ? '正在载入其余记录，载入完成后即可导出' : '按表格当前显示的列、筛选和排序导出为Excel'}>
      <Button icon={<FileExcelOutlined />} loading={busy} disabled={!gridApi || loadingMore} onClick={() => void exportGrid()} data-testid="toolbar-export">
        导出Excel
      </Button>
    </span>
  );
}
