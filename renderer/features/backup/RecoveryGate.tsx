import { Alert } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import type { RecoveryStatus } from '../../../shared/contract/backups';
import { api } from '../../api/client';
import { afterFirstPage } from '../../app/firstPage';
import { DISK_ERROR_EVENT } from './diskErrors';
import { RecoveryPage } from './RecoveryPage';
import './backup.css';

/**
 * Shows the app, or the recovery screen when the ledger is damaged: either the core could not open it (it then
 * serves only recovery), or quick_check after the first paint found damage. Also tells the core once the first
 * page has painted (quick_check and the start-up backup wait for it), and shows the read-only banner after a disk
 * error.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<RecoveryStatus | null>(null);

  useEffect(() => {
    let alive = true;
    const refresh = async () => {
      const latest = await api().recovery.status({});
      if (alive) setStatus(latest);
    };
    // a core that cannot answer shows its own error on the first page's calls; the gate then just shows the app
    const quietly = (error: unknown) => console.warn('recovery check', error);
    refresh().catch(quietly);
    // quick_check and the start-up backup wait until the first grid page (or the sign-in screen) is on screen
    afterFirstPage()
      .then(() => api().recovery.started({}))
      .then((check) => (check.ok ? undefined : refresh()))
      .catch(quietly);
    const onDiskError = () => void refresh();
    window.addEventListener(DISK_ERROR_EVENT, onDiskError);
    return () => {
      alive = false;
      window.removeEventListener(DISK_ERROR_EVENT, onDiskError);
    };
  }, []);

  if (status?.mode === 'damaged') return <RecoveryPage status={status} />;
  const readOnlyReason = status?.mode === 'normal' ? status.readOnlyReason : null;
  // the same elements with or without the banner, so the pages (and a form being filled in) are not remounted
  return (
    <div className={readOnlyReason ? 'read-only-layout' : undefined}>
      {readOnlyReason && <Alert type="error" banner showIcon title={readOnlyReason} data-testid="read-only-banner" />}
      <div className="read-only-rest">{children}</div>
    </div>
  );
}
