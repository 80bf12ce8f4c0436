import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { useJobRunner } from '../jobs/JobProvider';

export interface WeeklyExport {
  path: string;
  fileName: string;
  sheets: string[];
  ledgerRows: number;
}

interface Props {
  /** ISO week, e.g. "2026-W48" */
  week: string;
  onExported: (result: WeeklyExport) => void;
}

/**
 * 导出周报（Excel）: the core writes the workbook into the clerk's exports folder (the window cannot choose a path,
 * so a compromised page cannot write anywhere else) and answers where it put it.
 */
export function ExportWeeklyButton({ week, onExported }: Props) {
  const { message } = App.useApp();
  const jobs = useJobRunner();
  const [exporting, setExporting] = useState(false);

  const exportWeekly = async () => {
    setExporting(true);
    try {
      // a large ledger takes a while: the core writes it as a job, the dialog shows how far it has got and can cancel
      const result = await jobs.run('导出周报', () => api().reports.exportWeekly({ week }));
      if (result === null) {
        message.info('已取消导出，未生成文件');
        return;
      }
      message.success('周报已导出');
      onExported(result);
    } catch (error) {
      message.error(`导出周报失败：${errorMessage(error)}`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Button type="primary" icon={<FileExcelOutlined />} loading={exporting} onClick={() => void exportWeekly()} data-testid="report-export">
      {exporting ? '正在导出…' : '导出周报（Excel）'}
    </Button>
  );
}
