import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Modal, Space } from 'antd';
import { useMemo, useState } from 'react';
import type { IssuedDocument } from '../../../shared/contract/documents';
import { renderDocument } from '../../../shared/print';
import { errorMessage } from '../../lib/errors';
import { DocumentPreview } from './DocumentPreview';
import { documentFileName, printHtml, saveHtmlAsPdf } from './documentOutput';

/** 查看 / 重印: the frozen content of an issued document, exactly as issued, whatever its record says now. */
export function DocumentViewModal({ document, onClose }: { document: IssuedDocument; onClose: () => void }) {
  const { message } = App.useApp();
  const html = useMemo(() => renderDocument(document.content), [document]);
  const [busy, setBusy] = useState<'print' | 'pdf' | null>(null);

  const run = async (kind: 'print' | 'pdf') => {
    setBusy(kind);
    try {
      if (kind === 'print') {
        if (await printHtml(html)) message.success('已发送到打印机');
      } else {
        const path = await saveHtmlAsPdf(html, documentFileName(document));
        if (path) message.success(`已保存PDF：${path}`);
      }
    } catch (failure) {
      message.error(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal
      open
      width={900}
      title={`${document.typeLabel}\u3000${document.number}${document.status === '已作废' ? '（已作废）' : ''}`}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>关闭</Button>
          <Button icon={<PrinterOutlined />} loading={busy === 'print'} onClick={() => void run('print')} data-testid="document-print">
            打印
          </Button>
          <Button icon={<FilePdfOutlined />} loading={busy === 'pdf'} onClick={() => void run('pdf')} data-testid="document-save-pdf">
            另存为PDF
          </Button>
        </Space>
      }
    >
      <DocumentPreview html={html} height={680} />
    </Modal>
  );
}
