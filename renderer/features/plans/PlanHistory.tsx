import { Card, Empty, Timeline } from 'antd';
import type { AuditEntry } from '../../../shared/contract/system';
import { planEntity } from '../../../shared/domain/plan';
import type { CellLookups } from '../../components/ledger-grid/cellText';
import { cellText } from '../../components/ledger-grid/cellText';

const ACTION_LABELS: Record<string, string> = { create: '制定方案', update: '修改', delete: '删除', restore: '恢复', workflow: '办理' };
const SHOWN = 60;

function short(text: string): string {
  if (!text) return '（空）';
  const line = text.replace(/\s*\n\s*/g, '；');
  return line.length > SHOWN ? `${line.slice(0, SHOWN)}…` : line;
}

/** One changed field as "落实资金：旧 → 新", in the catalog's words and formats. */
function changeLines(entry: AuditEntry, lookups: CellLookups): string[] {
  const lines: string[] = [];
  for (const field of planEntity.fields) {
    if (!entry.after || !(field.key in entry.after)) continue;
    const after = short(cellText(field, entry.after[field.key], lookups));
    if (entry.action === 'update') lines.push(`${field.label}：${short(cellText(field, entry.before?.[field.key], lookups))} → ${after}`);
    else if (entry.after[field.key] !== null && entry.after[field.key] !== '') lines.push(`${field.label}：${after}`);
  }
  return lines;
}

/** "2026-01-05T06:03:00Z" → "2026-01-05 14:03" in local time. */
function localTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => n.toString().padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** 修改历史: the plan's audit log, newest first: who changed what and when. */
export function PlanHistory({ entries, lookups }: { entries: readonly AuditEntry[]; lookups: CellLookups }) {
  const newest = [...entries].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  return (
    <Card size="small" title={`修改历史（${entries.length}）`}>
      {newest.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无修改记录" />
      ) : (
        <div data-testid="plan-history">
          <Timeline
            items={newest.map((entry) => ({
              key: entry.id,
              color: entry.action === 'create' ? 'green' : entry.action === 'delete' ? 'red' : 'blue',
              title: localTime(entry.at),
              content: (
                <div data-testid="plan-history-entry">
                  <strong>{ACTION_LABELS[entry.action] ?? entry.action}</strong>
                  <span className="plan-history-operator">{entry.operator}</span>
                  {entry.action !== 'create' &&
                    changeLines(entry, lookups).map((line) => (
                      <div key={line} className="plan-history-change">
                        {line}
                      </div>
                    ))}
                </div>
              ),
            }))}
          />
        </div>
      )}
    </Card>
  );
}
