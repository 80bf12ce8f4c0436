import { Card, Descriptions, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { LedgerRecord } from '../../../shared/contract/records';
import { api } from '../../api/client';
import { useLedgerData } from '../../app/LedgerDataContext';
import { goTo } from '../../app/routes';
import { planItems, RISK_COLORS } from './planDefaults';
import './plans.css';

function Text({ value, testId }: { value: unknown; testId: string }) {
  const text = typeof value === 'string' ? value.trim() : '';
  return text ? (
    <p className="plan-text" data-testid={testId}>
      {text}
    </p>
  ) : (
    <span className="fact-none">未填写</span>
  );
}

/** A clue's own number (2026-0003) for the link: the plan stores only the clue's record id. */
function useClueNo(clueId: unknown): string | null {
  const [clueNo, setClueNo] = useState<string | null>(null);
  useEffect(() => {
    if (typeof clueId !== 'number') return;
    let live = true;
    api()
      .clues.get({ id: clueId })
      .then(
        (clue) => live && setClueNo(String(clue['clueNo'] ?? '')),
        () => live && setClueNo(null),
      );
    return () => {
      live = false;
    };
  }, [clueId]);
  return clueNo;
}

/** Who the plan is for, as a link to that record's page. */
export function PlanTargetLink({ plan }: { plan: LedgerRecord }) {
  const { lookups } = useLedgerData();
  const projectId = plan['projectId'];
  const clueId = plan['clueId'];
  const clueNo = useClueNo(plan['targetType'] === '线索' ? clueId : null);
  if (plan['targetType'] === '线索' && typeof clueId === 'number') {
    return (
      <Typography.Link onClick={() => goTo('clues', clueId)} data-testid="plan-target">
        {clueNo ? `线索${clueNo}` : `线索（内部编号${clueId}）`}
      </Typography.Link>
    );
  }
  if (typeof projectId === 'number') {
    return <Typography.Link onClick={() => goTo('projects', projectId)} data-testid="plan-target">{lookups.projectNames.get(projectId) ?? `项目#${projectId}`}</Typography.Link>;
  }
  return <span className="fact-none">—</span>;
}

/** The plan as it reads on paper: target and risk, the five 落实 (事项 one per line as a list), and the progress. */
export function PlanView({ plan }: { plan: LedgerRecord }) {
  const items = planItems(plan['items']);
  const risk = String(plan['riskLevel'] ?? '');
  return (
    <div data-testid="plan-view">
      <Descriptions
        size="small"
        bordered
        column={2}
        className="plan-section"
        items={[
          { key: 'target', label: plan['targetType'] === '线索' ? '一案一策' : '一项目一策', children: <PlanTargetLink plan={plan} /> },
          { key: 'risk', label: '风险等级', children: risk ? <Tag color={RISK_COLORS[risk]} data-testid="plan-risk">{risk}</Tag> : '—' },
        ]}
      />
      <Card size="small" title="五落实" className="plan-section">
        <Descriptions
          size="small"
          bordered
          column={1}
          styles={{ label: { width: 140 } }}
          items={[
            { key: 'measures', label: '落实措施', children: <Text value={plan['measures']} testId="plan-measures" /> },
            { key: 'responsibility', label: '落实责任', children: <Text value={plan['responsibility']} testId="plan-responsibility" /> },
            { key: 'funds', label: '落实资金', children: <Text value={plan['funds']} testId="plan-funds" /> },
            {
              key: 'items',
              label: '落实事项及时限',
              children:
                items.length > 0 ? (
                  <ol className="plan-items" data-testid="plan-items">
                    {items.map((item, index) => (
                      <li key={index}>{item}</li>
                    ))}
                  </ol>
                ) : (
                  <span className="fact-none">未填写</span>
                ),
            },
            { key: 'contingency', label: '落实预案', children: <Text value={plan['contingency']} testId="plan-contingency" /> },
          ]}
        />
      </Card>
      <Card size="small" title="进展情况" className="plan-section">
        <Text value={plan['progress']} testId="plan-progress" />
      </Card>
    </div>
  );
}
