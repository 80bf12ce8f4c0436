import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { LedgerRecord } from '../../shared/contract';
import type { Ledger } from '../../electron/core/ledger';
import { exportKind } from '../../electron/core/import/export-kind';
import { freshLedger, projectValues, seedSettings, tempFolder, valueOf } from './helpers';
import { newClue, seedClueSettings } from './clue-helpers';
import { bytesFile, commit, finished, idNumber, ledgerFingerprint, minimalXlsxParts, preview, uscc, workbookFile, zipParts } from './import-helpers';

const COMPANY_HEADER = ['单位名称', '统一社会信用代码', '单位类型', '联系电话'];

async function companies(ledger: Ledger): Promise<LedgerRecord[]> {
  return valueOf(await ledger.call('companies.list', {})) as LedgerRecord[];
}

/** The file is refused at preview and at commit with `message`, and the ledger is unchanged to the byte. */
async function expectRefused(ledger: Ledger, input: Record<string, unknown>, message: string): Promise<void> {
  const before = ledgerFingerprint(ledger);
  const previewed = await preview(ledger, input);
  expect(previewed.preview).toBeUndefined();
  expect(previewed.error?.message).toContain(message);
  const committed = await commit(ledger, input);
  expect(committed.result).toBeUndefined();
  expect(committed.error?.message).toContain(message);
  expect(ledgerFingerprint(ledger)).toEqual(before);
}

/** The file reads, but the preview lists the problem at `row`/`column`, and commit refuses it whole. */
async function expectRowProblem(ledger: Ledger, input: Record<string, unknown>, problem: { row: number; column: string; message: string }): Promise<void> {
  const before = ledgerFingerprint(ledger);
  const previewed = await preview(ledger, input);
  expect(previewed.preview?.problems).toContainEqual({ row: problem.row, column: problem.column, message: expect.stringContaining(problem.message) });
  const committed = await commit(ledger, input);
  expect(committed.error?.message).toContain(`第${problem.row}行 ${problem.column}`);
  expect(committed.error?.message).toContain('未导入任何一行');
  expect(ledgerFingerprint(ledger)).toEqual(before);
}

async function seededLedger(): Promise<Ledger> {
  const ledger = freshLedger();
  await seedSettings(ledger);
  valueOf(await ledger.call('companies.create', { values: { name: '已有建筑公司', uscc: uscc(1), roles: ['施工总承包'] } }));
  return ledger;
}

describe('import: hostile files are refused whole, the ledger unchanged', () => {
  it('refuses a file over the size cap', async () => {
    const ledger = await seededLedger();
    const file = bytesFile(Buffer.from('PK\u0003\u0004'), 'big.xlsx');
    fs.truncateSync(file, 51 * 1024 * 1024);
    await expectRefused(ledger, { kind: 'companies', path: file }, '文件太大（51.0 MB），一次最多导入 50 MB');
  });

  it('refuses a sheet over the row cap', async () => {
    const ledger = await seededLedger();
    const file = path.join(tempFolder(), 'rows.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
    const sheet = writer.addWorksheet('单位');
    sheet.addRow(['单位名称', '单位类型']).commit();
    for (let i = 0; i < 200_001; i++) sheet.addRow(['x', '其他用人单位']).commit();
    sheet.commit();
    await writer.commit();
    await expectRefused(ledger, { kind: 'companies', path: file }, '工作表超过200,000行，一次最多导入200,000行');
  }, 60_000);

  it('refuses a zip bomb by its ratio, and one that lies about its size', async () => {
    const ledger = await seededLedger();
    const good = minimalXlsxParts([['单位名称', '单位类型'], ['甲公司', '施工总承包']]);
    const zeros = Buffer.alloc(20 * 1024 * 1024);
    const byRatio = bytesFile(zipParts([...good, { name: 'xl/media/image1.png', data: zeros }]), 'bomb.xlsx');
    await expectRefused(ledger, { kind: 'companies', path: byRatio }, '疑似“压缩炸弹”');
    const lying = bytesFile(zipParts([...good, { name: 'xl/media/image1.png', data: zeros, declaredSize: 1000 }]), 'liar.xlsx');
    await expectRefused(ledger, { kind: 'companies', path: lying }, '疑似“压缩炸弹”');
    // the same parts without the bomb import fine: the refusal is the bomb's
    const plain = bytesFile(zipParts(good), 'plain.xlsx');
    expect((await preview(ledger, { kind: 'companies', path: plain })).preview).toMatchObject({ rows: 1, newRows: 1, problems: [] });
  });

  it('refuses an ID number stored as a number, saying its digits are lost', async () => {
    const ledger = await seededLedger();
    await seedClueSettings(ledger);
    const clue = await newClue(ledger);
    const file = await workbookFile([['姓名', '身份证号', '欠薪金额'], ['张三', idNumber(1), 5000], ['李四', Number('620522198001010020'), 3000]]);
    await expectRowProblem(ledger, { kind: 'rosters', path: file, clueId: clue.id }, { row: 3, column: '身份证号', message: '单元格是数字格式，超过15位的数字已经丢失' });
  });

  it('refuses control characters, naming row and column', async () => {
    const ledger = await seededLedger();
    // Excel writes a control character inside text as _x0007_
    const escaped = bytesFile(zipParts(minimalXlsxParts([COMPANY_HEADER, ['甲公司', uscc(2), '施工总承包', ''], ['乙_x0007_公司', '', '劳务分包', '']])), 'escaped.xlsx');
    await expectRowProblem(ledger, { kind: 'companies', path: escaped }, { row: 3, column: '单位名称', message: '含有不可见的控制字符' });
    const raw = bytesFile(zipParts(minimalXlsxParts([COMPANY_HEADER, ['甲公司', uscc(2), '施工总承包', ''], ['乙公司', '', '劳务分包', '138\u001b0000000']])), 'raw.xlsx');
    // a raw one is not even valid XML: the file is refused as damaged
    await expectRefused(ledger, { kind: 'companies', path: raw }, '工作簿内容已损坏');
  });

  it('refuses wrong and missing headers, naming them', async () => {
    const ledger = await seededLedger();
    const wrong = await workbookFile([['公司', '类别', '金额'], ['甲公司', '施工总承包', 1]]);
    await expectRefused(ledger, { kind: 'companies', path: wrong }, '第1行 表头不正确（不认识的列：公司、类别、金额；缺少必填的列：单位名称、单位类型）');
    const missing = await workbookFile([['单位名称', '联系电话'], ['甲公司', '13800000000']]);
    await expectRefused(ledger, { kind: 'companies', path: missing }, '缺少必填的列：单位类型');
  });

  it('refuses empty files and sheets', async () => {
    const ledger = await seededLedger();
    await expectRefused(ledger, { kind: 'companies', path: bytesFile('', 'empty.xlsx') }, '文件是空的（0字节）');
    await expectRefused(ledger, { kind: 'companies', path: await workbookFile([]) }, '工作表是空的');
    await expectRefused(ledger, { kind: 'companies', path: await workbookFile([COMPANY_HEADER]) }, '表头下面没有数据行');
  });

  it('refuses xls, csv renamed and random bytes, saying what the file is', async () => {
    const ledger = await seededLedger();
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]);
    await expectRefused(ledger, { kind: 'companies', path: bytesFile(xls, 'old.xlsx') }, '这是旧版 Excel 文件（.xls）');
    await expectRefused(ledger, { kind: 'companies', path: bytesFile('单位名称,单位类型\n甲公司,施工总承包\n', 'csv.xlsx') }, '这是文本文件（如 CSV）');
    const random = crypto.randomBytes(8192);
    random[0] = 0x00;
    await expectRefused(ledger, { kind: 'companies', path: bytesFile(random, 'random.xlsx') }, '这不是 Excel 工作簿（.xlsx）文件');
    const notWorkbook = bytesFile(zipParts([{ name: 'readme.txt', data: Buffer.from('hello') }]), 'zip.xlsx');
    await expectRefused(ledger, { kind: 'companies', path: notWorkbook }, '这是压缩文件，但不是 Excel 工作簿');
  });

  it('refuses a path that is not .xlsx at the contract', async () => {
    const ledger = await seededLedger();
    const result = await ledger.call('imports.preview', { kind: 'companies', path: '/tmp/a.xls' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('.xlsx') } });
  });
});

describe('import: reading what clerks really have', () => {
  it('matches headers by synonym and unit suffix, and reads money in 元 as fen', async () => {
    const ledger = await seededLedger();
    await seedClueSettings(ledger);
    const clue = await newClue(ledger);
    const file = await workbookFile([['序号', '姓名', '身份证号码', '手机号码', '欠薪金额（元）'], [1, '张三', idNumber(1), '13800000001', '1,234.5'], [2, '李四', idNumber(2), 13800000002, 88.08]]);
    const previewed = await preview(ledger, { kind: 'rosters', path: file, clueId: clue.id });
    expect(previewed.preview).toMatchObject({ rows: 2, newRows: 2, problems: [], duplicates: [] });
    expect((await commit(ledger, { kind: 'rosters', path: file, clueId: clue.id })).result).toEqual({ created: 2, updated: 0, skipped: 0 });
    const roster = valueOf(await ledger.call('clueWorkers.list', { clueId: clue.id })) as LedgerRecord[];
    expect(roster.map((r) => [r['name'], r['amountOwed'], r['phone']])).toEqual([
      ['张三', 123_450, '138****0001'],
      ['李四', 8_808, '138****0002'],
    ]);
    const stored = ledger.ctx.sqlite.prepare('SELECT id_number AS id FROM clue_workers ORDER BY id').all() as { id: string }[];
    expect(stored.map((r) => r.id)).toEqual([idNumber(1), idNumber(2)]);

    const codes = await workbookFile([['企业名称', '信用代码', '单位类型'], ['丙公司', uscc(3), '劳务分包']]);
    expect((await commit(ledger, { kind: 'companies', path: codes })).result).toEqual({ created: 1, updated: 0, skipped: 0 });
    expect((await companies(ledger)).find((c) => c['name'] === '丙公司')?.['uscc']).toBe(uscc(3));
  });

  it('keeps every Chinese character of a large sheet whole, with shared or inline strings', async () => {
    // exceljs's own zip loop decodes each chunk on its own: a character straddling two chunks would become U+FFFD
    // (read-sheet.ts decodes each part with one streaming decoder; this fails when it does not)
    for (const useSharedStrings of [true, false]) {
      const ledger = await seededLedger();
      const file = path.join(tempFolder(), 'many.xlsx');
      const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings, useStyles: false });
      const sheet = writer.addWorksheet('单位');
      sheet.addRow(['单位名称', '单位类型', '地址']).commit();
      const names = Array.from({ length: 3_000 }, (_, i) => `城关第${i}号建筑工程有限公司`);
      for (const name of names) sheet.addRow([name, '施工总承包、劳务分包', `秦安县兴国镇映南路${name.length}号院`]).commit();
      sheet.commit();
      await writer.commit();
      expect((await commit(ledger, { kind: 'companies', path: file })).result?.created).toBe(3_000);
      const stored = await companies(ledger);
      expect(stored.slice(1).map((c) => c['name'])).toEqual(names);
      expect(stored.every((c) => !String(c['address'] ?? '').includes('\uFFFD'))).toBe(true);
    }
  }, 60_000);

  it('reads formula cells as their values, with a warning', async () => {
    const ledger = await seededLedger();
    const file = await workbookFile([COMPANY_HEADER, ['甲公司', uscc(2), '施工总承包', '']], 'formula.xlsx', (sheet) => {
      sheet.getCell('A2').value = { formula: 'CONCATENATE("甲","公司")', result: '甲公司' };
    });
    const previewed = await preview(ledger, { kind: 'companies', path: file });
    expect(previewed.preview?.problems).toEqual([]);
    expect(previewed.preview?.warnings).toEqual([{ row: 2, column: '单位名称', message: '单位名称：单元格是公式，已按其计算结果读取' }]);
    expect((await commit(ledger, { kind: 'companies', path: file })).result?.created).toBe(1);
    expect((await companies(ledger)).map((c) => c['name'])).toContain('甲公司');
  });

  it('lists every problem by row and column, and imports once fixed', async () => {
    const ledger = await seededLedger();
    const bad = await workbookFile([COMPANY_HEADER, ['甲公司', uscc(2), '施工总承包', ''], ['乙公司', '91350100M000100Y44', '总包', '12345']]);
    const previewed = await preview(ledger, { kind: 'companies', path: bad });
    expect(previewed.preview?.problems).toEqual([
      { row: 3, column: '统一社会信用代码', message: '统一社会信用代码：校验位不正确，请核对' },
      { row: 3, column: '单位类型', message: expect.stringContaining('单位类型：“总包”不是可选项') },
      { row: 3, column: '联系电话', message: expect.stringContaining('联系电话：') },
    ]);
    const fixed = await workbookFile([COMPANY_HEADER, ['甲公司', uscc(2), '施工总承包', ''], ['乙公司', uscc(4), '劳务分包', '13800000000']]);
    expect((await commit(ledger, { kind: 'companies', path: fixed })).result).toEqual({ created: 2, updated: 0, skipped: 0 });
  });
});

describe('import: duplicates, all or nothing, round trip', () => {
  it('groups rows that repeat a record and skips or updates them as chosen', async () => {
    const ledger = await seededLedger();
    const existingId = (await companies(ledger))[0]?.id as number;
    const file = await workbookFile([COMPANY_HEADER, ['已有建筑公司', uscc(1), '施工总承包、劳务分包', '13900000000'], ['新公司', uscc(5), '劳务分包', '']]);
    const previewed = await preview(ledger, { kind: 'companies', path: file });
    expect(previewed.preview).toMatchObject({ rows: 2, newRows: 1, problems: [] });
    expect(previewed.preview?.duplicates).toEqual([{ key: String(existingId), by: '统一社会信用代码', value: uscc(1), rows: [2], existingId, existingTitle: '已有建筑公司' }]);

    expect((await commit(ledger, { kind: 'companies', path: file, choices: { [existingId]: 'skip' } })).result).toEqual({ created: 1, updated: 0, skipped: 1 });
    expect((await companies(ledger)).find((c) => c.id === existingId)?.['roles']).toEqual(['施工总承包']);

    // the new company is now a duplicate too; update both
    expect((await commit(ledger, { kind: 'companies', path: file, otherDuplicates: 'update' })).result).toEqual({ created: 0, updated: 1, skipped: 1 });
    const updated = (await companies(ledger)).find((c) => c.id === existingId);
    expect(updated?.['roles']).toEqual(['施工总承包', '劳务分包']);
    expect(updated?.['version']).toBe(2);
    const audit = ledger.ctx.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'companies' AND entity_id = ? ORDER BY id").all(existingId) as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('numbers imported clues, starts their log at 登记, and skips a platform number already registered', async () => {
    const ledger = await seededLedger();
    await seedClueSettings(ledger);
    await newClue(ledger, { platformNo: 'GJ-1', receivedDate: '2026-03-01' });
    const file = await workbookFile([
      ['平台编号', '线索来源', '接收日期', '行业领域', '发生地乡镇', '投诉人', '被投诉单位', '涉及金额'],
      ['GJ-1', '国家平台', '2026-03-01', '工程建设', '城关镇', '王五', '已有建筑公司', 1000],
      ['GJ-2', '国家平台', new Date(Date.UTC(2026, 3, 2)), '工程建设', '西川镇', '赵六', '已有建筑公司', '2,500.5'],
    ]);
    const previewed = await preview(ledger, { kind: 'clues', path: file });
    expect(previewed.preview).toMatchObject({ rows: 2, newRows: 1, problems: [], duplicates: [{ by: '平台编号', value: 'GJ-1', rows: [2] }] });
    expect((await commit(ledger, { kind: 'clues', path: file })).result).toEqual({ created: 1, updated: 0, skipped: 1 });
    const clue = ledger.ctx.sqlite.prepare("SELECT id, clue_no, status, received_date, employer_company_id, amount_involved FROM clues WHERE platform_no = 'GJ-2'").get() as Record<string, unknown>;
    expect(clue).toMatchObject({ clue_no: '2026-0002', status: '待受理', received_date: '2026-04-02', employer_company_id: 1, amount_involved: 250_050 });
    const events = ledger.ctx.sqlite.prepare('SELECT action, to_state, note FROM clue_events WHERE clue_id = ?').all(clue['id']);
    expect(events).toEqual([{ action: '登记', to_state: '待受理', note: '来源：国家平台，平台编号GJ-2' }]);
    const audit = ledger.ctx.sqlite.prepare("SELECT action, operator, after_json FROM audit_log WHERE entity = 'clues' AND entity_id = ?").all(clue['id']) as { action: string; operator: string; after_json: string }[];
    expect(audit.map((a) => [a.action, a.operator])).toEqual([['create', '张三']]);
    // the audit row holds what the sheet filled in and what the clue got by default, not the dozens of empty fields
    expect(JSON.parse(audit[0]?.after_json ?? 'null')).toEqual({
      platformNo: 'GJ-2', source: '国家平台', receivedDate: '2026-04-02', sector: '工程建设', township: '西川镇', complainantName: '赵六',
      employerCompanyId: 1, amountInvolved: 250_050, clueNo: '2026-0002', status: '待受理',
    });
    // the import counted the yearly numbers itself and stored where it ended: the next clue goes on from there
    expect((await newClue(ledger, { receivedDate: '2026-05-01' })).clueNo).toBe('2026-0003');
  });

  it('refuses rows that repeat each other, or take a code another record holds', async () => {
    const ledger = await seededLedger();
    await seedClueSettings(ledger);
    valueOf(await ledger.call('projects.create', { values: projectValues({ code: 'XM-1' }) }));
    const file = await workbookFile([
      ['项目编号', '项目名称', '项目类型', '投资类型', '所在乡镇', '行业主管部门'],
      ['XM-1', '另一个工程', '房建', '社会投资', '西川镇', '住建局'],
      ['', '二号工程', '房建', '社会投资', '西川镇', '住建局'],
      ['', '二号工程', '房建', '社会投资', '西川镇', '住建局'],
    ]);
    const previewed = await preview(ledger, { kind: 'projects', path: file });
    expect(previewed.preview?.problems).toEqual([
      { row: 2, column: '项目编号', message: '项目编号：“XM-1”已被项目“新区公厕改造工程”使用' },
      { row: 4, column: '项目名称+所在乡镇', message: '项目名称+所在乡镇：与第3行重复' },
    ]);
  });

  it('writes nothing when a row fails part way through the commit', async () => {
    const ledger = await seededLedger();
    const file = await workbookFile([COMPANY_HEADER, ['甲公司', uscc(2), '施工总承包', ''], ['乙公司', uscc(3), '施工总承包', ''], ['丙公司', uscc(4), '施工总承包', '']]);
    // a failure the checks cannot foresee: the database itself refuses the third row
    ledger.ctx.sqlite.exec("CREATE TRIGGER refuse_third BEFORE INSERT ON companies WHEN NEW.name = '丙公司' BEGIN SELECT RAISE(ABORT, 'disk says no'); END");
    const before = ledgerFingerprint(ledger);
    const committed = await commit(ledger, { kind: 'companies', path: file });
    expect(committed.result).toBeUndefined();
    expect(committed.error).toBeDefined();
    expect(ledgerFingerprint(ledger)).toEqual(before);
    expect((await companies(ledger)).map((c) => c['name'])).toEqual(['已有建筑公司']);
  });

  it('round-trips: export → import into an empty ledger reproduces the records', async () => {
    const source = await seededLedger();
    valueOf(await source.call('companies.create', { values: { name: '城南劳务公司', uscc: uscc(7), roles: ['劳务分包'], contactPhone: '13812345678', blacklisted: true, blacklistFrom: '2026-01-05', note: '=SUM(A1)' } }));
    valueOf(
      await source.call('projects.create', {
        values: projectValues({ code: 'XM-7', contractorId: 1, subcontractorIds: [1, 2], contractPrice: 123_456_789, startDate: '2026-03-01', realNameInPlace: true, wageAccountOpened: true, wageAccountNumber: '6222020200112233445', labourClerkPhone: '0938-1234567' }),
      }),
    );
    const folder = tempFolder();
    const target = freshLedger();
    await seedSettings(target);
    for (const kind of ['companies', 'projects'] as const) {
      const file = path.join(folder, `${kind}.xlsx`);
      expect((await exportKind(source.ctx, { kind, path: file, clueId: null, unmasked: true })).rows).toBeGreaterThan(0);
      expect((await commit(target, { kind, path: file })).error).toBeUndefined();
    }
    const META = ['id', 'version', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'deletedAt', 'isDemo'];
    const strip = (rows: LedgerRecord[]) => rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !META.includes(key))));
    expect(strip(await companies(target))).toEqual(strip(await companies(source)));
    expect(strip(valueOf(await target.call('projects.list', {})) as LedgerRecord[])).toEqual(strip(valueOf(await source.call('projects.list', {})) as LedgerRecord[]));
  });

  it('exports masked by default, and the template names every column with its rules', async () => {
    const ledger = await seededLedger();
    valueOf(await ledger.call('companies.create', { values: { name: '城南劳务公司', roles: ['劳务分包'], contactPhone: '13812345678' } }));
    const folder = tempFolder();
    const exported = valueOf(await ledger.call('imports.export', { kind: 'companies', path: path.join(folder, 'out.xlsx') })) as { jobId: string };
    const status = await finished(ledger, exported);
    expect(status.result).toMatchObject({ rows: 2 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(folder, 'out.xlsx'));
    const sheet = book.getWorksheet('单位');
    expect(sheet?.getRow(1).getCell(1).value).toBe('*单位名称');
    expect(sheet?.getRow(3).getCell(6).value).toBe('138****5678');
    expect(sheet?.getRow(3).getCell(2).numFmt).toBe('@');

    valueOf(await ledger.call('imports.template', { kind: 'rosters', path: path.join(folder, 'roster.xlsx') }));
    const template = new ExcelJS.Workbook();
    await template.xlsx.readFile(path.join(folder, 'roster.xlsx'));
    expect(template.worksheets.map((s) => s.name)).toEqual(['欠薪农民工名单', '填写说明']);
    expect((template.getWorksheet('欠薪农民工名单')?.getRow(1).values as unknown[]).slice(1)).toEqual(['*姓名', '身份证号', '联系电话', '欠薪金额', '已支付金额', '支付日期', '备注']);
    const notes = template.getWorksheet('填写说明');
    expect(notes?.getRow(3).values).toContain('18位身份证号；单元格须为文本格式（数字格式会丢失后几位）');
  });
});
