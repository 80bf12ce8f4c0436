import type { LedgerRecord } from '../../../shared/contract/records';
import { AuditHistoryButton } from './AuditHistoryButton';

/** ISO timestamps from the core → "2026-01-05 14:03" in local time. */
function shortTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => n.toString().padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Who created and last changed the record, and when: clerks are asked this about every ledger line. */
export function RecordMetaFooter({ record, entityName }: { record: LedgerRecord; entityName?: string }) {
  return (
    <div style={{ color: '#888', fontSize: 12, display: 'flex', gap: 24, flexWrap: 'wrap' }} data-testid="record-meta">
      <span>
        创建：{record.createdBy} {shortTime(record.createdAt)}
      </span>
      <span>
        修改：{record.updatedBy} {shortTime(record.updatedAt)}
      </span>
      <span>版本：{record.version}</span>
      {isRecordEntity(entityName) && <AuditHistoryButton entity={entityName} id={record.id} />}
    </div>
  );
}

const RECORD_ENTITIES = ['companies', 'projects', 'clues', 'clueWorkers', 'inspections', 'problems', 'plans', 'workLogs'] as const;
function isRecordEntity(name: string | undefined): name is (typeof RECORD_ENTITIES)[number] {
  return (RECORD_ENTITIES as readonly string[]).includes(name ?? '');
}
