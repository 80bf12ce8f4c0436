import { EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Space, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LedgerRecord } from '../../../shared/contract/records';
import type { AuditEntry } from '../../../shared/contract/system';
import { planEntity } from '../../../shared/domain/plan';
import { api } from '../../api/client';
import { useLedgerData } from '../../app/LedgerDataContext';
import { RecordFormDrawer, type SaveRequest } from '../../components/record-form/RecordFormDrawer';
import { errorMessage } from '../../lib/errors';
import { PlanSheetButton } from '../documents/IssueDocumentButtons';
import { PlanHistory } from './PlanHistory';
import { PlanView } from './PlanView';
import '../project-dossier/dossier.css';

interface Props {
  id: number;
  onClose: () => void;
  onChanged: () => void;
}

/** The plan and its 修改历史 (the audit log), read together after every edit. */
function usePlan(id: number) {
  const [plan, setPlan] = useState<LedgerRecord | null>(null);
  const [history, setHistory] = useState<AuditEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const reload = useCallback(async () => {
    const mine = ++latest.current;
    try {
      const [next, entries] = await Promise.all([api().plans.get({ id }), api().system.auditForRecord({ entity: 'plans', id })]);
      if (mine !== latest.current) return;
      setPlan(next);
      setHistory(entries);
      setError(null);
    } catch (e) {
      if (mine === latest.current) setError(errorMessage(e));
    }
  }, [id]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { plan, history, error, reload };
}

/** 一项目一策 / 一案一策 detail: the plan as it reads, 修改 to change it (progress notes too), and who changed what. */
export function PlanDetailDrawer({ id, onClose, onChanged }: Props) {
  const { lookups, companies, projects, settings } = useLedgerData();
  const { plan, history, error, reload } = usePlan(id);
  const [editing, setEditing] = useState(false);
  const controlCtx = useMemo(() => ({ companies: companies ?? [], projects: projects ?? [], settings }), [companies, projects, settings]);
  const save = useCallback(
    (request: SaveRequest): Promise<LedgerRecord> =>
      request.mode === 'update' ? api().plans.update({ id: request.id, version: request.version, values: request.values }) : api().plans.create({ values: request.values }),
    [],
  );

  return (
    <Drawer
      open
      size={760}
      onClose={onClose}
      destroyOnHidden
      data-testid="plan-detail"
      title={plan ? String(plan['title'] ?? '') : '方案'}
      extra={
        <Space>
          {plan && <PlanSheetButton plan={plan} />}
          <Button icon={<ReloadOutlined />} onClick={() => void reload()}>
            刷新
          </Button>
          <Button type="primary" icon={<EditOutlined />} disabled={!plan} onClick={() => setEditing(true)} data-testid="plan-edit">
            修改方案
          </Button>
        </Space>
      }
    >
      {error && !plan && <Alert type="error" showIcon title="无法打开这个方案" description={error} />}
      {!plan && !error && <Spin description="正在读取…" />}
      {plan && (
        <>
          <PlanView plan={plan} />
          <PlanHistory entries={history} lookups={lookups} />
        </>
      )}
      {editing && plan && (
        <RecordFormDrawer
          entity={planEntity}
          record={plan}
          ctx={controlCtx}
          onClose={() => setEditing(false)}
          save={save}
          onSaved={() => {
            setEditing(false);
            void reload();
            onChanged();
          }}
        />
      )}
    </Drawer>
  );
}
