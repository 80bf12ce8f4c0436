import { App, Button, Modal, Progress, Typography } from 'antd';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { DocumentContent } from '../../../shared/contract/documents';
import { joinDocumentSections, renderDocumentSection } from '../../../shared/print';
import type { SafeHtml } from '../../../shared/print/escape';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { pdfFileName } from './documentOutput';

/** Forms laid out between two looks at the 取消 button and two progress updates. */
const CHUNK = 25;

interface Progress {
  done: number;
  total: number;
  stage: string;
}

const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Many issued documents into one PDF, with progress and 取消. The forms are laid out here in chunks (the same
 * sections renderDocuments makes, so the batch prints exactly as each document alone), checking 取消 between
 * chunks; the shell then prints the whole HTML to the chosen file in one go — Chromium writes one PDF from one
 * page, so that last step has no progress of its own and is not cancellable. Not a core job: the core has no
 * Chromium, and the frozen contents are already here from the register.
 */
export function useBatchPdf(): { exportPdf: (contents: readonly DocumentContent[], name: string) => Promise<string | null>; dialog: ReactNode } {
  const { message } = App.useApp();
  const [progress, setProgress] = useState<Progress | null>(null);
  const cancelled = useRef(false);

  const exportPdf = useCallback(
    async (contents: readonly DocumentContent[], name: string): Promise<string | null> => {
      const chosen = await api().shell.chooseSaveFile({ title: '批量另存为PDF', defaultName: pdfFileName(name), kind: 'pdf' });
      if (!chosen) return null;
      cancelled.current = false;
      const total = contents.length;
      setProgress({ done: 0, total, stage: '正在排版' });
      try {
        const sections: SafeHtml[] = [];
        for (let start = 0; start < total; start += CHUNK) {
          await nextFrame();
          if (cancelled.current) {
            message.info('已取消，未保存文件');
            return null;
          }
          contents.slice(start, start + CHUNK).forEach((content, i) => sections.push(renderDocumentSection(content, start + i)));
          setProgress({ done: sections.length, total, stage: '正在排版' });
        }
        setProgress({ done: total, total, stage: '正在生成PDF' });
        await api().shell.savePdf({ html: joinDocumentSections(sections), path: chosen.path });
        message.success(`已将${total}份文书保存为一个PDF：${chosen.path}`);
        return chosen.path;
      } catch (failure) {
        message.error(errorMessage(failure));
        return null;
      } finally {
        setProgress(null);
      }
    },
    [message],
  );

  const writing = progress?.stage === '正在生成PDF';
  const dialog = (
    <Modal
      open={progress !== null}
      title="批量另存为PDF"
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={
        <Button onClick={() => (cancelled.current = true)} disabled={writing} data-testid="batch-cancel">
          取消
        </Button>
      }
    >
      <Progress percent={progress ? Math.floor((progress.done / Math.max(1, progress.total)) * 100) : 0} status="active" aria-label="进度" />
      <Typography.Text type="secondary" data-testid="batch-progress">
        {progress ? (writing ? `正在生成PDF（${progress.total}份文书），请稍候…` : `${progress.stage}：${progress.done}/${progress.total}份`) : ''}
      </Typography.Text>
    </Modal>
  );
  return { exportPdf, dialog };
}
