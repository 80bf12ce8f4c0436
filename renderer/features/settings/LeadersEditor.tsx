import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space } from 'antd';

/** 领导: name and title; the project form shows them as "name（title）" for 包保领导. */
export function LeadersEditor() {
  return (
    <Form.List
      name="leaders"
      rules={[
        {
          validator: async (_, leaders: { name?: string }[] | undefined) => {
            const names = (leaders ?? []).map((l) => (l?.name ?? '').trim()).filter(Boolean);
            if (new Set(names).size !== names.length) throw new Error('领导姓名有重复');
          },
        },
      ]}
    >
      {(fields, { add, remove, move }, { errors }) => (
        <div data-testid="settings-leaders">
          {fields.length === 0 && <div style={{ color: '#999', marginBottom: 8 }}>尚未添加领导</div>}
          {fields.map((field, index) => (
            <Space key={field.key} align="baseline" style={{ display: 'flex', marginBottom: 4 }}>
              <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true, message: '领导姓名不能为空' }]} style={{ marginBottom: 4 }}>
                <Input aria-label={`领导${index + 1}姓名`} placeholder="姓名" style={{ width: 110 }} maxLength={100} />
              </Form.Item>
              <Form.Item name={[field.name, 'title']} style={{ marginBottom: 4 }}>
                <Input aria-label={`领导${index + 1}职务`} placeholder="职务，如副县长" style={{ width: 180 }} maxLength={50} />
              </Form.Item>
              <Button size="small" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={`上移领导${index + 1}`} />
              <Button
                size="small"
                icon={<ArrowDownOutlined />}
                disabled={index === fields.length - 1}
                onClick={() => move(index, index + 1)}
                aria-label={`下移领导${index + 1}`}
              />
              <Button size="small" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={`删除领导${index + 1}`} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', title: '' })} data-testid="settings-leaders-add">
            添加领导
          </Button>
          <Form.ErrorList errors={errors} />
        </div>
      )}
    </Form.List>
  );
}
