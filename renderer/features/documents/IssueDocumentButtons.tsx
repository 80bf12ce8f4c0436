import { DownOutlined, FileProtectOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState, type ReactNode } from 'react';
import type { DocumentType } from '../../../shared/contract/documents';
import type { LedgerRecord } from '../../../shared/contract/records';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { IssueDocumentDialog, type IssueTarget } from './IssueDocumentDialog';

/** The 签发文书 dialog for one record at a time; `open` reads what the dialog needs first (e.g. the problems). */
function useIssueDialog(): { open: (prepare: () => Promise<IssueTarget>) => Promise<void>; loading: boolean; dialog: ReactNode } {
  const { message } = App.useApp();
  const [target, setTarget] = useState<IssueTarget | null>(null);
  const [loading, setLoading] = useState(false);
  const open = async (prepare: () => Promise<IssueTarget>) => {
    setLoading(true);
    try {
      setTarget(await prepare());
    } catch (failure) {
      message.error(errorMessage(failure));
    } finally {
      setLoading(false);
    }
  };
  return { open, loading, dialog: target && <IssueDocumentDialog target={target} onClose={() => setTarget(null)} /> };
}

function IssueButton({ label, disabled, title, testId, prepare }: { label: string; disabled?: boolean; title?: string; testId: string; prepare: () => Promise<IssueTarget> }) {
  const { open, loading, dialog } = useIssueDialog();
  return (
    <>
      <Button icon={<FileProtectOutlined />} disabled={disabled} title={title} loading={loading} onClick={() => void open(prepare)} data-testid={testId}>
        {label}
      </Button>
      {dialog}
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
        const problems = (await api().problems.list({ inspectionId: inspection.id })).filter((p) => p['status'] !== '已复核销号');
        return {
          type: 'rectification',
          recordId: inspection.id,
          problems: problems.map((p) => ({ id: p.id, label: `${String(p['checkItem'])}：${cut(String(p['description'] ?? ''), 40)}` })),
        };
      }}
    />
  );
}

/** 签发文书 ▾ on a clue: 督办通知书 once it is supervised; one 交办单 per receiving unit (two after 双交办). */
export function ClueDocumentButtons({ clue }: { clue: LedgerRecord }) {
  const { open, loading, dialog } = useIssueDialog();
  const units = [clue['assignedTownship'], clue['assignedDepartment']].filter((u): u is string => typeof u === 'string' && u !== '');
  const targets: { key: string; label: string; target: IssueTarget }[] = [
    ...(clue['supervised'] === true ? [{ key: 'supervision', label: '督办通知书', target: { type: 'supervision' as const, recordId: clue.id } }] : []),
    ...units.map((unit) => ({ key: `assignment-${unit}`, label: `交办单（${unit}）`, target: { type: 'assignment' as const, recordId: clue.id, receivingUnit: unit } })),
  ];
  const items = targets.map((t) => ({ key: t.key, label: <span data-testid={`clue-issue-${t.key}`}>{t.label}</span> }));
  const onClick = ({ key }: { key: string }) => {
    const chosen = targets.find((t) => t.key === key);
    if (chosen) void open(async () => chosen.target);
  };
  return (
    <>
      <Dropdown disabled={targets.length === 0} menu={{ items, onClick }}>
        <Button icon={<FileProtectOutlined />} loading={loading} title={targets.length === 0 ? '交办或挂牌督办后可签发交办单、督办通知书' : undefined} data-testid="clue-issue-document">
          签发文书 <DownOutlined />
        </Button>
      </Dropdown>
      {dialog}
    </>
  );
}

/** 打印一项目一策表 / 一案一策表 for a plan. */
export function PlanSheetButton({ plan }: { plan: LedgerRecord }) {
  const type: DocumentType = plan['targetType'] === '线索' ? 'cluePlan' : 'projectPlan';
  return <IssueButton label={type === 'cluePlan' ? '签发一案一策表' : '签发一项目一策表'} testId="plan-issue-sheet" prepare={async () => ({ type, recordId: plan.id })} />;
}
