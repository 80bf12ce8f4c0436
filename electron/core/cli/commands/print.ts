import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DOCUMENT_TYPES, type DocumentContent, type DocumentType, type IssuedDocument } from '../../../../shared/contract/documents';
import { renderDocument } from '../../../../shared/print';
import { htmlToPdf } from '../../print/chromium';
import { EXIT, type Output } from '../output';
import { withLedger } from './report';

export interface PrintOptions {
  /** an issued document's number, e.g. 秦欠薪办整改〔2026〕3号 */
  number: string | null;
  /** with record: a preview of a document not issued, by type key (rectification) or name (整改通知书) */
  type: string | null;
  record: number | null;
  /** .html or .pdf, absolute */
  out: string;
}

/** The type a clerk may write either way: rectification or 整改通知书. */
export function documentTypeOf(text: string): DocumentType | null {
  return DOCUMENT_TYPES.find((d) => d.type === text || d.label === text)?.type ?? null;
}

/** What `print` accepts on the command line, checked before the ledger is opened; null when it is fine. */
export function printUsageError(options: PrintOptions): string | null {
  if (!/\.(html|pdf)$/i.test(options.out)) return 'print 需要 --out 文件.html 或 --out 文件.pdf';
  if (options.number !== null && (options.type !== null || options.record !== null)) return 'print 后面写文号，或者用 --type 和 --record，不能同时使用';
  if (options.number === null && (options.type === null || options.record === null)) return 'print 需要文号，如 print 秦欠薪办整改〔2026〕3号，或 --type 整改通知书 --record 记录编号';
  if (options.type !== null && documentTypeOf(options.type) === null) return `不认识的文书类型：${options.type}。可用：${DOCUMENT_TYPES.map((d) => d.label).join('、')}`;
  return null;
}

/**
 * `ledger print <文号> --out x.pdf` reprints an issued document from its frozen content, exactly as the app does;
 * `ledger print --type 整改通知书 --record 12 --out x.pdf` prints a 样稿 of a document not issued yet: the same
 * preview the 签发 dialog shows, with "（文号签发时生成）" where the number goes. The CLI never issues: a number is
 * allocated only in the app, by someone who means to send the document.
 */
export function runPrint(dbPath: string, output: Output, options: PrintOptions): Promise<number> {
  return withLedger(dbPath, output, async (ledger) => {
    let content: DocumentContent;
    if (options.number !== null) {
      const found = await ledger.call('documents.byNumber', { number: options.number });
      if (!found.ok) {
        output.err(found.error.code === 'NOT_FOUND' ? `没有文号为“${options.number}”的文书` : found.error.message);
        return EXIT.failed;
      }
      const document = found.value as IssuedDocument;
      if (document.status === '已作废') output.err(`注意：${document.number}已作废（${document.voidReason ?? ''}），打印的是作废前的内容`);
      content = document.content;
    } else {
      const previewed = await ledger.call('documents.preview', { type: documentTypeOf(options.type ?? ''), recordId: options.record });
      if (!previewed.ok) {
        output.err(previewed.error.message);
        return EXIT.failed;
      }
      content = previewed.value as DocumentContent;
    }
    const html = renderDocument(content);
    try {
      if (/\.pdf$/i.test(options.out)) await htmlToPdf(html, options.out);
      else await writeFile(options.out, html, 'utf8');
    } catch (error) {
      output.err(`无法写入${path.basename(options.out)}：${(error as Error).message}`);
      return EXIT.failed;
    }
    output.out(`已输出${content.heading.title}（${content.heading.number ?? '样稿，未编号'}）：${options.out}`);
    return EXIT.ok;
  });
}
