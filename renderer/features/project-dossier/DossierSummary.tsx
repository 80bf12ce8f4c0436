import type { ProjectDossier } from '../../../shared/contract/inspections';
import { DepositSummary } from './DepositSummary';

/** One line that answers "how is this project doing": inspections, open and overdue problems, clues, plan, deposit. */
export function DossierSummary({ dossier }: { dossier: ProjectDossier }) {
  const open = dossier.problems.filter((p) => p['status'] !== '已复核销号');
  const overdue = open.filter((p) => p.overdue).length;
  const parts: { label: string; value: string; alarm?: boolean }[] = [
    { label: '检查', value: `${dossier.inspections.length}次` },
    { label: '未销号问题', value: `${open.length}个`, alarm: open.length > 0 },
    { label: '其中超期', value: `${overdue}个`, alarm: overdue > 0 },
    { label: '已销号问题', value: `${dossier.problems.length - open.length}个` },
    { label: '关联线索', value: `${dossier.clues.length}条` },
    { label: '一项目一策', value: dossier.plans.length > 0 ? '已制定' : '未制定', alarm: dossier.plans.length === 0 },
  ];
  return (
    <div className="dossier-summary" data-testid="dossier-summary">
      {parts.map((p) => (
        <span key={p.label} className="dossier-summary-item">
          {p.label} <strong className={p.alarm ? 'deposit-short' : undefined}>{p.value}</strong>
        </span>
      ))}
      <DepositSummary project={dossier.project} />
    </div>
  );
}
