import { Typography } from 'antd';
import { useEffect, useState } from 'react';
import { planEntity } from '../../../shared/domain/plan';
import type { RecordEntityName } from '../../api/recordApi';
import { useLedgerData } from '../../app/LedgerDataContext';
import { RecordLedgerPage } from '../records/RecordLedgerPage';
import { useRecordRows } from '../records/useRecordRows';
import { PlanDetailDrawer } from './PlanDetailDrawer';
import './plans.css';

const plans = planEntity as typeof planEntity & { name: RecordEntityName };

/**
 * 一项目一策 / 一案一策: every plan, opened in a drawer with its five 落实, progress and 修改历史. #/plans/<id> opens
 * that plan at once (from a project's dossier or a clue's page).
 */
export function PlansPage({ id }: { id?: number | null }) {
  const { reloadProjects } = useLedgerData();
  const data = useRecordRows('plans');
  const [openId, setOpenId] = useState<number | null>(id ?? null);

  useEffect(() => {
    void reloadProjects();
  }, [reloadProjects]);

  const close = () => {
    setOpenId(null);
    // leave #/plans/<id> without a hashchange, so the grid stays as it is
    if (/^#\/plans\/\d+/.test(window.location.hash)) history.replaceState(null, '', '#/plans');
  };

  return (
    <>
      <RecordLedgerPage
        entity={plans}
        gridId="plans"
        data={data}
        openRecord={(record) => setOpenId(record.id)}
        header={
          <Typography.Paragraph type="secondary" className="plans-intro">
            一项目一策 / 一案一策：为在建项目和疑难线索各制定一个方案，写明风险等级和措施、责任、资金、事项、预案“五落实”，随时记录进展。
          </Typography.Paragraph>
        }
        hint="双击行打开方案，查看五落实、进展和修改历史；项目的方案也可从项目档案中制定"
      />
      {openId !== null && <PlanDetailDrawer key={openId} id={openId} onClose={close} onChanged={() => void data.reload()} />}
    </>
  );
}
