import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Typography } from 'antd';
import type { WeeklyExport } from './ExportWeeklyButton';

interface Props {
  result: WeeklyExport;
  onDismiss: () => void;
}

/**
 * Where the workbook went, kept on the page until dismissed (a toast would vanish before the clerk finds the file):
 * the file name, the full path as selectable text, and 复制路径 to paste it into Explorer or a mail.
 */
export function ExportResultAlert({ result, onDismiss }: Props) {
  const { message } = App.useApp();

  const copyPath = async () => {
    try {
      await navigator.clipboard.writeText(result.path);
      message.success('已复制文件路径');
    } catch {
      message.error('无法写入剪贴板，请选中路径后按 Ctrl+C 复制');
    }
  };

  return (
    <Alert
      type="success"
      showIcon
      className="report-export-result"
      data-testid="report-export-result"
      title={<span data-testid="report-export-file">已导出：{result.fileName}</span>}
      description={
        <div className="report-export-detail">
          <div>
            保存位置：
            <Typography.Text className="report-export-path" data-testid="report-export-path">
              {result.path}
            </Typography.Text>
          </div>
          <Typography.Text type="secondary">
            共 {result.sheets.length} 张工作表（{result.sheets.join('、')}），台账 {result.ledgerRows.toLocaleString('zh-CN')} 行。
          </Typography.Text>
        </div>
      }
      action={
        <Button size="small" icon={<CopyOutlined />} onClick={() => void copyPath()} data-testid="report-export-copy">
          复制路径
        </Button>
      }
      closable={{ afterClose: onDismiss, 'aria-label': '关闭' }}
    />
  );
}
