import { DatePicker, Input, InputNumber, Radio, Select, Switch } from 'antd';
import type { ReactNode } from 'react';
import type { LedgerRecord } from '../../../shared/contract/records';
import { personalKindOf, type FieldDef } from '../../../shared/domain/field';
import type { LedgerSettings } from '../../../shared/domain/settings';
import { CodeSelect } from './CodeSelect';
import { CompanySelect } from './CompanySelect';
import { PersonalInput } from './PersonalInput';
import { ProjectSelect, type ProjectOption } from './ProjectSelect';

export interface ControlContext {
  /** the record being edited; null for a new one */
  record: LedgerRecord | null;
  companies: readonly LedgerRecord[];
  /** for projectRef fields */
  projects: readonly ProjectOption[];
  settings: LedgerSettings | null;
}

const CHECK_RESULT_OPTIONS = ['合格', '不合格', '不适用'];

function isCheckResult(options: readonly string[] | undefined): boolean {
  return options !== undefined && options.length === CHECK_RESULT_OPTIONS.length && options.every((o, i) => o === CHECK_RESULT_OPTIONS[i]);
}

/**
 * The input for one catalog field. Form.Item injects value/onChange/id; dates are converted to and from ISO strings
 * by the Form.Item (see RecordFormField), so every control here sees plain values.
 */
export function FieldControl({ field, ctx, ...injected }: { field: FieldDef; ctx: ControlContext; [key: string]: unknown }): ReactNode {
  const props = injected as Record<string, never>;
  const masked = ctx.record && personalKindOf(field) ? ((ctx.record[field.key] as string | null) ?? null) : null;
  if (personalKindOf(field) && ctx.record) return <PersonalInput {...props} maskedValue={masked} />;

  switch (field.type) {
    case 'longtext':
      return <Input.TextArea {...props} autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} showCount />;
    case 'enum':
      // a checklist result (合格/不合格/不适用) is one click on a row of buttons: an inspection has seven of them
      if (isCheckResult(field.options)) return <Radio.Group {...props} optionType="button" buttonStyle="solid" size="small" options={[...(field.options ?? [])]} />;
      return <Select {...props} allowClear={!field.required} placeholder="请选择" options={(field.options ?? []).map((o) => ({ value: o, label: o }))} />;
    case 'multiEnum':
      return <Select {...props} mode="multiple" allowClear placeholder="可多选" options={(field.options ?? []).map((o) => ({ value: o, label: o }))} />;
    case 'code':
      return <CodeSelect {...props} codeList={field.codeList} settings={ctx.settings} />;
    case 'date':
      return <DatePicker {...props} style={{ width: '100%' }} placeholder="选择日期" />;
    case 'money':
      return <InputNumber {...props} stringMode precision={2} min="0" style={{ width: '100%' }} suffix="元" placeholder="0.00" />;
    case 'int':
      return <InputNumber {...props} precision={0} min={0} style={{ width: '100%' }} />;
    case 'bool':
      return <Switch {...props} checkedChildren="是" unCheckedChildren="否" />;
    case 'companyRef':
    case 'companyRefs':
      return <CompanySelect {...props} companies={ctx.companies} multiple={field.type === 'companyRefs'} preferredRole={field.companyRole} />;
    case 'projectRef':
      return <ProjectSelect {...props} projects={ctx.projects} />;
    default:
      return <Input {...props} autoComplete="off" placeholder={field.hint} />;
  }
}
