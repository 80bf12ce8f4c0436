import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space } from 'antd';

interface Props {
  /** form field name, e.g. "townships" */
  name: string;
  /** what one entry is called, e.g. "乡镇" */
  label: string;
}

/** An editable code list (乡镇, 行业主管部门): add, rename in place, delete, move up and down. */
export function NameListEditor({ name, label }: Props) {
  return (
    <Form.List
      name={name}
      rules={[
        {
          validator: async (_, names: string[] | undefined) => {
            const trimmed = (names ?? []).map((n) => (n ?? '').trim()).filter(Boolean);
            if (new Set(trimmed).size !== trimmed.length) throw new Error(`${label}有重复项`);
          },
        },
      ]}
    >
      {(fields, { add, remove, move }, { errors }) => (
        <div data-testid={`settings-${name}`}>
          {fields.length === 0 && <div style={{ color: '#999', marginBottom: 8 }}>尚未添加{label}</div>}
          {fields.map((field, index) => (
            <Space key={field.key} align="baseline" style={{ display: 'flex', marginBottom: 4 }}>
              <Form.Item name={field.name} rules={[{ required: true, whitespace: true, message: `${label}名称不能为空` }]} style={{ marginBottom: 4 }}>
                <Input aria-label={`${label}${index + 1}`} style={{ width: 220 }} maxLength={100} />
              </Form.Item>
              <Button size="small" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={`上移${label}${index + 1}`} />
              <Button
                size="small"
                icon={<ArrowDownOutlined />}
                disabled={index === fields.length - 1}
                onClick={() => move(index, index + 1)}
                aria-label={`下移${label}${index + 1}`}
              />
              <Button size="small" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={`删除${label}${index + 1}`} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} data-testid={`settings-${name}-add`}>
            添加{label}
          </Button>
          <Form.ErrorList errors={errors} />
        </div>
      )}
    </Form.List>
  );
}
