import { z } from 'zod';
import { domain, query } from './define';

/** The warning rules (预警), each computed in the core with thresholds from Settings. */
export const WARNING_KINDS = [
  { kind: 'guaranteeExpiring', label: '保函即将到期' },
  { kind: 'depositMissing', label: '保证金未存储' },
  { kind: 'wageAccountMissing', label: '未开设专用账户' },
  { kind: 'clueDueSoon', label: '线索即将到期' },
  { kind: 'clueOverdue', label: '线索已超期' },
  { kind: 'problemOverdue', label: '整改已超期' },
  { kind: 'projectGaps', label: '项目制度缺项' },
  { kind: 'supervisedIdle', label: '督办案件无进展' },
] as const;
export type WarningKind = (typeof WARNING_KINDS)[number]['kind'];

export interface Warning {
  kind: WarningKind;
  /** 'high' for past a deadline, 'medium' for about to be */
  severity: 'high' | 'medium';
  /** the record the warning opens */
  entity: 'projects' | 'clues' | 'problems';
  entityId: number;
  /** the record's name or number */
  title: string;
  /** what is wrong, in Chinese, e.g. "保函将于2026-12-05到期（还有8天）" */
  message: string;
}

export interface WarningThresholds {
  /** a guarantee expiring within this many days warns */
  guaranteeExpiryDays: number;
  /** a project this many days past its start without the required deposit warns */
  depositGraceDays: number;
  /** a supervised clue with no progress for this many days warns */
  supervisedIdleDays: number;
}


export const warningsContract = domain('warnings', {
  list: query<Warning[]>()(z.strictObject({ kind: z.enum(WARNING_KINDS.map((w) => w.kind) as [WarningKind, ...WarningKind[]]).optional() }).optional(), '全部预警，逐条指向记录'),
  counts: query<Record<WarningKind, number>>()(z.object({}).strict().optional(), '每类预警的数量（导航角标）'),
});
