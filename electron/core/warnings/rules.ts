import { sql } from 'kysely';
import type { ClueRecord } from '../../../shared/contract/clues';
import type { ProblemRecord } from '../../../shared/contract/inspections';
import type { LedgerRecord } from '../../../shared/contract/records';
import type { Warning } from '../../../shared/contract/warnings';
import { daysBetween, toIsoDate } from '../../../shared/dates';
import type { LedgerSettings } from '../../../shared/domain/settings';
import { clueService } from '../clues/service';
import { dueContext } from '../clues/due';
import { viewCondition } from '../clues/views';
import type { CoreContext } from '../context';
import { problemService } from '../problems/service';
import { projectService } from '../projects/service';

const GUARANTEE_FORMS = ['银行保函', '担保公司保函', '保证保险'];
const UNDER_WAY = ['在建', '停工'];

/** Project rules: guarantee expiring, deposit not stored, wage account not opened, board / pledge / contracts missing. */
export function projectWarnings(projects: readonly LedgerRecord[], today: string, settings: LedgerSettings): Warning[] {
  const { guaranteeExpiryDays, depositGraceDays } = settings.warningThresholds;
  const warnings: Warning[] = [];
  for (const p of projects) {
    if (!UNDER_WAY.includes(String(p['status']))) continue;
    const base = { entity: 'projects' as const, entityId: p.id, title: String(p['name']) };
    const expiry = typeof p['guaranteeExpiryDate'] === 'string' ? p['guaranteeExpiryDate'] : null;
    if (expiry && GUARANTEE_FORMS.includes(String(p['depositForm'])) && !p['depositReturnedDate']) {
      const left = daysBetween(today, expiry);
      if (left < 0) warnings.push({ ...base, kind: 'guaranteeExpiring', severity: 'high', message: `${String(p['depositForm'])}已于${expiry}到期，请督促续保或改存现金` });
      else if (left <= guaranteeExpiryDays) warnings.push({ ...base, kind: 'guaranteeExpiring', severity: 'medium', message: `${String(p['depositForm'])}将于${expiry}到期（还有${left}天）` });
    }
    const start = typeof p['startDate'] === 'string' ? p['startDate'] : null;
    const required = typeof p['depositRequired'] === 'number' ? p['depositRequired'] : 0;
    const stored = typeof p['depositAmount'] === 'number' ? p['depositAmount'] : 0;
    if (start && required > 0 && stored <= 0 && daysBetween(start, today) > depositGraceDays) {
      warnings.push({ ...base, kind: 'depositMissing', severity: 'high', message: `开工${daysBetween(start, today)}天仍未存储工资保证金（开工后${depositGraceDays}天内应存储）` });
    }
    if (p['wageAccountOpened'] !== true) warnings.push({ ...base, kind: 'wageAccountMissing', severity: 'high', message: '未开设农民工工资专用账户' });
    const gaps = [
      p['rightsBoardInPlace'] !== true ? '维权信息公示牌' : '',
      p['zeroArrearsPledgeSigned'] !== true ? '零欠薪承诺书' : '',
      typeof p['contractsDue'] === 'number' && Number(p['contractsSigned'] ?? 0) < p['contractsDue'] ? `劳动合同（已签${Number(p['contractsSigned'] ?? 0)}/应签${p['contractsDue']}）` : '',
    ].filter(Boolean);
    if (gaps.length > 0) warnings.push({ ...base, kind: 'projectGaps', severity: 'medium', message: `缺少：${gaps.join('、')}` });
  }
  return warnings;
}

/** Clue rules: due within the due-soon window, past the deadline, supervised with no progress for N days. */
export async function clueWarnings(ctx: CoreContext, settings: LedgerSettings): Promise<Warning[]> {
  const due = dueContext(ctx, settings);
  const warnings: Warning[] = [];
  const base = (c: ClueRecord) => ({ entity: 'clues' as const, entityId: c.id, title: `${String(c['clueNo'])} ${String(c['employerName'] ?? '')}`.trim() });
  for (const clue of (await clueService.list(ctx, {}, viewCondition('overdue', due))) as ClueRecord[]) {
    warnings.push({ ...base(clue), kind: 'clueOverdue', severity: 'high', message: `办理期限${String(clue['deadline'])}，${clue.dueState}` });
  }
  for (const clue of (await clueService.list(ctx, {}, viewCondition('dueSoon', due))) as ClueRecord[]) {
    warnings.push({ ...base(clue), kind: 'clueDueSoon', severity: 'medium', message: `办理期限${String(clue['deadline'])}，${clue.dueState}` });
  }
  const idleSince = new Date(Date.parse(`${due.today}T00:00:00Z`) - settings.warningThresholds.supervisedIdleDays * 86_400_000).toISOString().slice(0, 10);
  const idle = sql<boolean>`supervised = 1 AND status NOT IN ('已办结', '已归档') AND coalesce(last_progress_date, supervised_date, received_date) < ${idleSince}`;
  for (const clue of (await clueService.list(ctx, {}, idle)) as ClueRecord[]) {
    const last = String(clue['lastProgressDate'] ?? clue['supervisedDate'] ?? clue['receivedDate']);
    warnings.push({ ...base(clue), kind: 'supervisedIdle', severity: 'high', message: `挂牌督办，最近办理${last}，已${daysBetween(last, due.today)}天无进展` });
  }
  return warnings;
}

/** Problems past their rectification deadline. */
export async function problemWarnings(ctx: CoreContext): Promise<Warning[]> {
  const today = toIsoDate(ctx.now());
  const overdue = (await problemService.list(ctx, {}, sql<boolean>`status <> '已复核销号' AND deadline < ${today}`)) as ProblemRecord[];
  return overdue.map((p) => ({
    kind: 'problemOverdue' as const,
    severity: 'high' as const,
    entity: 'problems' as const,
    entityId: p.id,
    title: `${String(p['checkItem'])}：${String(p['description']).slice(0, 30)}`,
    message: `整改期限${String(p['deadline'])}，${p.dueState}（${String(p['responsibleUnit'])}）`,
  }));
}

export async function allWarnings(ctx: CoreContext, settings: LedgerSettings): Promise<Warning[]> {
  const projects = await projectService.list(ctx);
  return [...projectWarnings(projects, toIsoDate(ctx.now()), settings), ...(await clueWarnings(ctx, settings)), ...(await problemWarnings(ctx))];
}
