import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobStatus } from '../../shared/contract/jobs';
import type { AuditPage } from '../../shared/contract/audit';
import type { Ledger } from '../../electron/core/ledger';
import { appLedger } from './account-helpers';
import { freshLedger, tempFolder, valueOf, VALID_USCC } from './helpers';

async function finished(ledger: Ledger, jobId: string): Promise<JobStatus> {
  for (;;) {
    const status = valueOf(await ledger.call('jobs.status', { jobId })) as JobStatus;
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the global audit log', () => {
  it('pages by keyset, newest first, with filters, and masks personal data', async () => {
    const ledger = await appLedger();
    for (let n = 1; n <= 5; n++) {
      valueOf(await ledger.call('companies.create', { values: { name: `建筑公司${n}`, roles: ['施工总承包'], contactPhone: '13812345678', ...(n === 1 ? { uscc: VALID_USCC } : {}) } }));
    }
    const first = valueOf(await ledger.call('audit.page', { filter: { entity: 'companies' }, limit: 2 })) as AuditPage;
    expect(first.rows.map((row) => row.after?.['name'])).toEqual(['建筑公司5', '建筑公司4']);
    expect(first.rows[0]?.after?.['contactPhone']).toBe('138****5678');
    expect(first.rows[0]?.operator).toBe('王芳（admin）');
    const second = valueOf(await ledger.call('audit.page', { filter: { entity: 'companies' }, before: first.nextCursor, limit: 2 })) as AuditPage;
    expect(second.rows.map((row) => row.after?.['name'])).toEqual(['建筑公司3', '建筑公司2']);
    const last = valueOf(await ledger.call('audit.page', { filter: { entity: 'companies' }, before: second.nextCursor, limit: 2 })) as AuditPage;
    expect(last).toMatchObject({ rows: [{ after: { name: '建筑公司1' } }], nextCursor: null });

    expect(valueOf(await ledger.call('audit.count', { filter: { action: 'login' } }))).toEqual({ total: 0 });
    expect(valueOf(await ledger.call('audit.count', { filter: { operator: '王芳', entity: 'companies' } }))).toEqual({ total: 5 });
    expect(valueOf(await ledger.call('audit.count', { filter: { operator: '没有这个人' } }))).toEqual({ total: 0 });
    expect(valueOf(await ledger.call('audit.count', { filter: { from: '2000-01-01', to: '2000-01-02' } }))).toEqual({ total: 0 });

    // the per-record history is masked the same way
    const history = valueOf(await ledger.call('system.auditForRecord', { entity: 'companies', id: 1 }));
    expect(JSON.stringify(history)).not.toContain('13812345678');
  });

  it('pages a date range by keyset, newest first, through rows written in the same millisecond', async () => {
    let clock = new Date('2026-10-05T09:00:00+08:00');
    const ledger = freshLedger({ now: () => clock });
    const days: [string, number][] = [['2026-10-05', 2], ['2026-10-06', 3], ['2026-10-07', 2]];
    for (const [day, count] of days) {
      clock = new Date(`${day}T09:00:00+08:00`);
      for (let n = 1; n <= count; n++) valueOf(await ledger.call('companies.create', { values: { name: `${day}公司${n}`, roles: ['施工总承包'] } }));
    }
    const pages = async (filter: Record<string, string>): Promise<string[][]> => {
      const names: string[][] = [];
      let before: number | null = null;
      do {
        const page = valueOf(await ledger.call('audit.page', { filter, before, limit: 2 })) as AuditPage;
        names.push(page.rows.map((row) => String(row.after?.['name'])));
        before = page.nextCursor;
      } while (before !== null);
      return names;
    };
    expect(await pages({ from: '2026-10-06', to: '2026-10-06' })).toEqual([['2026-10-06公司3', '2026-10-06公司2'], ['2026-10-06公司1']]);
    expect(await pages({ from: '2026-10-05', to: '2026-10-06', entity: 'companies' })).toEqual([
      ['2026-10-06公司3', '2026-10-06公司2'],
      ['2026-10-06公司1', '2026-10-05公司2'],
      ['2026-10-05公司1'],
    ]);
    // a cursor from the newest day, then a range that ends before it: the range still bounds the page
    const newest = valueOf(await ledger.call('audit.page', { filter: {}, limit: 1 })) as AuditPage;
    const earlier = valueOf(await ledger.call('audit.page', { filter: { to: '2026-10-05' }, before: newest.nextCursor, limit: 5 })) as AuditPage;
    expect(earlier.rows.map((row) => row.after?.['name'])).toEqual(['2026-10-05公司2', '2026-10-05公司1']);
  });

  it('exports the filtered log as a real workbook through a job, personal data masked', async () => {
    const ledger = await appLedger();
    valueOf(await ledger.call('companies.create', { values: { name: '=HYPERLINK("x")', roles: ['施工总承包'], contactPhone: '13812345678' } }));
    const target = path.join(tempFolder(), '审计日志.xlsx');
    const { jobId } = valueOf(await ledger.call('audit.export', { filter: {}, path: target })) as { jobId: string };
    const status = await finished(ledger, jobId);
    expect(status).toMatchObject({ state: 'done', result: { path: target, rows: 2 } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    const sheet = workbook.getWorksheet('审计日志');
    expect(sheet?.getRow(1).getCell(3).value).toBe('操作人');
    const texts = JSON.stringify(sheet?.getSheetValues());
    expect(texts).toContain('138****5678');
    expect(texts).not.toContain('13812345678');
    expect(sheet?.getRow(2).getCell(4).value).toBe('新增');
    const nowhere = valueOf(await ledger.call('audit.export', { filter: {}, path: 'relative/审计日志.xlsx' })) as { jobId: string };
    expect(await finished(ledger, nowhere.jobId)).toMatchObject({ state: 'failed', error: { code: 'VALIDATION', message: expect.stringContaining('导出位置') } });
    // text that looks like a formula stays text
    expect(sheet?.getRow(2).getCell(7).value).toMatch(/^单位名称：=HYPERLINK\("x"\)\n单位类型：施工总承包\n联系电话：138\*\*\*\*5678\n/);
  });
});
