import { toIsoDate } from '../../../../shared/dates';
import { CLUE_SOURCES } from '../../../../shared/domain/clue';
import { formatFenAsWanYuan } from '../../../../shared/money';
import { LedgerError } from '../../../../shared/errors';
import { clueFigures } from '../../clues/figures';
import { generateDemo, installDemo, ledgerContents, refusalFor, type InstalledDemo } from '../../demo';
import { openLedger, type Ledger } from '../../ledger';
import { describeOpenError } from '../open-errors';
import { EXIT, type Output } from '../output';

/** The operator the demo's records and audit rows name. */
export const DEMO_OPERATOR = '演示数据';

/**
 * `ledger demo`: fills an empty ledger (created if missing) with the demo county — companies, projects and the
 * wage-arrears clues with their handling — every record marked as demo data; refuses a ledger that already holds
 * companies, projects, clues or saved settings.
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
    output.out(`已写入演示数据：单位${written.companies}个，项目${written.projects}个，线索${written.clues}条，均标记为演示数据；设置已改为${data.settings.countyName}的乡镇、部门和领导。`);
    output.out(
      `实名登记${sum('registeredWorkers')}人，劳动合同${sum('contractsSigned')}份，工资卡${sum('wageCardsIssued')}张，` +
        `${depositProjects}个项目存储工资保证金${formatFenAsWanYuan(sum('depositAmount'))}万元，政府投资项目落实资金${formatFenAsWanYuan(sum('govFundsArranged'))}万元。`,
    );
    await describeClues(ledger, data.cluePeriod, written, output);
    return EXIT.ok;
  } catch (error) {
    const message = error instanceof LedgerError ? error.message : describeOpenError(error, dbPath);
    output.err(`写入演示数据失败，台账未做任何改动：${message}`);
    return EXIT.failed;
  } finally {
    await ledger.close();
  }
}

/**
 * The clue figures as the core computes them for the demo's period — what the weekly report will show. Only a
 * read: if it fails, the demo is written all the same and the line says so.
 */
async function describeClues(ledger: Ledger, period: { from: string; to: string }, written: InstalledDemo, output: Output): Promise<void> {
  try {
    const figures = await clueFigures(ledger.ctx, period.from, period.to, 'source');
    const order = (key: string): number => (CLUE_SOURCES as readonly string[]).indexOf(key);
    const bySource = [...figures.rows]
      .sort((a, b) => order(a.key) - order(b.key))
      .map((row) => `${row.key}${row.received}条、办结${row.closed}条`)
      .join('，');
    const casesFiled = (ledger.ctx.sqlite.prepare('SELECT count(*) AS n FROM clues WHERE case_filed = 1 AND deleted_at IS NULL').get() as { n: number }).n;
    output.out(
      `欠薪线索${written.clues}条（${period.from}至${period.to}接收，其中${bySource}），办结率${figures.total.closureRate}，` +
        `解决${figures.total.workersResolved}名农民工欠薪${formatFenAsWanYuan(figures.total.amountResolvedFen)}万元，立案${casesFiled}件，` +
        `在办${figures.total.received - figures.total.closed}条（已超期${figures.total.overdueNow}条）；欠薪农民工名单${written.rosterWorkers}人。`,
    );
  } catch (error) {
    output.out(`欠薪线索${written.clues}条已写入（统计数字暂时无法读取：${error instanceof Error ? error.message : String(error)}）。`);
  }
}
