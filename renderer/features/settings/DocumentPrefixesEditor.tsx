import { Form, Input } from 'antd';

/** 文号前缀 per document type, e.g. 督办通知书 → 秦欠薪办督 gives 秦欠薪办督〔2026〕3号. The types come from the core. */
export function DocumentPrefixesEditor() {
  return (
    <Form.List name="documentPrefixes">
      {(fields) => (
        <div data-testid="settings-prefixes">
          {fields.map((field) => (
            <Form.Item key={field.key} noStyle shouldUpdate>
              {({ getFieldValue }) => {
                const type = String(getFieldValue(['documentPrefixes', field.name, 'type']) ?? '');
                return (
                  <Form.Item label={type} name={[field.name, 'prefix']} extra={`示例：${String(getFieldValue(['documentPrefixes', field.name, 'prefix']) ?? '')}〔${new Date().getFullYear()}〕1号`}>
                    <Input aria-label={`${type}文号前缀`} maxLength={30} style={{ width: 260 }} />
                  </Form.Item>
                );
              }}
            </Form.Item>
          ))}
        </div>
      )}
    </Form.List>
  );
}
