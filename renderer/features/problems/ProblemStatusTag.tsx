import { Tag } from 'antd';

const COLORS: Record<string, string> = { 待整改: 'gold', 整改中: 'processing', 已报整改: 'purple', 已复核销号: 'success' };

/** The rectification state as a coloured tag, the same on the detail, the dossier and the confirmation views. */
export function ProblemStatusTag({ status }: { status: unknown }) {
  const text = typeof status === 'string' ? status : '';
  return (
    <Tag color={COLORS[text] ?? 'default'} data-testid="problem-status">
      {text || '—'}
    </Tag>
  );
}

/** 期限状态 as the core computed it: red once past the deadline. */
export function ProblemDueTag({ dueState, overdue }: { dueState: unknown; overdue: unknown }) {
  const text = typeof dueState === 'string' ? dueState : '';
  if (!text) return null;
  return (
    <Tag color={overdue === true ? 'error' : text === '已销号' ? 'default' : 'blue'} data-testid="problem-due">
      {text}
    </Tag>
  );
}
