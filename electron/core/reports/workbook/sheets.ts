import type ExcelJS from 'exceljs';
import type { LedgerRecord } from '../../../../shared/contract/records';
import type { StatsTable, TownshipStats } from '../../../../shared/contract/reports';
import type { EntityDef, FieldDef } from '../../../../shared/domain/field';
import { STATS_COLUMNS } from '../../../../shared/reports/stats-columns';
import { cellValue, fenToWanNumber, safeText } from './cells';
import { SheetRowWriter } from './row-xml';
import { BODY_FONT, BORDER, COUNT_FORMAT, HEADER_FILL, HEADER_FONT, MONEY_FORMAT, PAGE_FOOTER, printSetup, TEXT_FORMAT, TITLE_FONT, TOTAL_FONT, UNIT_FONT } from './styles';

type Workbook = ExcelJS.stream.xlsx.WorkbookWriter;

/** Title and unit/date lines across all columns: rows 1 and 2 of every sheet. */
function writeHeading(sheet: ExcelJS.Worksheet, columns: number, title: string, unitLine: string): void {
  const titleRow = sheet.getRow(1);
  titleRow.height = 30;
  titleRow.getCell(1).value = title;
  titleRow.getCell(1).font = TITLE_FONT;
  titleRow.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.mergeCells(1, 1, 1, columns);
  titleRow.commit();
  const unitRow = sheet.getRow(2);
  unitRow.getCell(1).value = unitLine;
  unitRow.getCell(1).font = UNIT_FONT;
  unitRow.getCell(1).alignment = { horizontal: 'left', vertical: 'middle' };
  sheet.mergeCells(2, 1, 2, columns);
  unitRow.commit();
}

function styleHeaderCell(cell: ExcelJS.Cell): void {
  cell.font = HEADER_FONT;
  cell.border = BORDER;
  cell.fill = HEADER_FILL;
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

/** The statistics sheet: group headers over column headers (rows 3–4), one row per township, 合计 last. */
export function writeStatsSheet(workbook: Workbook, name: string, title: string, unitLine: string, table: StatsTable): void {
  const columns = STATS_COLUMNS;
  const sheet = workbook.addWorksheet(name, {
    pageSetup: printSetup('3:4'),
    headerFooter: PAGE_FOOTER,
    views: [{ state: 'frozen', xSplit: 1, ySplit: 4 }],
  });
  sheet.columns = columns.map((column) => ({ width: column.kind === 'text' ? 12 : column.kind === 'wan' ? 11 : column.kind === 'rate' ? 9 : 8 }));
  writeHeading(sheet, columns.length, title, unitLine);

  const groupRow = sheet.getRow(3);
  const headerRow = sheet.getRow(4);
  groupRow.height = 20;
  headerRow.height = 32;
  let start = 0;
  while (start < columns.length) {
    const group = columns[start]?.group ?? '';
    let end = start;
    while (end + 1 < columns.length && columns[end + 1]?.group === group && group !== '') end++;
    for (let i = start; i <= end; i++) {
      styleHeaderCell(groupRow.getCell(i + 1));
      headerRow.getCell(i + 1).value = columns[i]?.header ?? '';
      styleHeaderCell(headerRow.getCell(i + 1));
    }
    groupRow.getCell(start + 1).value = group || (columns[start]?.header ?? '');
    if (group === '') sheet.mergeCells(3, start + 1, 4, start + 1);
    else if (end > start) sheet.mergeCells(3, start + 1, 3, end + 1);
    start = end + 1;
  }
  groupRow.commit();
  headerRow.commit();

  const writeStatsRow = (stats: TownshipStats, isTotal: boolean) => {
    const row = sheet.addRow(
      columns.map((column) => {
        const value = stats[column.key];
        if (column.kind === 'wan') return fenToWanNumber(Number(value));
        if (column.kind === 'text' || column.kind === 'rate') return safeText(String(value));
        return Number(value);
      }),
    );
    columns.forEach((column, index) => {
      const cell = row.getCell(index + 1);
      cell.border = BORDER;
      cell.font = isTotal ? TOTAL_FONT : BODY_FONT;
      cell.numFmt = column.kind === 'wan' ? MONEY_FORMAT : column.kind === 'count' ? COUNT_FORMAT : TEXT_FORMAT;
      cell.alignment = { horizontal: column.kind === 'text' ? 'center' : 'right', vertical: 'middle' };
    });
    row.commit();
  };
  for (const stats of table.rows) writeStatsRow(stats, false);
  writeStatsRow(table.total, true);
  sheet.commit();
}

/** Clues by source for both periods: received, closed, rate. */
export function writeSourceSheet(workbook: Workbook, title: string, unitLine: string, tables: { label: string; table: StatsTable }[]): void {
  const headers = ['统计期间', '线索来源', '受理', '办结', '办结率', '按期办结率', '满意率', '追回人数', '追回金额（万元）'];
  const sheet = workbook.addWorksheet('线索来源', { pageSetup: printSetup('3:3'), headerFooter: PAGE_FOOTER, views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.columns = headers.map((_, i) => ({ width: i < 2 ? 16 : 11 }));
  writeHeading(sheet, headers.length, title, unitLine);
  const header = sheet.getRow(3);
  headers.forEach((text, i) => {
    header.getCell(i + 1).value = text;
    styleHeaderCell(header.getCell(i + 1));
  });
  header.commit();
  for (const { label, table } of tables) {
    for (const source of table.bySource) {
      const row = sheet.addRow([label, source.key, source.received, source.closed, source.closureRate, source.onTimeRate, source.satisfactionRate, source.workersResolved, fenToWanNumber(source.amountResolvedFen)]);
      row.eachCell((cell, col) => {
        cell.border = BORDER;
        cell.font = BODY_FONT;
        cell.numFmt = col === 9 ? MONEY_FORMAT : col >= 3 && col <= 4 ? COUNT_FORMAT : col === 8 ? COUNT_FORMAT : TEXT_FORMAT;
      });
      row.commit();
    }
  }
  sheet.commit();
}

export interface LedgerSheetSpec {
  name: string;
  title: string;
  unitLine: string;
  entity: EntityDef;
  /** extra computed columns the ledger shows (e.g. 期限状态) */
  fields: readonly FieldDef[];
}

/** Writes a ledger sheet's heading and header row and returns the writer of its body rows, one record at a time. */
export function startLedgerSheet(
  workbook: Workbook,
  spec: LedgerSheetSpec,
  names: { company: (id: number) => string; project: (id: number) => string },
): { add(record: LedgerRecord): void; drain(): Promise<void>; finish(): void } {
  const fields = spec.fields;
  const sheet = workbook.addWorksheet(spec.name, { pageSetup: printSetup('3:3'), headerFooter: PAGE_FOOTER, views: [{ state: 'frozen', xSplit: 1, ySplit: 3 }] });
  sheet.columns = [{ width: 6 }, ...fields.map((field) => ({ width: Math.max(8, Math.min(40, Math.round((field.width ?? 100) / 7))) }))];
  writeHeading(sheet, fields.length + 1, spec.title, spec.unitLine);
  const header = sheet.getRow(3);
  header.height = 28;
  ['序号', ...fields.map((f) => f.label)].forEach((text, i) => {
    header.getCell(i + 1).value = text;
    styleHeaderCell(header.getCell(i + 1));
  });
  header.commit();
  const columnStyles: Partial<ExcelJS.Style>[] = [
    { border: BORDER, font: BODY_FONT },
    ...fields.map((field) => ({
      border: BORDER,
      font: BODY_FONT,
      alignment: { vertical: 'middle' as const, wrapText: field.type === 'longtext' },
      // codes, ID and account numbers are text: Excel must never turn them into numbers and lose digits
      numFmt: field.type === 'money' ? MONEY_FORMAT : field.type === 'int' ? COUNT_FORMAT : TEXT_FORMAT,
    })),
  ];
  const rows = new SheetRowWriter(sheet, workbook, columnStyles, 4);
  let serial = 0;
  return {
    add(record) {
      serial++;
      rows.add([serial, ...fields.map((field) => cellValue(field, record[field.key], names))]);
    },
    drain: () => rows.drain(),
    finish() {
      rows.flush();
      sheet.commit();
    },
  };
}
