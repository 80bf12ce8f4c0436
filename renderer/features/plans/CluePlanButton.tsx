import { SolutionOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import { NewPlanDrawer } from './NewPlanDrawer';
import { PlanDetailDrawer } from './PlanDetailDrawer';

/**
 * 一案一策 from a clue's page: opens the clue's plan, or starts one that already names the clue. Self-contained, so
 * the clue page only places the button.
 */
export function CluePlanButton({ clueId, clueNo }: { clueId: number; clueNo: string }) {
  const [planId, setPlanId] = useState<number | null>(null);
  const [open, setOpen] = useState<'plan' | 'new' | null>(null);

  const load = useCallback(async () => {
    try {
      const plans = await api().plans.list({ clueId });
      setPlanId(plans[0]?.id ?? null);
    } catch {
      setPlanId(null); // the button then offers a new plan; saving it reports any real failure
    }
  }, [clueId]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <Button icon={<SolutionOutlined />} onClick={() => setOpen(planId === null ? 'new' : 'plan')} data-testid="clue-plan">
        {planId === null ? '制定一案一策' : '一案一策'}
      </Button>
      {open === 'plan' && planId !== null && <PlanDetailDrawer id={planId} onClose={() => setOpen(null)} onChanged={() => void load()} />}
      {open === 'new' && (
        <NewPlanDrawer
          target={{ kind: '线索', clueId, name: `线索${clueNo}` }}
          onClose={() => setOpen(null)}
          onSaved={(plan) => {
            setPlanId(plan.id);
            setOpen('plan');
          }}
        />
      )}
    </>
  );
}
