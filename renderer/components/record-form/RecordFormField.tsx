import { Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { FieldDef } from '../../../shared/domain/field';
import { FieldControl, type ControlContext } from './FieldControl';

/** Dates live in the form as ISO strings; only the DatePicker sees dayjs objects. Spread on a Form.Item. */
export const dateProps = {
  getValueProps: (value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
};

/** One labelled form item: the catalog's required mark and hint, the right control, and the field's server errors. */
export function RecordFormField({ field, ctx }: { field: FieldDef; ctx: ControlContext }) {
  return (
    <div data-testid={`field-${field.key}`}>
    <Form.Item
      name={field.key}
      label={field.label}
      required={field.required}
      rules={field.required ? [{ required: true, message: `${field.label}：必须填写` }] : []}
      extra={field.type === 'longtext' ? undefined : field.hint}
      valuePropName={field.type === 'bool' ? 'checked' : 'value'}
      {...(field.type === 'date' ? dateProps : {})}
    >
      <FieldControl field={field} ctx={ctx} />
    </Form.Item>
    </div>
  );
}
