import type ExcelJS from 'exceljs';
import type { FieldDef } from '../../../shared/domain/field';
import type { LedgerSettings } from '../../../shared/domain/settings';
import { BODY_FONT, BORDER, HEADER_FILL, HEADER_FONT, MONEY_FORMAT, COUNT_FORMAT, TEXT_FORMAT } from '../reports/workbook/styles';

type Workbook = ExcelJS.stream.xlsx.WorkbookWriter;

const REQUIRED_FONT: Partial<ExcelJS.Font> = { ...HEADER_FONT, color: { argb: 'FFC00000' } };
export const INSTRUCTIONS_SHEET = '填写说明';

/** A column's number format: money as 元, counts as integers, everything else — codes above all — as text. */
function columnFormat(field: FieldDef): string {
  if (field.type === 'money') return MONEY_FORMAT;
  if (field.type === 'int') return COUNT_FORMAT;
  return TEXT_FORMAT;
}

/** The header a template shows: the catalog's label, required ones marked with * (matching ignores the mark). */
export function headerText(field: FieldDef): string {
  return field.required ? `*${field.label}` : field.label;
}

/**
 * The data sheet of a template or an export: one header row of the catalog's labels (required ones red, marked *),
 * frozen, columns preformatted (codes as text, so Excel never turns an ID number into a number), then the rows.
 */
export function startKindSheet(workbook: Workbook, name: string, fields: readonly FieldDef[]): { add(cells: (string | number | null)[]): void; finish(): void } {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = fields.map((field) => ({ width: Math.max(10, Math.min(40, Math.round((field.width ?? 100) / 7))), style: { numFmt: columnFormat(field), font: BODY_FONT } }));
  const header = sheet.getRow(1);
  header.height = 24;
  fields.forEach((field, index) => {
    const cell = header.getCell(index + 1);
    cell.value = headerText(field);
    cell.font = field.required ? REQUIRED_FONT : HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  header.commit();
  return {
    add(cells) {
      const row = sheet.addRow(cells);
      fields.forEach((field, index) => {
        const cell = row.getCell(index + 1);
        cell.numFmt = columnFormat(field);
        cell.font = BODY_FONT;
      });
      row.commit();
    },
    finish: () => sheet.commit(),
  };
}

/** How a column is filled in, for the 填写说明 sheet. */
export function formatNote(field: FieldDef, settings: LedgerSettings): string {
  switch (field.type) {
    case 'text':
      return '文字，最多200字';
    case 'longtext':
      return '文字，最多4000字';
    case 'enum':
      return `填写以下之一：${(field.options ?? []).join('、')}`;
    case 'multiEnum':
      return `可填多项，用“、”分隔：${(field.options ?? []).join('、')}`;
    case 'code': {
      const list = field.codeList === 'leaders' ? settings.leaders.map((l) => l.name) : field.codeList ? (settings[field.codeList] as string[]) : [];
      return list.length > 0 ? `填写设置中的名称：${list.join('、')}` : '填写名称（可在“设置”中维护列表）';
    }
    case 'date':
      return '日期，如 2026-01-05、2026/1/5 或 2026年1月5日';
    case 'money':
      return '金额，单位：元，最多两位小数';
    case 'int':
      return '整数';
    case 'bool':
      return '填写“是”或“否”';
    case 'companyRef':
      return '单位名称或统一社会信用代码，须已在单位台账中';
    case 'companyRefs':
      return '单位名称，多个用“、”分隔，须已在单位台账中';
    case 'projectRef':
      return '项目名称，须已在项目台账中';
    case 'uscc':
      return '18位统一社会信用代码；单元格须为文本格式';
    case 'idcard':
      return '18位身份证号；单元格须为文本格式（数字格式会丢失后几位）';
    case 'mobile':
      return '11位手机号';
    case 'phone':
      return '手机号或固定电话（如 0938-1234567）';
    case 'bankAccount':
      return '银行账号；单元格须为文本格式（数字格式会丢失后几位）';
  }
}

/** The 填写说明 sheet: every column with whether it is required and how to fill it in, then the general rules. */
export function writeInstructions(workbook: Workbook, fields: readonly FieldDef[], settings: LedgerSettings, rules: readonly string[]): void {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  sheet.columns = [{ width: 24 }, { width: 10 }, { width: 70 }, { width: 40 }];
  const header = sheet.addRow(['列名', '是否必填', '填写格式', '说明']);
  header.eachCell((cell) => {
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
  });
  header.commit();
  for (const field of fields) {
    const row = sheet.addRow([field.label, field.required ? '必填' : '', formatNote(field, settings), [field.hint, field.synonyms?.length ? `也可写作：${field.synonyms.join('、')}` : ''].filter(Boolean).join('；')]);
    row.eachCell((cell) => {
      cell.font = BODY_FONT;
      cell.border = BORDER;
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
    row.commit();
  }
  sheet.addRow([]).commit();
  for (const rule of rules) sheet.addRow([rule]).commit();
  sheet.commit();
}
