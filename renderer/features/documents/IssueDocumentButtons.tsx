import { FileProtectOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import type { DocumentType } from '../../../shared/contract/documents';
import type { LedgerRecord } from '../../../shared/contract/records';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { IssueDocumentDialog, type IssueTarget } from './IssueDocumentDialog';

/** A button that opens the 签发文书 dialog for one record; `prepare` reads what the dialog needs first (problems). */
function IssueButton({ label, disabled, title, testId, prepare }: { label: string; disabled?: boolean; title?: string; testId: string; prepare: () => Promise<IssueTarget> }) {
  const { message } = App.useApp();
  const [target, setTarget] = useState<IssueTarget | null>(null);
  const [loading, setLoading] = useState(false);
  const open = async () => {
    setLoading(true);
    try {
      setTarget(await prepare());
    } catch (failure) {
      message.error(errorMessage(failure));
    } finally {
      setLoading(false);
    }
  };
  return (
    <>
      <Button icon={<FileProtectOutlined />} disabled={disabled} title={title} loading={loading} onClick={() => void open()} data-testid={testId}>
        {label}
      </Button>
      {target && <IssueDocumentDialog target={target} onClose={() => setTarget(null)} />}
    </>
  );
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** 签发整改通知书 for the selected inspection, listing its open problems to choose from. */
export function RectificationNoticeButton({ inspection }: { inspection: LedgerRecord | undefined }) {
  return (
    <IssueButton
      label="签发整改通知书"
      disabled={!inspection}
      title="为选中的检查签发整改通知书（列出其未销号的整改问题）"
      testId="toolbar-issue-notice"
      prepare={async () => {
        if (!inspection) throw new Error('请先选中一条检查记录');
        const problems = (await api().problems.list({})).filter((p) => p['inspectionId'] === inspection.id && p['status'] !== '已复核销号');
        return {
          type: 'rectification',
          recordId: inspection.id,
          problems: problems.map((p) => ({ id: p.id, label: `${String(p['checkItem'])}：${cut(String(p['description'] ?? ''), 40)}` })),
        };
      }}
    />
  );
}

/** 督办通知书 for a supervised clue; one 交办单 per receiving unit (two after 双交办). */
export function ClueDocumentButtons({ clue }: { clue: LedgerRecord }) {
  const units = [clue['assignedTownship'], clue['assignedDepartment']].filter((u): u is string => typeof u === 'string' && u !== '');
  return (
    <>
      {clue['supervised'] === true && (
        <IssueButton label="签发督办通知书" testId="clue-issue-supervision" prepare={async () => ({ type: 'supervision', recordId: clue.id })} />
      )}
      {units.map((unit) => (
        <IssueButton
          key={unit}
          label={units.length > 1 ? `交办单（${unit}）` : '出具交办单'}
          testId={`clue-issue-assignment-${unit}`}
          prepare={async () => ({ type: 'assignment', recordId: clue.id, receivingUnit: unit })}
        />
      ))}
    </>
  );
}

/** 打印一项目一策表 / 一案一策表 for a plan. */
export function PlanSheetButton({ plan }: { plan: LedgerRecord }) {
  const type: DocumentType = plan['targetType'] === '线索' ? 'cluePlan' : 'projectPlan';
  return <IssueButton label={type === 'cluePlan' ? '签发一案一策表' : '签发一项目一策表'} testId="plan-issue-sheet" prepare={async () => ({ type, recordId: plan.id })} />;
}
