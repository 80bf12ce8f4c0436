import os from 'node:os';
import path from 'node:path';
import { IMPORT_KINDS, type ImportKind } from '../../../shared/import/kinds';
import { DEMO_TARGETS } from '../demo/targets';
import { runCheck } from './commands/check';
import { runDemo } from './commands/demo';
import { runImport, runKindExport, runTemplate } from './commands/imports';
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
  template <种类> --out 模板.xlsx
           生成导入模板；种类：projects（项目）、companies（单位）、clues（线索）、rosters（欠薪农民工名单）
  import <种类> <文件.xlsx> [--clue 线索编号] [--duplicates skip|update] [--dry-run]
           检查并导入 Excel 表格：逐行列出问题（第几行哪一列），有任何问题则不写入；与台账重复的记录默认跳过，
           --duplicates update 用表格内容更新；--dry-run 只检查不写入；导入名单须用 --clue 指定线索（记录编号）
  export <种类> --out 文件.xlsx [--clue 线索编号] [--unmasked]
           按模板格式导出全部记录，可修改后再导入；个人信息默认隐藏，--unmasked 导出完整号码（请妥善保管）
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
  --out <路径>    （export、template）工作簿保存位置；（print）.pdf 或 .html 文件
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
  /** the file an import reads */
  file: string | null;
  clueId: number | null;
  duplicates: 'skip' | 'update';
  dryRun: boolean;
  unmasked: boolean;
}

/** Parses the command line; throws an Error with a Chinese message for anything it does not understand. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: null, subject: null, dbPath: null, seed: null, week: null, json: false, out: null, help: false, file: null, clueId: null, duplicates: 'skip', dryRun: false, unmasked: false, type: null, record: null };
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
    else if (flag === '--clue') {
      const text = value();
      if (!/^[1-9]\d{0,8}$/.test(text)) throw new Error(`线索编号应为正整数（记录编号），而不是“${text}”`);
      args.clueId = Number(text);
    } else if (flag === '--duplicates') {
      const text = value();
      if (text !== 'skip' && text !== 'update') throw new Error(`--duplicates 应为 skip（跳过）或 update（更新），而不是“${text}”`);
      args.duplicates = text;
    } else if (flag === '--dry-run') args.dryRun = true;
    else if (flag === '--unmasked') args.unmasked = true;
    else if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag.startsWith('-')) throw new Error(`不认识的选项：${flag}`);
    else if (args.command === null) args.command = flag;
    else if (args.subject === null && ['report', 'export', 'template', 'import', 'print'].includes(args.command)) args.subject = flag;
    else if (args.file === null && args.command === 'import') args.file = flag;
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
    case 'template':
    case 'import':
      return runImportCommand(args, dbPath, cwd, output);
    case 'report':
    case 'export': {
      if (args.command === 'export' && args.subject !== 'weekly') return runImportCommand(args, dbPath, cwd, output);
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
      output.err(`不认识的命令：${args.command}。可用的命令：check、report、export、template、import、print、demo、help。`);
      return EXIT.usage;
  }
}

function isImportKind(text: string | null): text is ImportKind {
  return text !== null && (IMPORT_KINDS as readonly string[]).includes(text);
}

/** template, import and export of a kind: the command line of the Excel import. */
function runImportCommand(args: CliArgs, dbPath: string, cwd: string, output: Output): Promise<number> | number {
  if (!isImportKind(args.subject)) {
    output.err(`${args.command} 后面应写种类：${IMPORT_KINDS.join('、')}${args.command === 'export' ? ' 或 weekly' : ''}，如 npm run ledger -- ${args.command} companies`);
    return EXIT.usage;
  }
  const kind = args.subject;
  if (kind === 'rosters' && args.clueId === null && args.command !== 'template') {
    output.err('名单属于一条线索：请用 --clue 指定线索的记录编号');
    return EXIT.usage;
  }
  if (args.command === 'import') {
    if (!args.file) {
      output.err('import 需要指定要导入的文件，如 npm run ledger -- import companies 单位.xlsx');
      return EXIT.usage;
    }
    return runImport(dbPath, output, { kind, file: path.resolve(cwd, args.file), clueId: args.clueId, duplicates: args.duplicates, dryRun: args.dryRun });
  }
  if (!args.out) {
    output.err(`${args.command} ${kind} 需要用 --out 指定保存位置，如 --out ${kind}.xlsx`);
    return EXIT.usage;
  }
  const out = path.resolve(cwd, args.out);
  if (args.command === 'template') return runTemplate(dbPath, output, { kind, out });
  return runKindExport(dbPath, output, { kind, out, clueId: args.clueId, unmasked: args.unmasked });
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (invokedDirectly) process.exitCode = await runCli(process.argv.slice(2));
