import { toIsoDate } from '../../../../shared/dates';
import { formatFenAsWanYuan } from '../../../../shared/money';
import { LedgerError } from '../../../../shared/errors';
import { generateDemo, installDemo, ledgerContents, refusalFor } from '../../demo';
import { openLedger, type Ledger } from '../../ledger';
import { describeOpenError } from '../open-errors';
import { EXIT, type Output } from '../output';

/** The operator the demo's records and audit rows name. */
export const DEMO_OPERATOR = '演示数据';

/**
 * `ledger demo`: fills an empty ledger (created if missing) with the demo county, every record marked as demo
 * data; refuses a ledger that already holds companies, projects or saved settings.
 */
export async function runDemo(dbPath: string, output: Output, options: { seed?: number; now?: Date } = {}): Promise<number> {
  const now = options.now ?? new Date();
  let ledger: Ledger;
  try {
    ledger = openLedger({ dbPath, operator: DEMO_OPERATOR });
  } catch (error) {
    output.err(describeOpenError(error, dbPath));
    return EXIT.cannotOpen;
  }
  try {
    const refusal = refusalFor(await ledgerContents(ledger.ctx.db));
    if (refusal) {
      output.err(refusal.message);
      return EXIT.failed;
    }
    const data = generateDemo({ seed: options.seed, today: toIsoDate(now) });
    output.out(`正在写入演示数据（${data.settings.countyName}，随机种子${data.seed}，以${data.anchor}为当前日期）……`);
    const written = await installDemo(ledger.ctx, data);

    const sum = (key: string): number => data.projects.reduce((total, p) => total + (typeof p.values[key] === 'number' ? (p.values[key] as number) : 0), 0);
    const depositProjects = data.projects.filter((p) => typeof p.values['depositAmount'] === 'number' && p.values['depositAmount'] > 0).length;
    output.out(`台账文件：${dbPath}`);
    output.out(`已写入演示数据：单位${written.companies}个，项目${written.projects}个，均标记为演示数据；设置已改为${data.settings.countyName}的乡镇、部门和领导。`);
    output.out(
      `实名登记${sum('registeredWorkers')}人，劳动合同${sum('contractsSigned')}份，工资卡${sum('wageCardsIssued')}张，` +
        `${depositProjects}个项目存储工资保证金${formatFenAsWanYuan(sum('depositAmount'))}万元，政府投资项目落实资金${formatFenAsWanYuan(sum('govFundsArranged'))}万元。`,
    );
    return EXIT.ok;
  } catch (error) {
    const message = error instanceof LedgerError ? error.message : describeOpenError(error, dbPath);
    output.err(`写入演示数据失败，台账未做任何改动：${message}`);
    return EXIT.failed;
  } finally {
    await ledger.close();
  }
}
