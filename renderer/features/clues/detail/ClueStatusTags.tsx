import { Tag } from 'antd';
import type { ClueRecord } from '../../../../shared/contract/clues';
import { FLAG_DEFS, isFlagOn } from './clueFlags';

const STATUS_COLORS: Record<string, string> = {
  待受理: 'default',
  已受理: 'blue',
  已交办: 'geekblue',
  核处中: 'processing',
  已反馈: 'cyan',
  已办结: 'success',
  已归档: 'default',
};

function dueColor(clue: ClueRecord): string {
  if (clue.overdue || clue.dueState === '超期办结') return 'error';
  if (clue.dueSoon) return 'warning';
  return clue.dueState === '按期办结' ? 'success' : 'default';
}

/** 办理状态, 期限状态 and the escalation flags, as tags. */
export function ClueStatusTags({ clue }: { clue: ClueRecord }) {
  return (
    <span className="clue-tags">
      <Tag color={STATUS_COLORS[String(clue['status'])] ?? 'default'} data-testid="clue-status">
        {String(clue['status'] ?? '')}
      </Tag>
      {clue.dueState && (
        <Tag color={dueColor(clue)} data-testid="clue-due-state">
          {clue.dueState}
          {typeof clue['deadline'] === 'string' && clue['deadline'] ? `（期限${clue['deadline']}）` : ''}
        </Tag>
      )}
      {FLAG_DEFS.filter((d) => isFlagOn(clue, d.flag)).map((d) => (
        <Tag key={d.flag} color={d.color} data-testid={`clue-flag-${d.flag}`}>
          {d.tag(clue)}
        </Tag>
      ))}
    </span>
  );
}
