import type { DocumentContent, IssuedDocument } from '../../../shared/contract/documents';
import { api } from '../../api/client';

/**
 * Printing and PDFs go through the shell: the page hands over the very HTML the preview shows, the shell prints it
 * in a hidden window (system print dialog) or writes the PDF to the file the clerk chose in the save dialog.
 */

/** Opens the system print dialog; false when the clerk cancelled it. */
export async function printHtml(html: string): Promise<boolean> {
  return (await api().shell.print({ html })).printed;
}

/** Asks where, then writes the PDF; null when the clerk cancelled the dialog. */
export async function saveHtmlAsPdf(html: string, defaultName: string): Promise<string | null> {
  const chosen = await api().shell.chooseSaveFile({ title: '另存为PDF', defaultName, kind: 'pdf' });
  if (!chosen) return null;
  await api().shell.savePdf({ html, path: chosen.path });
  return chosen.path;
}

/** A file name Windows accepts: 整改通知书（秦欠薪办整改〔2026〕3号）.pdf */
export function pdfFileName(text: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = text.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 100);
  return `${safe || '文书'}.pdf`;
}

export function documentFileName(document: Pick<IssuedDocument, 'typeLabel' | 'number'> | DocumentContent): string {
  if ('heading' in document) return pdfFileName(document.heading.number ? `${document.heading.title}（${document.heading.number}）` : `${document.heading.title}（样稿）`);
  return pdfFileName(`${document.typeLabel}（${document.number}）`);
}
