import { describe, expect, it } from 'vitest';
import type { LedgerRecord } from '../../shared/contract/records';
import { projectEntity } from '../../shared/domain/project';
import { renderLedgerSheet } from '../../shared/print';
import { emptyLookups } from '../../renderer/components/ledger-grid/cellText';
import { ledgerPrintSheet } from '../../renderer/components/ledger-grid/ledgerPrintSheet';

/** 打印台账: the grid's visible rows and columns become the A4 landscape sheet, with the money totalled in fen. */
const field = (key: string) => {
  const found = projectEntity.fields.find((f) => f.key === key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
};
const record = (id: number, values: Record<string, unknown>) => ({ id, version: 1, ...values }) as unknown as LedgerRecord;

describe('ledgerPrintSheet', () => {
  const fields = [field('name'), field('contractPrice'), field('registeredWorkers')];
  const records = [
    record(1, { name: '新区公厕改造工程', contractPrice: 123_456_789, registeredWorkers: 30 }),
    record(2, { name: '<script>alert(1)</script>', contractPrice: 10, registeredWorkers: null }),
  ];
  const sheet = ledgerPrintSheet({ title: '秦安县项目台账', unitLine: '填报单位：县根治欠薪办', records, fields, lookups: emptyLookups });

  it('prints the columns shown, in their order, with the texts the grid shows', () => {
    expect(sheet.columns.map((c) => c.header)).toEqual(['项目名称', '合同价款', '实名登记人数']);
    expect(sheet.rows).toEqual([
      ['新区公厕改造工程', '1,234,567.89', '30'],
      ['<script>alert(1)</script>', '0.10', ''],
    ]);
    expect(sheet.columns.map((c) => c.align)).toEqual(['left', 'right', 'right']);
  });

  it('totals the money columns exactly and shares out the 273 mm line', () => {
    expect(sheet.totals).toEqual(['合计（2条）', '1,234,567.99', '']);
    const widths = sheet.columns.map((c) => c.width ?? 0);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(273, 6);
    // the name gets more room than the count
    expect(widths[0]).toBeGreaterThan(widths[2] ?? Infinity);
  });

  it('renders as text, never markup', () => {
    const html = renderLedgerSheet(sheet);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert');
  });
});
