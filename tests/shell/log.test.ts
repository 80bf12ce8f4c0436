import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rotateLogFiles } from '../../electron/shell/log-files';
import { scrubLogValue, scrubPersonalData } from '../../electron/shell/log-scrub';

describe('scrubPersonalData', () => {
  it('masks 18-digit ID numbers, 11-digit mobiles and bank cards wherever they appear in a message', () => {
    const text = scrubPersonalData('保存失败：身份证号11010519491231002X，电话13812345678，卡号6222021234567891234，另一卡 6222 0212 3456 7890');
    expect(text).toBe('保存失败：身份证号1101**********002X，电话138****5678，卡号****1234，另一卡 ****7890');
    expect(text).not.toMatch(/\d{7,}/);
  });

  it('masks a lower-case x ID and numbers inside JSON or paths', () => {
    expect(scrubPersonalData('{"idNumber":"11010519491231002x","phone":"13912345678"}')).toBe('{"idNumber":"1101**********002x","phone":"139****5678"}');
    expect(scrubPersonalData('C:\\导出\\13812345678.xlsx')).toBe('C:\\导出\\138****5678.xlsx');
  });

  it('leaves dates, counts, versions, ports, error codes and short numbers alone', () => {
    const text = '2026-11-27 09:00:00 台账服务已启动（数据结构版本12，共403条线索，退出代码 3221225477，端口 53123，0.1.0）';
    expect(scrubPersonalData(text)).toBe(text);
    // a landline is not a mobile; twelve digits are neither a mobile nor a card
    expect(scrubPersonalData('0938-8212345 123456789012')).toBe('0938-8212345 123456789012');
  });

  it('scrubs errors with their stack and objects as inspected', () => {
    const error = new Error('身份证号11010519491231002X校验位不正确');
    expect(scrubLogValue(error)).toMatch(/^Error: 身份证号1101\*{10}002X校验位不正确\n\s+at /);
    expect(scrubLogValue({ phone: '13812345678', nested: { card: '6222021234567891234' } })).toBe("{ phone: '138****5678', nested: { card: '****1234' } }");
    expect(scrubLogValue(13812345678)).toBe('138****5678');
    expect(scrubLogValue(42)).toBe('42');
    expect(scrubLogValue(null)).toBeNull();
  });
});

describe('rotateLogFiles', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('shifts main.log to main.1.log and older files up, keeping only the newest few', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-log-'));
    folders.push(folder);
    const current = path.join(folder, 'main.log');
    for (let run = 1; run <= 5; run++) {
      fs.writeFileSync(current, `第${run}个`);
      rotateLogFiles(current, 3);
    }
    expect(fs.readdirSync(folder).sort()).toEqual(['main.1.log', 'main.2.log', 'main.3.log']);
    expect(['main.1.log', 'main.2.log', 'main.3.log'].map((name) => fs.readFileSync(path.join(folder, name), 'utf8'))).toEqual(['第5个', '第4个', '第3个']);
  });
});
