import type { EntityDef } from '../../../shared/domain/field';
import { planEntity } from '../../../shared/domain/plan';

/** Who a new plan is for: a project (一项目一策) or a clue (一案一策). */
export type PlanTarget = { kind: '项目'; projectId: number; name: string } | { kind: '线索'; clueId: number; name: string };

/**
 * The plan catalog with the new plan's target filled in as defaults: the record form starts from the catalog
 * defaults, so a plan opened from a project's dossier or a clue's page already names what it is for.
 */
export function planEntityFor(target: PlanTarget): EntityDef {
  const defaults: Record<string, string | number> =
    target.kind === '项目'
      ? { targetType: '项目', projectId: target.projectId, title: `${target.name}一项目一策` }
      : { targetType: '线索', clueId: target.clueId, title: `${target.name}一案一策` };
  return { ...planEntity, fields: planEntity.fields.map((f) => (f.key in defaults ? { ...f, defaultValue: defaults[f.key] } : f)) };
}

/** 落实事项及时限 is written one item per line; blank lines are not items. */
export function planItems(text: unknown): string[] {
  if (typeof text !== 'string') return [];
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export const RISK_COLORS: Record<string, string> = { 高: 'red', 中: 'orange', 低: 'green' };
