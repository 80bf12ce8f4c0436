import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Row, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ClueRecord } from '../../../../shared/contract/clues';
import { clueEntity } from '../../../../shared/domain/clue';
import { api } from '../../../api/client';
import { useLedgerData } from '../../../app/LedgerDataContext';
import { goTo } from '../../../app/routes';
import { cellText } from '../../../components/ledger-grid/cellText';
import { RecordFormDrawer, type SaveRequest } from '../../../components/record-form/RecordFormDrawer';
import { ClueDocumentButtons } from '../../documents/IssueDocumentButtons';
import { CluePlanButton } from '../../plans/CluePlanButton';
import { RosterCard } from '../roster/RosterCard';
import { ClueActionBar } from './ClueActionBar';
import { ClueAttendanceCard } from './ClueAttendanceCard';
import { ClueFacts } from './ClueFacts';
import { ClueStatusTags } from './ClueStatusTags';
import { ClueTimeline } from './ClueTimeline';
import { useClueDetail } from './useClueDetail';
import '../clues.css';

/** One line that says what the clue is about: source, date, employer, where it was assigned. */
function ClueSummary({ clue }: { clue: ClueRecord }) {
  const { lookups } = useLedgerData();
  const text = (key: string) => {
    const field = clueEntity.fields.find((f) => f.key === key);
    return field ? cellText(field, clue[key], lookups) : '';
  };
  const employer = text('employerCompanyId') || text('employerName');
  const assigned = [text('assignedTownship'), text('assignedDepartment')].filter(Boolean).join('、');
  const parts = [text('source'), text('receivedDate') && `${text('receivedDate')}接收`, employer, assigned && `交办：${assigned}`].filter(Boolean);
  return (
    <Typography.Text type="secondary" data-testid="clue-summary">
      {parts.join(' · ')}
    </Typography.Text>
  );
}

/**
 * 线索详情 (#/clues/<id>): the facts, the actions the state allows, the escalation flags, the progress log, the 四必到
 * log and the workers roster. Every change re-reads the whole detail, since one action moves several of them.
 */
export function ClueDetailPage({ id }: { id: number }) {
  const { companies, projects, settings, reloadProjects } = useLedgerData();
  const { detail, error, reload } = useClueDetail(id);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    void reloadProjects();
  }, [reloadProjects]);

  const onChanged = useCallback(() => void reload(), [reload]);
  const save = useCallback(
    (request: SaveRequest) =>
      request.mode === 'update' ? api().clues.update({ id: request.id, version: request.version, values: request.values }) : api().clues.create({ values: request.values }),
    [],
  );
  const controlCtx = useMemo(() => ({ companies: companies ?? [], projects: projects ?? [], settings }), [companies, projects, settings]);

  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => goTo('clues')} style={{ paddingLeft: 0 }} data-testid="clue-back">
      返回线索台账
    </Button>
  );

  if (error && !detail) {
    return (
      <div data-testid="page-clue-detail">
        {back}
        <Alert type="error" showIcon title="无法打开这条线索" description={error} />
      </div>
    );
  }
  if (!detail) return <Spin description="正在读取线索…" />;
  const { clue } = detail;

  return (
    <div className="clue-detail" data-testid="page-clue-detail">
      <div className="clue-detail-head">
        <Space size={12} wrap align="center">
          {back}
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="clue-number">
            线索 {String(clue['clueNo'] ?? '')}
          </Typography.Title>
          <ClueStatusTags clue={clue} />
        </Space>
        <Space>
          <ClueDocumentButtons clue={clue} />
          <CluePlanButton clueId={clue.id} clueNo={String(clue['clueNo'] ?? '')} />
          <Button icon={<ReloadOutlined />} onClick={() => void reload()}>
            刷新
          </Button>
        </Space>
      </div>
      <div style={{ marginBottom: 8 }}>
        <ClueSummary clue={clue} />
      </div>
      <ClueActionBar detail={detail} onChanged={onChanged} onEdit={() => setEditing(true)} />
      <Row gutter={12}>
        <Col xs={24} xl={14}>
          <ClueFacts clue={clue} />
        </Col>
        <Col xs={24} xl={10}>
          <ClueTimeline clueId={clue.id} events={detail.events} onChanged={onChanged} />
          <ClueAttendanceCard clueId={clue.id} attendance={detail.attendance} onChanged={onChanged} />
        </Col>
      </Row>
      <RosterCard clue={clue} totals={detail.roster} onChanged={onChanged} />
      {editing && (
        <RecordFormDrawer
          entity={clueEntity}
          record={clue}
          ctx={controlCtx}
          onClose={() => setEditing(false)}
          save={save}
          onSaved={() => {
            setEditing(false);
            onChanged();
          }}
        />
      )}
    </div>
  );
}
