import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Row, Space, Spin, Tag, Typography } from 'antd';
import { useCallback, useEffect } from 'react';
import { useLedgerData } from '../../app/LedgerDataContext';
import { goTo } from '../../app/routes';
import { DossierClues } from './DossierClues';
import { DossierInspections } from './DossierInspections';
import { DossierPlans } from './DossierPlans';
import { DossierProblems } from './DossierProblems';
import { DossierSummary } from './DossierSummary';
import './dossier.css';
import { ProjectFacts } from './ProjectFacts';
import { useProjectDossier } from './useProjectDossier';

/**
 * 一项目一档 (#/projects/<id>): the project's basics, five systems and deposit, its inspections, open and closed
 * problems, linked clues, its plan and (once documents exist) its issued documents, on one page.
 */
export function ProjectDossierPage({ id }: { id: number }) {
  const { reloadProjects, reloadCompanies } = useLedgerData();
  const { dossier, error, reload } = useProjectDossier(id);
  const onChanged = useCallback(() => void reload(), [reload]);

  useEffect(() => {
    // names of companies and projects shown in the facts may be newer than the app's copy
    void reloadProjects();
    void reloadCompanies();
  }, [reloadProjects, reloadCompanies]);

  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => goTo('projects')} style={{ paddingLeft: 0 }} data-testid="dossier-back">
      返回项目台账
    </Button>
  );

  if (error && !dossier) {
    return (
      <div data-testid="page-project-dossier">
        {back}
        <Alert type="error" showIcon title="无法打开这个项目的档案" description={error} />
      </div>
    );
  }
  if (!dossier) return <Spin description="正在读取项目档案…" />;
  const { project } = dossier;

  return (
    <div className="dossier" data-testid="page-project-dossier">
      <div className="dossier-head">
        <Space size={12} wrap align="center">
          {back}
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="dossier-title">
            {String(project['name'] ?? '')}
          </Typography.Title>
          <Typography.Text type="secondary">一项目一档</Typography.Text>
          {typeof project['status'] === 'string' && <Tag color={project['status'] === '在建' ? 'processing' : 'default'}>{project['status']}</Tag>}
        </Space>
        <Button icon={<ReloadOutlined />} onClick={() => void reload()} data-testid="dossier-reload">
          刷新
        </Button>
      </div>
      <DossierSummary dossier={dossier} />
      {/* what the clerk acts on at the left, the project's standing facts at the right */}
      <Row gutter={12}>
        <Col xs={24} xl={14} className="dossier-column">
          <DossierInspections inspections={dossier.inspections} />
          <DossierProblems problems={dossier.problems} onChanged={onChanged} />
          <DossierClues clues={dossier.clues} />
          <DossierPlans project={project} plans={dossier.plans} onChanged={onChanged} />
          <Card size="small" title="文书" className="dossier-card" data-testid="dossier-documents">
            {dossier.documents.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未向本项目签发文书（整改通知书、一项目一策表）。" />
            ) : (
              <ul className="dossier-documents">
                {dossier.documents.map((doc) => (
                  <li key={doc.id} data-testid="dossier-document">
                    <Typography.Text strong>{doc.number}</Typography.Text> {doc.typeLabel}{'\u3000'}主送：{doc.addressee}{'\u3000'}{doc.date}{' '}
                    <Tag color={doc.status === '已作废' ? 'default' : doc.status === '已送达' ? 'green' : 'blue'}>{doc.status}</Tag>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10} className="dossier-column">
          <ProjectFacts project={project} />
        </Col>
      </Row>
    </div>
  );
}
