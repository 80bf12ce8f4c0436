import { ProfileOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { LedgerRecord } from '../../../shared/contract/records';
import { goTo } from '../../app/routes';

/** The project grid's way into 一项目一档: double-click stays the quick edit, this opens everything about the project. */
export function OpenDossierButton({ selected }: { selected: readonly LedgerRecord[] }) {
  const project = selected.length === 1 ? selected[0] : undefined;
  return (
    <Button icon={<ProfileOutlined />} disabled={!project} onClick={() => project && goTo('projects', project.id)} data-testid="toolbar-dossier">
      打开档案
    </Button>
  );
}
