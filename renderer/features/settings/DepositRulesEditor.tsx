import { Form, InputNumber, Switch } from 'antd';

const percentInput = (label: string) => <InputNumber aria-label={label} precision={0} min={0} max={1000} suffix="%" style={{ width: 160 }} />;

/**
 * 工资保证金规则: amounts in 元 and the rate in % (two decimals, string mode so no float is involved); the
 * adjustments are whole percents applied to the base amount.
 */
export function DepositRulesEditor() {
  return (
    <div data-testid="settings-deposit">
      <Form.Item label="免缴标准（合同价款低于此数且无拖欠的免存）" name={['depositRules', 'exemptThresholdYuan']} rules={[{ required: true, message: '免缴标准不能为空' }]}>
        <InputNumber aria-label="免缴标准" stringMode precision={2} min="0" suffix="元" style={{ width: 220 }} />
      </Form.Item>
      <Form.Item label="存储比例（合同价款的百分比）" name={['depositRules', 'ratePercent']} rules={[{ required: true, message: '存储比例不能为空' }]}>
        <InputNumber aria-label="存储比例" stringMode precision={2} min="0" max="100" suffix="%" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item label="存储上限（0 表示不设上限）" name={['depositRules', 'capYuan']} rules={[{ required: true, message: '存储上限不能为空' }]}>
        <InputNumber aria-label="存储上限" stringMode precision={2} min="0" suffix="元" style={{ width: 220 }} />
      </Form.Item>
      <Form.Item label="总包单位连续两年无拖欠：按基数的" name={['depositRules', 'cleanRecordPercent']} rules={[{ required: true, message: '请填写比例' }]}>
        {percentInput('无拖欠下浮比例')}
      </Form.Item>
      <Form.Item label="总包单位近两年有拖欠：按基数的" name={['depositRules', 'arrearsPercent']} rules={[{ required: true, message: '请填写比例' }]}>
        {percentInput('有拖欠上浮比例')}
      </Form.Item>
      <Form.Item label="总包单位列入失信联合惩戒名单：按基数的" name={['depositRules', 'blacklistPercent']} rules={[{ required: true, message: '请填写比例' }]}>
        {percentInput('失信名单上浮比例')}
      </Form.Item>
      <Form.Item label="有拖欠或失信时不受存储上限限制" name={['depositRules', 'arrearsLiftsCap']} valuePropName="checked">
        <Switch checkedChildren="是" unCheckedChildren="否" />
      </Form.Item>
    </div>
  );
}
