import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnLetters, escapeXmlText, SheetRowWriter } from '../../electron/core/reports/workbook/row-xml';
import { tempFolder } from './helpers';

describe('ledger rows written straight as sheet XML', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('escapes markup in text', () => {
    expect(escapeXmlText('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
    expect(escapeXmlText('普通文字')).toBe('普通文字');
  });

  it('writes thousands of rows after exceljs header rows, each cell with its column style, and reads back', async () => {
    const file = path.join(tempFolder(), 'rows.xlsx');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['序号', '名称', '备注', '金额']).commit();
    const border: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, bottom: { style: 'thin' } };
    const rows = new SheetRowWriter(sheet, workbook, [{ border }, { border, numFmt: '@' }, { border, numFmt: '@' }, { border, numFmt: '#,##0.00' }], 2);
    for (let n = 1; n <= 2_500; n++) {
      rows.add([n, n === 7 ? 'a<b>&c "引号"' : `项目${n}`, n % 2 ? null : '  前后空格  ', n + 0.25]);
      if (n % 500 === 0) await rows.drain();
    }
    rows.flush();
    sheet.commit();
    await workbook.commit();

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const read = book.getWorksheet('台账');
    if (!read) throw new Error('no sheet');
    expect(read.rowCount).toBe(2_501);
    expect(read.getRow(1).getCell(2).value).toBe('名称');
    expect(read.getRow(8).values).toEqual([undefined, 7, 'a<b>&c "引号"', undefined, 7.25]);
    expect(read.getRow(9).getCell(3).value).toBe('  前后空格  ');
    expect(read.getRow(2_501).getCell(1).value).toBe(2_500);
    expect(read.getCell('B2').numFmt).toBe('@');
    expect(read.getCell('D2').numFmt).toBe('#,##0.00');
    // an empty cell keeps its border, so a printed ledger has no holes in its grid
    expect(read.getCell('C2').value).toBeNull();
    expect(read.getCell('C2').border?.top?.style).toBe('thin');
  });
});
