import { Select } from 'antd';
import type { CodeListName } from '../../../shared/domain/field';
import type { LedgerSettings } from '../../../shared/domain/settings';

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  codeList: CodeListName | undefined;
  settings: LedgerSettings | null;
  id?: string;
}

/** One entry of a code list from 设置; leaders read "name（title）" but store the name. */
function optionsOf(codeList: CodeListName | undefined, settings: LedgerSettings | null) {
  if (!settings || !codeList) return [];
  if (codeList === 'leaders') return settings.leaders.map((l) => ({ value: l.name, label: l.title ? `${l.name}（${l.title}）` : l.name }));
  return settings[codeList].map((entry) => ({ value: entry, label: entry }));
}

const emptyText: Record<CodeListName, string> = {
  townships: '尚未设置乡镇，请在“设置”中添加',
  departments: '尚未设置行业主管部门，请在“设置”中添加',
  leaders: '尚未设置领导，请在“设置”中添加',
  conclusions: '尚未设置核处结论，请在“设置”中添加',
};

export function CodeSelect({ value, onChange, codeList, settings, id }: Props) {
  const options = optionsOf(codeList, settings);
  // a value renamed or removed in 设置 since it was saved still shows, so saving the form does not lose it silently
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: `${value}（已不在字典中）` });
  return (
    <Select
      id={id}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      options={options}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      placeholder="请选择"
      notFoundContent={codeList ? emptyText[codeList] : '无可选项'}
    />
  );
}
