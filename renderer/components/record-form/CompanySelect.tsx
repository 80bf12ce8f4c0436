import { Select } from 'antd';
import { useMemo } from 'react';
import type { LedgerRecord } from '../../../shared/contract/records';
import { matchesWithPinyin } from '../../lib/pinyin';

interface Props {
  value?: number | number[] | null;
  onChange?: (value: number | number[] | null) => void;
  companies: readonly LedgerRecord[];
  multiple: boolean;
  /** companies with this role come first, since they are the likely choice */
  preferredRole?: string;
  id?: string;
}

function hasRole(company: LedgerRecord, role: string | undefined): boolean {
  const roles = company['roles'];
  return role !== undefined && Array.isArray(roles) && (roles as string[]).includes(role);
}

/** A searchable pick list of companies: matches the name or its pinyin initials ("xqjs" → 新区建设…). */
export function CompanySelect({ value, onChange, companies, multiple, preferredRole, id }: Props) {
  const options = useMemo(() => {
    const sorted = [...companies].sort((a, b) => Number(hasRole(b, preferredRole)) - Number(hasRole(a, preferredRole)));
    return sorted.map((c) => ({ value: c.id, label: String(c['name'] ?? '') }));
  }, [companies, preferredRole]);

  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      allowClear
      showSearch={{ filterOption: (input, option) => matchesWithPinyin(String(option?.label ?? ''), input) }}
      placeholder="输入名称或拼音首字母查找"
      options={options}
      value={value ?? (multiple ? [] : undefined)}
      onChange={(next) => onChange?.((next as number | number[] | undefined) ?? null)}
      notFoundContent="没有匹配的单位，请先在“单位管理”中添加"
    />
  );
}
