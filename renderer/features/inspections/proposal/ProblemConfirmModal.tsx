import { Alert, App, Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { ProposedProblem } from '../../../../shared/contract/inspections';
import type { LedgerRecord } from '../../../../shared/contract/records';
import { api } from '../../../api/client';
import { checkDrafts, draftsFrom, draftsToSend, errorsByCard, type DraftErrors, type ProblemDraft } from './proposalDrafts';
import { ProposedProblemCard } from './ProposedProblemCard';
import '../inspections.css';

interface Props {
  inspection: LedgerRecord;
  proposed: readonly ProposedProblem[];
  onClose: () => void;
  /** after the problems were created */
  onConfirmed: (count: number) => void;
}

/**
 * The step after an inspection with 不合格 items: one card per proposed problem, edited and confirmed together.
 * The core saves all of them or none, so a refusal leaves every card as the clerk left it, with the message on the
 * card it concerns.
 */
export function ProblemConfirmModal({ inspection, proposed, onClose, onConfirmed }: Props) {
  const { message } = App.useApp();
  const [drafts, setDrafts] = useState<ProblemDraft[]>(() => draftsFrom(proposed));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const included = drafts.filter((d) => d.included).length;

  const change = (index: number, next: ProblemDraft) => {
    setDrafts((all) => all.map((d, i) => (i === index ? next : d)));
    setErrors(({ [index]: _cleared, ...rest }) => rest);
  };

  const confirm = async () => {
    setGeneral(null);
    const found = checkDrafts(drafts);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const { problems, cardOf } = draftsToSend(drafts);
    setSaving(true);
    try {
      await api().problems.createFromInspection({ inspectionId: inspection.id, problems });
      message.success(`已生成${problems.length}个整改问题`);
      onConfirmed(problems.length);
    } catch (error) {
      const mapped = errorsByCard(error, cardOf);
      setErrors(mapped.cards);
      setGeneral(mapped.general ?? '有问题未能保存，请按卡片上的提示修改后再确认（全部问题均未保存）');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      width={860}
      title={`确认整改问题：${String(inspection['title'] ?? '')}`}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      wrapProps={{ 'data-testid': 'problem-confirm' }}
      styles={{ body: { maxHeight: '62vh', overflowY: 'auto', paddingRight: 8 } }}
      footer={[
        <Button key="later" onClick={onClose} data-testid="problem-confirm-later">
          暂不生成
        </Button>,
        <Button key="ok" type="primary" loading={saving} disabled={included === 0} onClick={() => void confirm()} data-testid="problem-confirm-ok">
          确认生成{included}个问题
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">
        本次检查有{proposed.length}项不合格，已按检查项目拟定整改问题和标准整改要求，可逐条修改；不需要生成的请取消勾选。以后也可在检查记录中选中本次检查，点“生成整改问题”补充。
      </Typography.Paragraph>
      {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 12 }} data-testid="problem-confirm-error" />}
      {drafts.map((draft, index) => (
        <ProposedProblemCard key={`${draft.checkItem}-${index}`} index={index} draft={draft} errors={errors[index]} onChange={(next) => change(index, next)} />
      ))}
    </Modal>
  );
}
