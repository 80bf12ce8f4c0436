import { Select } from 'antd';
import { useMemo } from 'react';
import { matchesWithPinyin } from '../../lib/pinyin';

/** What a project pick list needs: the id it stores and the name it shows. */
export interface ProjectOption {
  id: number;
  name: string;
}

interface Props {
  value?: number | null;
  onChange?: (value: number | null) => void;
  projects: readonly ProjectOption[];
  id?: string;
}

/** A searchable pick list of projects: matches the name or its pinyin initials ("xqgc" → 新区公厕…). */
export function ProjectSelect({ value, onChange, projects, id }: Props) {
  const options = useMemo(() => projects.map((p) => ({ value: p.id, label: p.name })), [projects]);
  // a project deleted since the clue was saved still shows, so saving the form does not drop it silently
  if (typeof value === 'number' && !options.some((o) => o.value === value)) options.unshift({ value, label: `（已删除的项目#${value}）` });
  return (
    <Select
      id={id}
      allowClear
      showSearch={{ filterOption: (input, option) => matchesWithPinyin(String(option?.label ?? ''), input) }}
      placeholder="输入项目名称或拼音首字母查找"
      options={options}
      value={value ?? undefined}
      onChange={(next: number | undefined) => onChange?.(next ?? null)}
      notFoundContent="没有匹配的项目，请先在“项目台账”中添加"
    />
  );
}
