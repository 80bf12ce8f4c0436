/**
 * The clue ledger's saved views, each with its count. Kept apart from the zod schemas in clues.ts so the renderer's
 * first script can choose the view to fetch without loading them.
 */
export const CLUE_VIEWS = [
  { name: 'todo', label: '待办' },
  { name: 'dueSoon', label: '即将超期' },
  { name: 'overdue', label: '已超期' },
  { name: 'supervised', label: '挂牌督办' },
  { name: 'leaderOwned', label: '领导包案' },
  { name: 'newThisWeek', label: '本周新增' },
  { name: 'closed', label: '已办结' },
  { name: 'all', label: '全部' },
] as const;
export type ClueViewName = (typeof CLUE_VIEWS)[number]['name'];
