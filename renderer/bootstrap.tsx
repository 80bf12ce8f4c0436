/** The program proper, loaded by main.tsx once the opening page's first calls are on their way: providers, theme, frame. */
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppFrame } from './app/AppFrame';
import { LedgerDataProvider } from './app/LedgerDataContext';
import { SessionGate } from './features/accounts/SessionGate';
import { RecoveryGate } from './features/backup/RecoveryGate';
import { JobProvider } from './features/jobs/JobProvider';
import './styles/global.css';

dayjs.locale('zh-cn');

const theme = {
  token: { fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif', borderRadius: 4 },
};

const root = document.getElementById('root');
if (!root) throw new Error('页面缺少 #root 元素');

createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp message={{ maxCount: 3 }}>
        <JobProvider>
          <RecoveryGate>
            <SessionGate>
              <LedgerDataProvider>
                <AppFrame />
              </LedgerDataProvider>
            </SessionGate>
          </RecoveryGate>
        </JobProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
