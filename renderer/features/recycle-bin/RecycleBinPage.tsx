import { ReloadOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { RecycledItem } from '../../../shared/contract/system';
import { api } from '../../api/client';
import { restoreRecord } from '../../api/recordApi';
import { useLedgerData } from '../../app/LedgerDataContext';
import { errorMessage } from '../../lib/errors';

function shortTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => n.toString().padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** 回收站: deleted records, newest first, each with 恢复. Nothing is ever erased from here by the program. */
export function RecycleBinPage() {
  const { message } = App.useApp();
  const { reloadCompanies, reloadProjects } = useLedgerData();
  const [items, setItems] = useState<RecycledItem[] | null>(null);
  const [restoring, setRestoring] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const list = await api().system.recycleBin({});
      setItems([...list].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt)));
    } catch (error) {
      setItems([]);
      message.error(errorMessage(error));
    }
  }, [message]);

  useEffect(() => {
    void load();
  }, [load]);

  const restore = async (item: RecycledItem) => {
    setRestoring(`${item.entity}-${item.id}`);
    try {
      await restoreRecord(item.entity, item.id);
      message.success(`已恢复${item.entityLabel}“${item.title}”`);
      if (item.entity === 'companies') await reloadCompanies();
      if (item.entity === 'projects') await reloadProjects();
      await load();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setRestoring(null);
    }
  };

  return (
    <div className="ledger-page" data-testid="page-recycle-bin">
      <div className="ledger-toolbar">
        <Typography.Text type="secondary">删除的项目、单位、线索和名单人员保存在这里，可随时恢复。</Typography.Text>
        <Button icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>
      </div>
      <Table<RecycledItem>
        rowKey={(item) => `${item.entity}-${item.id}`}
        loading={items === null}
        dataSource={items ?? []}
        size="middle"
        pagination={{ pageSize: 50, showTotal: (total) => `共${total}条` }}
        locale={{ emptyText: '回收站是空的' }}
        columns={[
          { title: '类型', dataIndex: 'entityLabel', width: 90 },
          { title: '名称', dataIndex: 'title' },
          { title: '删除时间', dataIndex: 'deletedAt', width: 170, render: (value: string) => shortTime(value) },
          { title: '删除人', dataIndex: 'deletedBy', width: 120 },
          {
            title: '操作',
            width: 110,
            render: (_: unknown, item) => (
              <Space>
                <Button size="small" icon={<UndoOutlined />} loading={restoring === `${item.entity}-${item.id}`} onClick={() => void restore(item)}>
                  恢复
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
