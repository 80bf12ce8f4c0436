import { ImportOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ImportKind } from '../../../shared/import/kinds';
import { hashLink } from '../../app/routes';

/** 从Excel导入: opens the import wizard with the kind (and, for a roster, the clue) already chosen. */
export function ImportButton({ kind, clueId, size }: { kind: ImportKind; clueId?: number; size?: 'small' | 'middle' }) {
  const href = hashLink('import', clueId === undefined ? { kind } : { kind, clue: String(clueId) });
  return (
    <Button size={size} icon={<ImportOutlined />} href={href} data-testid={`import-${kind}`}>
      从Excel导入
    </Button>
  );
}
