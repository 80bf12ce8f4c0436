import { AuditOutlined, BankOutlined, HistoryOutlined, InfoCircleOutlined, TeamOutlined, BarChartOutlined, CalendarOutlined, DashboardOutlined, DeleteOutlined, FileExcelOutlined, FileProtectOutlined, FileSearchOutlined, ImportOutlined, ProjectOutlined, SafetyCertificateOutlined, SettingOutlined, SolutionOutlined } from '@ant-design/icons';
import { Alert, Button, Layout, Menu, Result, Spin, Typography } from 'antd';
import { startTransition, Suspense, useEffect, useState, type ReactNode } from 'react';
import { AboutDialog } from '../features/about/AboutDialog';
import { openAbout } from '../features/about/aboutRequests';
import { SessionBadge } from '../features/accounts/SessionBadge';
import { useSession } from '../features/accounts/SessionContext';
import { NavLabel } from '../features/dashboard/NavLabel';
import { useNavBadges } from '../features/dashboard/useNavBadges';
import { useLedgerData } from './LedgerDataContext';
import { pageNameOf, Pages, usePageLoaded } from './pages';
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
  documents: <FileProtectOutlined />,
  projects: <ProjectOutlined />,
  companies: <BankOutlined />,
  import: <ImportOutlined />,
  'recycle-bin': <DeleteOutlined />,
  settings: <SettingOutlined />,
  accounts: <TeamOutlined />,
  audit: <HistoryOutlined />,
};

function Page({ location: { route, id } }: { location: AppLocation }) {
  switch (route) {
    case 'clues':
      return id === null ? <Pages.clues /> : <Pages.clueDetail id={id} />;
    case 'problems':
      return <Pages.problems id={id} />;
    case 'plans':
      return <Pages.plans id={id} />;
    case 'projects':
      // #/projects/<id> is the project's 一项目一档
      return id === null ? <Pages.projects /> : <Pages.projectDossier id={id} />;
    case 'dashboard':
    case 'clue-stats':
    case 'reports':
    case 'work-logs':
    case 'inspections':
    case 'companies':
    case 'documents':
    case 'import':
    case 'recycle-bin':
    case 'accounts':
    case 'audit':
    case 'settings': {
      const Shown = Pages[route];
      return <Shown />;
    }
  }
}

/**
 * False until the page's code is here and the page has rendered once, then true, set in a transition: a more urgent
 * update (the grid's first rows arriving) interrupts a transition, so what waits for this is drawn after the page
 * and its rows, not before them. Stays true from then on.
 */
function useShownAfterThePage(pageLoaded: boolean): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (pageLoaded) startTransition(() => setShown(true));
  }, [pageLoaded]);
  return shown;
}

/** The window: navigation on the left, the county and the ledger file in the header, one page at a time. */
export function AppFrame() {
  const location = useHashRoute();
  const { settings, info, loadError } = useLedgerData();
  const badges = useNavBadges(location.route);
  const { can } = useSession();
  const allowed = (route: (typeof ROUTES)[number]) => !('access' in route) || can(route.access);
  const current = ROUTES.find((r) => r.key === location.route);
  const pageLoaded = usePageLoaded(pageNameOf(location));
  // the sixteen menu items and antd's Menu styles took about a tenth of the opening page's main-thread time
  const navShown = useShownAfterThePage(pageLoaded);
  const loadingPage = <Spin className="app-page-loading" description="正在打开…" />;

  return (
    <Layout className="app-frame">
      <Layout.Sider width={168} theme="dark" className="app-sider">
        <div className="app-logo">根治欠薪工作台账</div>
        {navShown && (
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[location.route]}
            onClick={({ key }) => goTo(key as RouteKey)}
            items={ROUTES.filter(allowed).map((r) => ({ key: r.key, icon: icons[r.key], label: <NavLabel label={r.label} badge={badges[r.key]} testId={`nav-badge-${r.key}`} /> }))}
            aria-label="主导航"
            // the navigation is never collapsed, so its items' tooltips never show; without them antd neither renders
            // sixteen Tooltips nor generates the Tooltip styles before the first page
            tooltip={false}
          />
        )}
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
          <Button type="text" icon={<InfoCircleOutlined />} onClick={openAbout} className="app-about" data-testid="open-about">
            关于
          </Button>
          <SessionBadge />
        </Layout.Header>
        <Layout.Content className="app-content">
          {loadError && <Alert type="error" showIcon title="无法读取台账" description={loadError} style={{ marginBottom: 12 }} />}
          {current && !allowed(current) ? (
            <Result status="403" title="没有权限" subTitle={`“${current.label}”只有管理员可以使用`} />
          ) : !pageLoaded ? (
            loadingPage
          ) : (
            <Suspense fallback={loadingPage}>
              <Page key={`${location.route}/${location.id ?? ''}?${location.query}`} location={location} />
            </Suspense>
          )}
        </Layout.Content>
      </Layout>
      <AboutDialog />
    </Layout>
  );
}
