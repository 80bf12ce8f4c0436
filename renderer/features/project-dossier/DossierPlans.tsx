import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import type { LedgerRecord } from '../../../shared/contract/records';
import { planEntity } from '../../../shared/domain/plan';
import { NewPlanDrawer } from '../plans/NewPlanDrawer';
import { PlanDetailDrawer } from '../plans/PlanDetailDrawer';
import { CatalogTable } from './CatalogTable';

/** 一项目一策: the project's plans, opened in place; 制定一项目一策 starts one that already names the project. */
export function DossierPlans({ project, plans, onChanged }: { project: LedgerRecord; plans: readonly LedgerRecord[]; onChanged: () => void }) {
  const [openId, setOpenId] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  return (
    <Card
      size="small"
      title={`一项目一策（${plans.length}）`}
      className="dossier-card"
      extra={
        <Button size="small" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="dossier-plan-new">
          制定一项目一策
        </Button>
      }
    >
      <CatalogTable
        entity={planEntity}
        keys={['title', 'riskLevel', 'measures', 'responsibility']}
        rows={plans}
        onOpen={(plan) => setOpenId(plan.id)}
        empty="尚未制定一项目一策"
        testId="dossier-plans"
      />
      {openId !== null && <PlanDetailDrawer key={openId} id={openId} onClose={() => setOpenId(null)} onChanged={onChanged} />}
      {creating && (
        <NewPlanDrawer
          target={{ kind: '项目', projectId: project.id, name: String(project['name'] ?? '') }}
          onClose={() => setCreating(false)}
          onSaved={(plan) => {
            setCreating(false);
            onChanged();
            setOpenId(plan.id);
          }}
        />
      )}
    </Card>
  );
}
