import { Form, InputNumber } from 'antd';
import { CLUE_SOURCES } from '../../../shared/domain/clue';

/**
 * 线索办理时限: working days per source, counted from the day after assignment; and how many working days before
 * the deadline a clue shows as 即将超期.
 */
export function ClueDeadlineEditor() {
  return (
    <div data-testid="settings-clue-deadlines">
      <div className="settings-deadline-grid">
        {CLUE_SOURCES.map((source) => (
          <Form.Item key={source} label={source} name={['clueDeadlineDays', source]} rules={[{ required: true, message: '请填写工作日数' }]} style={{ marginBottom: 8 }}>
            <InputNumber aria-label={`${source}办理时限`} precision={0} min={1} max={365} suffix="个工作日" style={{ width: 150 }} />
          </Form.Item>
        ))}
      </div>
      <Form.Item label="临期提醒：距办理期限不超过" name="dueSoonWorkdays" rules={[{ required: true, message: '请填写工作日数' }]} extra="在这个范围内的线索列入“即将超期”" style={{ marginTop: 8, marginBottom: 0 }}>
        <InputNumber aria-label="临期提醒工作日" precision={0} min={0} max={30} suffix="个工作日" style={{ width: 150 }} />
      </Form.Item>
    </div>
  );
}
