import { BankOutlined, DeleteOutlined, ProjectOutlined, SettingOutlined } from '@ant-design/icons';
import { Alert, Layout, Menu, Typography } from 'antd';
import type { ReactNode } from 'react';
import { CompaniesPage } from '../features/companies/CompaniesPage';
import { ProjectsPage } from '../features/projects/ProjectsPage';
import { RecycleBinPage } from '../features/recycle-bin/RecycleBinPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { useLedgerData } from './LedgerDataContext';
import { ROUTES, useHashRoute, type RouteKey } from './routes';

const icons: Record<RouteKey, ReactNode> = {
  projects: <ProjectOutlined />,
  companies: <BankOutlined />,
  'recycle-bin': <DeleteOutlined />,
  settings: <SettingOutlined />,
};

function Page({ route }: { route: RouteKey }) {
  switch (route) {
    case 'projects':
      return <ProjectsPage />;
    case 'companies':
      return <CompaniesPage />;
    case 'recycle-bin':
      return <RecycleBinPage />;
    case 'settings':
      return <SettingsPage />;
  }
}

/** The window: navigation on the left, the county and the ledger file in the header, one page at a time. */
export function AppFrame() {
  const [route, navigate] = useHashRoute();
  const { settings, info, loadError } = useLedgerData();

  return (
    <Layout className="app-frame">
      <Layout.Sider width={168} theme="dark" className="app-sider">
        <div className="app-logo">根治欠薪工作台账</div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[route]}
          onClick={({ key }) => navigate(key as RouteKey)}
          items={ROUTES.map((r) => ({ key: r.key, icon: icons[r.key], label: r.label }))}
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
        </Layout.Header>
        <Layout.Content className="app-content">
          {loadError && <Alert type="error" showIcon title="无法读取台账" description={loadError} style={{ marginBottom: 12 }} />}
          <Page key={route} route={route} />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
