import { EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Drawer, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LedgerRecord } from '../../../../shared/contract/records';
import { problemEntity, type ProblemActionName } from '../../../../shared/domain/problem';
import { api } from '../../../api/client';
import { useLedgerData } from '../../../app/LedgerDataContext';
import { RecordFormDrawer, type SaveRequest } from '../../../components/record-form/RecordFormDrawer';
import { factItems } from '../../project-dossier/factItems';
import { ProblemDueTag, ProblemStatusTag } from '../ProblemStatusTag';
import { ProblemActionModal } from './ProblemActionModal';
import { ProblemTimeline } from './ProblemTimeline';
import { useProblemDetail } from './useProblemDetail';
import '../../project-dossier/dossier.css';
import '../problems.css';

interface Props {
  id: number;
  onClose: () => void;
  /** after an action or an edit: the page re-reads its rows and counts */
  onChanged: () => void;
}

/** State and deadline are shown as tags in the title; the source inspection as its own line. */
const FACT_FIELDS = problemEntity.fields.filter((f) => !['inspectionId', 'status', 'dueState'].includes(f.key));

/** The inspection a problem came from, by title and date, so the clerk sees where it was found. */
function useSourceInspection(inspectionId: unknown): string | null {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    if (typeof inspectionId !== 'number') return;
    let live = true;
    api()
      .inspections.get({ id: inspectionId })
      .then(
        (inspection) => live && setText(`${String(inspection['inspectionDate'] ?? '')} ${String(inspection['title'] ?? '')}`.trim()),
        () => live && setText(`检查#${inspectionId}（已删除）`),
      );
    return () => {
      live = false;
    };
  }, [inspectionId]);
  return typeof inspectionId === 'number' ? text : null;
}

/**
 * 整改问题详情: the facts, only the steps the state allows (开始整改, 报告已整改, 复核通过销号, 复核不通过), and the
 * 整改记录. The state changes only through those steps; 修改 edits the description, requirement, unit and deadline.
 */
export function ProblemDetailDrawer({ id, onClose, onChanged }: Props) {
  const { lookups, companies, projects, settings } = useLedgerData();
  const { detail, error, reload } = useProblemDetail(id);
  const [acting, setActing] = useState<{ name: ProblemActionName; label: string } | null>(null);
  const [editing, setEditing] = useState(false);
  const source = useSourceInspection(detail?.problem['inspectionId']);
  const controlCtx = useMemo(() => ({ companies: companies ?? [], projects: projects ?? [], settings }), [companies, projects, settings]);

  const changed = useCallback(() => {
    void reload();
    onChanged();
  }, [reload, onChanged]);

  const save = useCallback(
    (request: SaveRequest): Promise<LedgerRecord> =>
      request.mode === 'update' ? api().problems.update({ id: request.id, version: request.version, values: request.values }) : api().problems.create({ values: request.values }),
    [],
  );

  const problem = detail?.problem;
  return (
    <Drawer
      open
      size={760}
      onClose={onClose}
      destroyOnHidden
      data-testid="problem-detail"
      title={
        <Space size={8} wrap>
          <span>整改问题</span>
          {problem && <ProblemStatusTag status={problem['status']} />}
          {problem && <ProblemDueTag dueState={problem['dueState']} overdue={problem['overdue']} />}
        </Space>
      }
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void reload()}>
          刷新
        </Button>
      }
    >
      {error && !detail && <Alert type="error" showIcon title="无法打开这个问题" description={error} />}
      {!detail && !error && <Spin description="正在读取…" />}
      {detail && problem && (
        <>
          <div className="problem-actions" data-testid="problem-actions">
            {detail.allowedActions.length === 0 ? (
              <Typography.Text type="secondary">已复核销号，无需再办理</Typography.Text>
            ) : (
              detail.allowedActions.map((action) => (
                <Button
                  key={action.name}
                  type={action.name === 'failReview' ? 'default' : 'primary'}
                  danger={action.name === 'failReview'}
                  onClick={() => setActing(action)}
                  data-testid={`problem-act-${action.name}`}
                >
                  {action.label}
                </Button>
              ))
            )}
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} style={{ marginLeft: 'auto' }} data-testid="problem-edit">
              修改
            </Button>
          </div>
          <Card size="small" title="问题情况" style={{ marginBottom: 12 }}>
            {source && (
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} data-testid="problem-source">
                来源检查：{source}
              </Typography.Paragraph>
            )}
            <Descriptions size="small" bordered column={2} items={factItems(FACT_FIELDS, problem, lookups)} />
          </Card>
          <ProblemTimeline events={detail.events} />
        </>
      )}
      {acting && problem && (
        <ProblemActionModal
          problem={problem}
          action={acting}
          onClose={() => setActing(null)}
          onDone={() => {
            setActing(null);
            changed();
          }}
        />
      )}
      {editing && problem && (
        <RecordFormDrawer
          entity={problemEntity}
          record={problem}
          ctx={controlCtx}
          onClose={() => setEditing(false)}
          save={save}
          onSaved={() => {
            setEditing(false);
            changed();
          }}
        />
      )}
    </Drawer>
  );
}
