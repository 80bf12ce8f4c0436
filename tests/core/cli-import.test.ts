import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/core/cli/main';
import { openLedger } from '../../electron/core/ledger';
import { tempFolder } from './helpers';
import { uscc, workbookFile } from './import-helpers';

/** The CLI in-process, with what it prints collected. */
async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function companyNames(dbPath: string): string[] {
  const ledger = openLedger({ dbPath });
  try {
    return (ledger.ctx.sqlite.prepare('SELECT name FROM companies WHERE deleted_at IS NULL ORDER BY id').all() as { name: string }[]).map((r) => r.name);
  } finally {
    void ledger.close();
  }
}

describe('ledger template / import / export', () => {
  it('writes a template, refuses a bad file with row and column, imports a good one, exports it again', async () => {
    const folder = tempFolder();
    const db = path.join(folder, 'ledger.db');
    await openLedger({ dbPath: db }).close();

    const template = await cli('template', 'companies', '--out', path.join(folder, 'tpl.xlsx'), '--db', db);
    expect(template).toMatchObject({ code: 0, out: expect.stringContaining('已生成单位导入模板') });

    const bad = await workbookFile([['单位名称', '统一社会信用代码', '单位类型'], ['甲公司', uscc(1), '施工总承包'], ['乙公司', '123', '劳务分包']]);
    const refused = await cli('import', 'companies', bad, '--db', db);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('文件有1处问题，未导入任何一行');
    expect(refused.err).toContain('第3行 统一社会信用代码：');
    expect(companyNames(db)).toEqual([]);

    const good = await workbookFile([['单位名称', '统一社会信用代码', '单位类型'], ['甲公司', uscc(1), '施工总承包'], ['乙公司', uscc(2), '劳务分包']]);
    const dry = await cli('import', 'companies', good, '--dry-run', '--db', db);
    expect(dry).toMatchObject({ code: 0, out: expect.stringContaining('检查通过（--dry-run：未写入台账）') });
    expect(companyNames(db)).toEqual([]);
    expect(await cli('import', 'companies', good, '--db', db)).toMatchObject({ code: 0, out: expect.stringContaining('新增2条，更新0条，跳过0条') });
    expect(companyNames(db)).toEqual(['甲公司', '乙公司']);
    const again = await cli('import', 'companies', good, '--db', db);
    expect(again.out).toContain(`重复 第2行：统一社会信用代码“${uscc(1)}”已有单位“甲公司”（将跳过）`);
    expect(again.out).toContain('新增0条，更新0条，跳过2条');

    const exported = await cli('export', 'companies', '--out', path.join(folder, 'out.xlsx'), '--db', db);
    expect(exported).toMatchObject({ code: 0, out: expect.stringContaining('已导出单位2条（个人信息已隐藏）') });
  });

  it('says what is missing on the command line', async () => {
    expect((await cli('import', 'people', 'x.xlsx')).err).toContain('import 后面应写种类：projects、companies、clues、rosters');
    expect((await cli('import', 'rosters', 'x.xlsx')).err).toContain('请用 --clue 指定线索');
    expect((await cli('template', 'companies')).err).toContain('需要用 --out 指定保存位置');
    expect((await cli('import', 'companies', 'x.xlsx', '--duplicates', 'merge')).err).toContain('--duplicates 应为 skip（跳过）或 update（更新）');
  });
});
