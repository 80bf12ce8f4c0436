import { SettingOutlined } from '@ant-design/icons';
import type { GridApi } from 'ag-grid-community';
import { Button, Checkbox, Divider, Popover, Space } from 'antd';
import { useState } from 'react';
import type { LedgerRecord } from '../../../shared/contract/records';
import type { EntityDef } from '../../../shared/domain/field';
import { clearColumnLayout, saveColumnLayout } from './columnLayoutStore';

interface Props {
  gridId: string;
  entity: EntityDef;
  api: GridApi<LedgerRecord> | null;
}

/** 列设置: show or hide each column, or go back to the catalog's default layout. Order is changed by dragging headers. */
export function ColumnSettingsButton({ gridId, entity, api }: Props) {
  const [open, setOpen] = useState(false);
  const [visible, setVisible] = useState<Record<string, boolean>>({});

  const readVisibility = () => {
    if (!api) return;
    const next: Record<string, boolean> = {};
    for (const field of entity.fields) next[field.key] = api.getColumn(field.key)?.isVisible() ?? false;
    setVisible(next);
  };

  const toggle = (key: string, show: boolean) => {
    if (!api) return;
    api.setColumnsVisible([key], show);
    saveColumnLayout(gridId, api);
    readVisibility();
  };

  const restoreDefaults = () => {
    if (!api) return;
    clearColumnLayout(gridId);
    api.resetColumnState();
    readVisibility();
  };

  const content = (
    <div style={{ width: 480 }} data-testid="column-settings">
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: '4px 8px', maxHeight: 360, overflow: 'auto' }}>
        {entity.fields.map((field) => (
          <Checkbox key={field.key} checked={visible[field.key] ?? false} onChange={(e) => toggle(field.key, e.target.checked)}>
            {field.label}
          </Checkbox>
        ))}
      </div>
      <Divider style={{ margin: '8px 0' }} />
      <Space>
        <Button size="small" onClick={restoreDefaults}>
          恢复默认
        </Button>
        <span style={{ color: '#888', fontSize: 12 }}>拖动列标题可调整顺序，拖动列边线可调整宽度</span>
      </Space>
    </div>
  );

  return (
    <Popover
      content={content}
      title="列设置"
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(next) => {
        if (next) readVisibility();
        setOpen(next);
      }}
    >
      <Button icon={<SettingOutlined />} disabled={!api} data-testid="column-settings-button">
        列设置
      </Button>
    </Popover>
  );
}
