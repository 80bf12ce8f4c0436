import { AuditOutlined, BankOutlined, HistoryOutlined, TeamOutlined, BarChartOutlined, CalendarOutlined, DashboardOutlined, DeleteOutlined, FileExcelOutlined, FileSearchOutlined, ProjectOutlined, SafetyCertificateOutlined, SettingOutlined, SolutionOutlined } from '@ant-design/icons';
import { Alert, Layout, Menu, Result, Typography } from 'antd';
import type { ReactNode } from 'react';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { SessionBadge } from '../features/accounts/SessionBadge';
import { useSession } from '../features/accounts/SessionContext';
import { AuditLogPage } from '../features/audit/AuditLogPage';
import { ClueStatsPage } from '../features/clue-stats/ClueStatsPage';
import { ClueDetailPage } from '../features/clues/detail/ClueDetailPage';
import { CluesPage } from '../features/clues/CluesPage';
import { CompaniesPage } from '../features/companies/CompaniesPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { NavLabel } from '../features/dashboard/NavLabel';
import { useNavBadges } from '../features/dashboard/useNavBadges';
import { InspectionsPage } from '../features/inspections/InspectionsPage';
import { PlansPage } from '../features/plans/PlansPage';
import { ProblemsPage } from '../features/problems/ProblemsPage';
import { ProjectDossierPage } from '../features/project-dossier/ProjectDossierPage';
import { ProjectsPage } from '../features/projects/ProjectsPage';
import { RecycleBinPage } from '../features/recycle-bin/RecycleBinPage';
import { WeeklyReportPage } from '../features/reports/WeeklyReportPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { WorkLogsPage } from '../features/work-logs/WorkLogsPage';
import { useLedgerData } from './LedgerDataContext';
import { goTo, ROUTES, useHashRoute, type AppLocation, type RouteKey } from './routes';

const icons: Record<RouteKey, ReactNode> = {
  dashboard: <DashboardOutlined />,
  clues: <FileSearchOutlined />,
  'clue-stats': <BarChartOutlined />,
  reports: <FileExcelOutlined />,
  'work-logs': <CalendarOutlined />,
  inspections: <AuditOutlined />,
  problems: <SafetyCertificateOutlined />,
  plans: <SolutionOutlined />,
  projects: <ProjectOutlined />,
  companies: <BankOutlined />,
  'recycle-bin': <DeleteOutlined />,
  settings: <SettingOutlined />,
  accounts: <TeamOutlined />,
  audit: <HistoryOutlined />,
};

function Page({ location: { route, id } }: { location: AppLocation }) {
  switch (route) {
    case 'dashboard':
      return <DashboardPage />;
    case 'clues':
      return id === null ? <CluesPage /> : <ClueDetailPage id={id} />;
    case 'clue-stats':
      return <ClueStatsPage />;
    case 'reports':
      return <WeeklyReportPage />;
    case 'work-logs':
      return <WorkLogsPage />;
    case 'inspections':
      return <InspectionsPage />;
    case 'problems':
      return <ProblemsPage id={id} />;
    case 'plans':
      return <PlansPage id={id} />;
    case 'projects':
      // #/projects/<id> is the project's 一项目一档
      return id === null ? <ProjectsPage /> : <ProjectDossierPage id={id} />;
    case 'companies':
      return <CompaniesPage />;
    case 'recycle-bin':
      return <RecycleBinPage />;
    case 'settings':
      return <SettingsPage />;
    case 'accounts':
      return <AccountsPage />;
    case 'audit':
      return <AuditLogPage />;
  }
}

/** The window: navigation on the left, the county and the ledger file in the header, one page at a time. */
export function AppFrame() {
  const location = useHashRoute();
  const { settings, info, loadError } = useLedgerData();
  const badges = useNavBadges(location.route);
  const { can } = useSession();
  const allowed = (route: (typeof ROUTES)[number]) => !('access' in route) || can(route.access);
  const current = ROUTES.find((r) => r.key === location.route);

  return (
    <Layout className="app-frame">
      <Layout.Sider width={168} theme="dark" className="app-sider">
        <div className="app-logo">根治欠薪工作台账</div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[location.route]}
          onClick={({ key }) => goTo(key as RouteKey)}
          items={ROUTES.filter(allowed).map((r) => ({ key: r.key, icon: icons[r.key], label: <NavLabel label={r.label} badge={badges[r.key]} testId={`nav-badge-${r.key}`} /> }))}
          aria-label="主导航"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Typography.Title level={4} className="app-title" data-testid="county-title">
            {settings ? `${settings.countyName}根治拖欠农民工工资工作台账` : '根治拖欠农民工工资工作台账'}
          </Typography.Title>
          {info && (
            <Typography.Text type="secondary" className="app-dbpath" title={info.dbPath} data-testid="ledger-path">
              台账文件：{info.dbPath}
            </Typography.Text>
          )}
          <SessionBadge />
        </Layout.Header>
        <Layout.Content className="app-content">
          {loadError && <Alert type="error" showIcon title="无法读取台账" description={loadError} style={{ marginBottom: 12 }} />}
          {current && !allowed(current) ? (
            <Result status="403" title="没有权限" subTitle={`“${current.label}”只有管理员可以使用`} />
          ) : (
            <Page key={`${location.route}/${location.id ?? ''}?${location.query}`} location={location} />
          )}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
