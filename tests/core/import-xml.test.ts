import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sheetRows, type SheetContext, type SheetRow } from '../../electron/core/import/sheet-xml';
import { BrokenXml } from '../../electron/core/import/xml-scan';
import { checkedXlsxParts } from '../../electron/core/import/zip-guard';
import { readFirstSheet } from '../../electron/core/import/read-sheet';
import { workbookFile } from './import-helpers';

const NO_STYLES: SheetContext = { sharedStrings: ['甲公司', { richText: [{ text: '富' }, { text: '文本' }] }], numFmtOf: () => undefined, date1904: false };

async function rowsOf(chunks: string[], context = NO_STYLES): Promise<{ number: number; cells: [number, unknown][] }[]> {
  async function* feed() {
    yield* chunks;
  }
  const rows: SheetRow[] = [];
  for await (const batch of sheetRows(feed(), context)) rows.push(...batch);
  return rows.map((row) => ({ number: row.number, cells: [...row.cells] }));
}

const sheet = (data: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData></worksheet>`;

const SAMPLE = sheet(
  [
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>张</t></r><r><t xml:space="preserve">三 </t></r><rPh sb="0" eb="1"><t>チョウ</t></rPh></is></c></row>',
    '<!-- a comment --><row r="3" spans="1:5"><c r="A3"><v>12.5</v></c><c r="B3" t="b"><v>1</v></c><c r="C3" t="str"><v>A&amp;B &lt;&#x4E59;&gt; &#26032;</v></c></row>',
    '<row r="4"><c r="B4" t="e"><v>#N/A</v></c><c r="C4"><f>1+1</f><v>2</v></c><c r="D4" t="e"><f>NA()</f><v>#N/A</v></c><c r="E4" t="str"><f>A1</f><v><![CDATA[x<y]]></v></c></row>',
    '<row r="5"><c r="A5" t="inlineStr"><is><t></t></is></c><c r="B5"/></row>',
    '<row><c><v>7</v></c><c><v>8</v></c></row>',
  ].join(''),
);

const EXPECTED = [
  { number: 1, cells: [[1, '甲公司'], [2, { richText: [{ text: '富' }, { text: '文本' }] }], [3, '张三 ']] },
  { number: 3, cells: [[1, 12.5], [2, true], [3, 'A&B <乙> 新']] },
  { number: 4, cells: [[2, { error: '#N/A' }], [3, { formula: '1+1', result: 2 }], [4, { formula: 'NA()', result: { error: '#N/A' } }], [5, { formula: 'A1', result: 'x<y' }]] },
  // row 5 is blank (empty text, a cell without value); a row and cells without r follow on from the last ones
  { number: 6, cells: [[1, 7], [2, 8]] },
];

describe('import: reading the worksheet XML', () => {
  it('reads shared, inline, rich and phonetic text, numbers, booleans, errors and formulas as exceljs values', async () => {
    expect(await rowsOf([SAMPLE])).toEqual(EXPECTED);
  });

  it('reads the same rows wherever the chunks of text are cut (inside tags, references, comments, CDATA)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: SAMPLE.length - 1 }), { maxLength: 12 }), async (cuts) => {
        const points = [0, ...[...cuts].sort((a, b) => a - b), SAMPLE.length];
        const chunks = points.slice(1).map((end, i) => SAMPLE.slice(points[i], end));
        expect(await rowsOf(chunks)).toEqual(EXPECTED);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a number as a date when its style is a date format, in the 1900 or 1904 system', async () => {
    const xml = sheet('<row r="1"><c r="A1" s="1"><v>46027</v></c><c r="B1" s="2"><v>46027</v></c></row>');
    const context = (date1904: boolean): SheetContext => ({ sharedStrings: [], numFmtOf: (style) => (style === 1 ? 'yyyy-mm-dd' : '0.00'), date1904 });
    expect(await rowsOf([xml], context(false))).toEqual([{ number: 1, cells: [[1, new Date(Date.UTC(2026, 0, 5))], [2, 46027]] }]);
    expect(await rowsOf([xml], context(true))).toEqual([{ number: 1, cells: [[1, new Date(Date.UTC(2030, 0, 6))], [2, 46027]] }]);
  });

  it('refuses what is not well-formed XML, and a DOCTYPE (no entity definitions, so no entity expansion)', async () => {
    const broken = [
      sheet('<row r="1"><c r="A1"><v>1</v></row>'), // mismatched end tag
      sheet('<row r="1"><c r="A1"><v>1</v></c></row>').slice(0, -20), // cut off
      sheet('<row r="1"><c r="A1" t="str"><v>A & B</v></c></row>'), // bare &
      sheet('<row r="1"><c r="A1" t="str"><v>&lol;</v></c></row>'), // unknown entity
      sheet('<row r="1"><c r="A1" t="str"><v>&#7;</v></c></row>'), // a character XML does not allow, by reference
      sheet('<row r="1"><c r="A1" t="str"><v>\u001b</v></c></row>'), // and raw
      sheet('<row r="1"><c r="A1" t="str"<v>x</v></c></row>'), // a lost >
      sheet('<row r="x"></row>'), // a row number that is no number
      sheet('<row r="1"><c r="11"><v>1</v></c></row>'), // a cell reference without its column
      `<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>${sheet('<row r="1"><c r="A1" t="str"><v>&b;</v></c></row>')}`,
      `${sheet('')}<worksheet/>`, // a second root
      `${sheet('')}text`, // text after the root
    ];
    for (const xml of broken) await expect(rowsOf([xml]), xml).rejects.toBeInstanceOf(BrokenXml);
  });

  it('reads an exceljs-written workbook (shared strings, styles, dates) through the checked parts', async () => {
    const file = await workbookFile([['名称', '日期', '金额', '是否'], ['甲公司', new Date(Date.UTC(2026, 0, 5)), 12.5, true], ['甲公司', null, { formula: 'C2*2', result: 25 }, false]], 'read.xlsx', (sheet) => {
      sheet.getCell('B2').numFmt = 'yyyy"年"m"月"d"日"';
    });
    const rows: { number: number; cells: [number, unknown][] }[] = [];
    for await (const row of readFirstSheet(await checkedXlsxParts(file))) rows.push({ number: row.number, cells: [...row.cells] });
    expect(rows).toEqual([
      { number: 1, cells: [[1, '名称'], [2, '日期'], [3, '金额'], [4, '是否']] },
      { number: 2, cells: [[1, '甲公司'], [2, new Date(Date.UTC(2026, 0, 5))], [3, 12.5], [4, true]] },
      { number: 3, cells: [[1, '甲公司'], [3, { formula: 'C2*2', result: 25 }], [4, false]] },
    ]);
  });
});
