import type ExcelJS from 'exceljs';

/** How Chinese offices print spreadsheets: 宋体 body, bold bordered header, A4 landscape fitted to the page width. */
export const FONT = '宋体';
export const TITLE_FONT: Partial<ExcelJS.Font> = { name: '黑体', size: 16, bold: true };
export const UNIT_FONT: Partial<ExcelJS.Font> = { name: FONT, size: 10 };
export const HEADER_FONT: Partial<ExcelJS.Font> = { name: FONT, size: 10, bold: true };
export const BODY_FONT: Partial<ExcelJS.Font> = { name: FONT, size: 10 };
export const TOTAL_FONT: Partial<ExcelJS.Font> = { name: FONT, size: 10, bold: true };

const thin: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };
export const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

export const MONEY_FORMAT = '#,##0.00';
export const COUNT_FORMAT = '#,##0';
export const TEXT_FORMAT = '@';

/** A4 landscape, fit to one page wide, header rows repeated on every printed page, centred, page numbers. */
export function printSetup(headerRows: string): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: headerRows,
  };
}

export const PAGE_FOOTER = { oddFooter: '&C第 &P 页 共 &N 页' };
