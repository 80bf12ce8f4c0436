import { writeFile } from 'node:fs/promises';
import type { BrowserWindow } from 'electron';
import { PDF_OPTIONS } from '../../shared/print/pdf-options';
import type { PrintPages } from './print-pages';
import { createPrintWindow } from './window';

/**
 * Printing and PDFs from the HTML shared/print renders: a hidden, script-less window loads the document from
 * print-pages.ts, then Chromium shows the system print dialog (webContents.print) or writes the PDF
 * (webContents.printToPDF with PDF_OPTIONS, the same options the CLI and the tests use). One window per job,
 * closed afterwards, so nothing of one document lingers into the next.
 */
export interface Printing {
  /** true when the clerk pressed 打印 in the dialog, false when they cancelled */
  print(html: string): Promise<boolean>;
  /** writes the PDF; answers its size in bytes */
  savePdf(html: string, path: string): Promise<number>;
}

async function withPrintWindow<T>(pages: PrintPages, html: string, work: (window: BrowserWindow) => Promise<T>): Promise<T> {
  const url = pages.add(html);
  const window = createPrintWindow();
  try {
    await window.loadURL(url);
    return await work(window);
  } finally {
    pages.drop(url);
    if (!window.isDestroyed()) window.destroy();
  }
}

export function createPrinting(pages: PrintPages): Printing {
  return {
    print: (html) =>
      withPrintWindow(
        pages,
        html,
        (window) =>
          new Promise<boolean>((resolve) => {
            // the dialog's cancel arrives as success=false with a reason; either way the window closes after
            window.webContents.print({ silent: false, printBackground: PDF_OPTIONS.printBackground }, (success) => resolve(success));
          }),
      ),
    savePdf: (html, path) =>
      withPrintWindow(pages, html, async (window) => {
        const pdf = await window.webContents.printToPDF({ ...PDF_OPTIONS });
        await writeFile(path, pdf);
        return pdf.length;
      }),
  };
}
