import { Select } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { CluePick } from '../../../shared/contract/clues';
import { api } from '../../api/client';
import { useLatestLoad } from '../../lib/useLatestLoad';

/** Typing pauses this long before the core is asked, so a burst of keystrokes is one search. */
const TYPING_PAUSE_MS = 250;

const labelOf = (clue: CluePick) => `${clue.clueNo} ${clue.employerName ?? ''}（${clue.receivedDate}受理）`.replace(' （', '（');

/**
 * Chooses a clue by 线索编号, 平台编号 or 被投诉单位: the core searches and answers the newest 50, so a ledger of
 * 100,000 clues never becomes 100,000 options in the page.
 */
export function ClueSelect({ value, onChange, testId }: { value: number | null; onChange: (id: number) => void; testId: string }) {
  const [typed, setTyped] = useState('');
  const [text, setText] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setText(typed.trim()), typed ? TYPING_PAUSE_MS : 0);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useLatestLoad(useCallback(() => api().clues.pick(text ? { text } : {}), [text]));
  // the clue already chosen (e.g. from the clue page's 导入名单) keeps its label even when it is not among the found
  const chosen = useLatestLoad(useCallback(async () => (value === null ? [] : api().clues.pick({ id: value })), [value]));
  const clues = [...(chosen.data ?? []), ...(found.data ?? []).filter((clue) => clue.id !== value)];

  return (
    <Select<number>
      showSearch={{ filterOption: false, onSearch: setTyped }}
      placeholder="输入线索编号、平台编号或被投诉单位查找"
      style={{ width: 420 }}
      value={value ?? undefined}
      onChange={onChange}
      loading={found.data === null}
      notFoundContent={found.error ?? '没有找到线索'}
      options={clues.map((clue) => ({ value: clue.id, label: labelOf(clue) }))}
      data-testid={testId}
    />
  );
}
