import { App, Button } from 'antd';
import { useCallback } from 'react';
import type { LedgerRecord } from '../../../shared/contract/records';
import type { EntityDef } from '../../../shared/domain/field';
import type { RecordApi } from '../../api/recordApi';
import { recordTitle } from '../../components/record-form/recordTitle';
import { errorMessage } from '../../lib/errors';

const UNDO_SECONDS = 8;

interface Options {
  entity: EntityDef;
  records: RecordApi;
  onDeleted: (ids: number[]) => void;
  onRestored: (records: LedgerRecord[]) => void;
}

/**
 * Delete asks first, then moves the records to the recycle bin and offers 撤销 for a few seconds: a mistaken
 * Delete key costs the clerk one click, not a trip to 回收站.
 */
export function useDeleteWithUndo({ entity, records, onDeleted, onRestored }: Options) {
  const { modal, message } = App.useApp();

  const undo = useCallback(
    async (ids: number[], key: string) => {
      message.destroy(key);
      try {
        const restored: LedgerRecord[] = [];
        for (const id of ids) restored.push(await records.restore(id));
        onRestored(restored);
        message.success(`已撤销删除，恢复${restored.length}条${entity.label}`);
      } catch (error) {
        message.error(errorMessage(error));
      }
    },
    [entity, records, onRestored, message],
  );

  return useCallback(
    (targets: LedgerRecord[]) => {
      if (targets.length === 0) return;
      const first = targets[0] as LedgerRecord;
      const what = targets.length === 1 ? `${entity.label}“${recordTitle(entity, first)}”` : `选中的${targets.length}条${entity.label}`;
      modal.confirm({
        title: `确定删除${what}？`,
        content: '删除后可在回收站恢复。',
        okText: '删除',
        okButtonProps: { danger: true },
        cancelText: '取消',
        onOk: async () => {
          const deleted: number[] = [];
          try {
            for (const target of targets) {
              await records.delete(target.id);
              deleted.push(target.id);
            }
          } catch (error) {
            message.error(errorMessage(error));
          }
          if (deleted.length === 0) return;
          onDeleted(deleted);
          const key = `deleted-${entity.name}-${Date.now()}`;
          message.open({
            key,
            type: 'success',
            duration: UNDO_SECONDS,
            content: (
              <span data-testid="delete-undo-message">
                已删除{what}，可在回收站恢复
                <Button type="link" size="small" onClick={() => void undo(deleted, key)} data-testid="delete-undo">
                  撤销
                </Button>
              </span>
            ),
          });
        },
      });
    },
    [entity, records, onDeleted, modal, message, undo],
  );
}
