import os from 'node:os';
import path from 'node:path';
import { DEMO_TARGETS } from '../demo/targets';
import { runCheck } from './commands/check';
import { runDemo } from './commands/demo';
import { printUsageError, runPrint } from './commands/print';
import { runWeeklyExport, runWeeklyReport } from './commands/report';
import { defaultLedgerPath } from './default-path';
import { consoleOutput, EXIT, type Output } from './output';

/** `npm run ledger -- <command> [--db path]`: maintenance commands on a ledger file, without the app. */

const DEMO_CLUES = Object.values(DEMO_TARGETS.cluesBySource).reduce((sum, source) => sum + source.received, 0);

export const HELP = `根治欠薪工作台账 · 命令行工具

用法：npm run ledger -- <命令> [--db 台账文件路径]

命令：
  check    检查台账文件：打开（需要时升级数据版本）、完整性检查和外键检查，显示数据版本和记录数
  report weekly [--week 2026-W48] [--json]
           周报统计（本周和本年累计，按乡镇和来源）；--json 输出与程序中“周报统计”完全相同的数据
  export weekly --out 文件.xlsx [--week 2026-W48]
           导出周报工作簿（统计表和项目、线索、整改问题台账）
  print <文号> --out 文件.pdf|文件.html
           打印已签发的文书（冻结的内容，与程序中“查看/重印”相同）
  print --type <文书类型> --record <记录编号> --out 文件.pdf|文件.html
           未签发文书的样稿（不编号、不登记；文书类型如 整改通知书、督办通知书、交办单、一项目一策表、一案一策表）
  demo     向空台账写入演示数据（秦安县：${DEMO_TARGETS.companies}个单位、${DEMO_TARGETS.projects}个项目、${DEMO_CLUES}条欠薪线索及其办理记录和欠薪农民工名单），
           已有单位、项目、线索或设置的台账不会写入
  help     显示本说明

选项：
  --db <路径>     台账文件，默认是本程序使用的台账：
                  Windows：%APPDATA%\\根治欠薪工作台账\\ledger.db
                  Linux：~/.config/根治欠薪工作台账/ledger.db
                  macOS：~/Library/Application Support/根治欠薪工作台账/ledger.db
  --seed <整数>   （demo）演示数据的随机种子，相同种子生成相同的数据
  --week <周次>   （report、export）ISO周次，如 2026-W48，默认本周
  --json          （report）以 JSON 输出
  --out <路径>    （export）工作簿保存位置；（print）.pdf 或 .html 文件
  --type <类型>   （print）文书类型
  --record <编号> （print）检查、线索或方案的记录编号

退出码：0 成功；1 检查发现问题或拒绝写入；2 命令行有误；3 台账文件无法打开（不存在、不是台账、版本更新、正被使用或已损坏）`;

export interface CliArgs {
  command: string | null;
  /** what a command acts on, e.g. weekly in `report weekly` */
  subject: string | null;
  dbPath: string | null;
  seed: number | null;
  week: string | null;
  json: boolean;
  out: string | null;
  /** print --type / --record */
  type: string | null;
  record: number | null;
  help: boolean;
}

/** Parses the command line; throws an Error with a Chinese message for anything it does not understand. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: null, subject: null, dbPath: null, seed: null, week: null, json: false, out: null, type: null, record: null, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const given = inline ?? argv[++i];
      if (given === undefined || given.trim() === '' || (inline === undefined && given.startsWith('--'))) throw new Error(`选项 ${flag} 后面缺少值`);
      return given;
    };
    if (flag === '--db') args.dbPath = value();
    else if (flag === '--seed') {
      const text = value();
      if (!/^\d{1,9}$/.test(text)) throw new Error(`随机种子应为不超过9位的非负整数，而不是“${text}”`);
      args.seed = Number(text);
    } else if (flag === '--week') {
      const text = value();
      if (!/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/.test(text)) throw new Error(`周次应写作 2026-W48，而不是“${text}”`);
      args.week = text;
    } else if (flag === '--out') args.out = value();
    else if (flag === '--type') args.type = value();
    else if (flag === '--record') {
      const text = value();
      if (!/^[1-9]\d{0,9}$/.test(text)) throw new Error(`记录编号应为正整数，而不是“${text}”`);
      args.record = Number(text);
    }
    else if (flag === '--json') args.json = true;
    else if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag.startsWith('-')) throw new Error(`不认识的选项：${flag}`);
    else if (args.command === null) args.command = flag;
    else if (args.subject === null && (args.command === 'report' || args.command === 'export' || args.command === 'print')) args.subject = flag;
    else throw new Error(`多余的参数：${flag}`);
  }
  return args;
}

/** Runs one command; returns the exit code. */
export async function runCli(argv: readonly string[], output: Output = consoleOutput, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    output.err(`${(error as Error).message}。输入 npm run ledger -- help 查看用法。`);
    return EXIT.usage;
  }
  if (args.help || args.command === 'help') {
    output.out(HELP);
    return EXIT.ok;
  }
  if (args.command === null) {
    output.err(HELP);
    return EXIT.usage;
  }
  // npm runs scripts from the package folder; a relative --db means relative to where the clerk typed the command
  const cwd = env['INIT_CWD'] ?? process.cwd();
  const dbPath = args.dbPath ? path.resolve(cwd, args.dbPath) : defaultLedgerPath({ platform: process.platform, env, homeDir: os.homedir() });

  switch (args.command) {
    case 'check':
      return runCheck(dbPath, output);
    case 'demo':
      return runDemo(dbPath, output, args.seed === null ? {} : { seed: args.seed });
    case 'report':
    case 'export': {
      if (args.subject !== 'weekly') {
        output.err(`${args.command} 后面应写 weekly，如 npm run ledger -- ${args.command} weekly`);
        return EXIT.usage;
      }
      if (args.command === 'report') return runWeeklyReport(dbPath, output, { week: args.week, json: args.json });
      if (!args.out) {
        output.err('export weekly 需要用 --out 指定工作簿保存位置，如 --out 周报.xlsx');
        return EXIT.usage;
      }
      return runWeeklyExport(dbPath, output, { week: args.week, out: path.resolve(cwd, args.out) });
    }
    case 'print': {
      const options = { number: args.subject, type: args.type, record: args.record, out: args.out ? path.resolve(cwd, args.out) : '' };
      const problem = printUsageError(options);
      if (problem) {
        output.err(problem);
        return EXIT.usage;
      }
      return runPrint(dbPath, output, options);
    }
    default:
      output.err(`不认识的命令：${args.command}。可用的命令：check、report、export、print、demo、help。`);
      return EXIT.usage;
  }
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (invokedDirectly) process.exitCode = await runCli(process.argv.slice(2));
