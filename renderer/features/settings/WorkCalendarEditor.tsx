import { DeleteOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Space, Tag } from 'antd';
import { bundledYear, textToDates } from './calendarText';
import { calendarToForm, type CalendarFormValues } from './settingsForm';

/** Whether the year's text still says what the bundled notice says. */
function status(entry: CalendarFormValues | undefined): 'bundled' | 'changed' | 'own' {
  const bundled = typeof entry?.year === 'number' ? bundledYear(entry.year) : undefined;
  if (!bundled || !entry) return 'own';
  const holidays = textToDates(entry.holidays ?? '');
  const makeUp = textToDates(entry.makeUpWorkdays ?? '');
  const same = (a: readonly string[], b: readonly string[]) => JSON.stringify(a) === JSON.stringify([...b].sort());
  return holidays.ok && makeUp.ok && same(holidays.dates, bundled.holidays) && same(makeUp.dates, bundled.makeUpWorkdays) ? 'bundled' : 'changed';
}

const STATUS_TAG = {
  bundled: <Tag color="default">内置（国务院办公厅节假日安排通知）</Tag>,
  changed: <Tag color="orange">已按本地修改</Tag>,
  own: <Tag color="blue">手工录入</Tag>,
};

/**
 * 工作日历: per year, the days off that fall on weekdays and the weekend days worked instead (调休上班). The bundled
 * years are shown as they are and can be corrected; next year is added when the State Council's notice comes out.
 */
export function WorkCalendarEditor() {
  const form = Form.useFormInstance();
  return (
    <Form.List name="workCalendars">
      {(fields, { add, remove }) => (
        <div data-testid="settings-work-calendars">
          {fields.map((field) => (
            <Form.Item key={field.key} noStyle shouldUpdate>
              {({ getFieldValue }) => {
                const entry = getFieldValue(['workCalendars', field.name]) as CalendarFormValues | undefined;
                const state = status(entry);
                const bundled = typeof entry?.year === 'number' ? bundledYear(entry.year) : undefined;
                return (
                  <div className="settings-calendar-year" data-testid={`settings-calendar-${entry?.year ?? 'new'}`}>
                    <Space align="center" style={{ marginBottom: 6 }} wrap>
                      <Form.Item name={[field.name, 'year']} noStyle rules={[{ required: true, message: '请填写年份' }]}>
                        <InputNumber aria-label="年份" precision={0} min={2000} max={2100} suffix="年" style={{ width: 110 }} disabled={bundled !== undefined} />
                      </Form.Item>
                      {STATUS_TAG[state]}
                      {state === 'changed' && bundled && (
                        <Button size="small" icon={<UndoOutlined />} onClick={() => form.setFieldValue(['workCalendars', field.name], calendarToForm(bundled))}>
                          恢复内置
                        </Button>
                      )}
                      {!bundled && (
                        <Button size="small" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={`删除${entry?.year ?? ''}年日历`}>
                          删除
                        </Button>
                      )}
                    </Space>
                    <div className="settings-calendar-lists">
                      <Form.Item label="放假日期（含节假日中的周末）" name={[field.name, 'holidays']} extra="每行一天，或“开始 至 结束”一段">
                        <Input.TextArea aria-label={`${entry?.year ?? ''}年放假日期`} autoSize={{ minRows: 3, maxRows: 8 }} />
                      </Form.Item>
                      <Form.Item label="调休上班日期（周末上班）" name={[field.name, 'makeUpWorkdays']}>
                        <Input.TextArea aria-label={`${entry?.year ?? ''}年调休上班日期`} autoSize={{ minRows: 3, maxRows: 8 }} />
                      </Form.Item>
                    </div>
                  </div>
                );
              }}
            </Form.Item>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => {
              const years = fields.map((f) => getYear(form.getFieldValue(['workCalendars', f.name, 'year']))).filter((y): y is number => y !== null);
              add({ year: years.length > 0 ? Math.max(...years) + 1 : new Date().getFullYear(), holidays: '', makeUpWorkdays: '' });
            }}
            data-testid="settings-calendar-add"
          >
            添加年份
          </Button>
        </div>
      )}
    </Form.List>
  );
}

function getYear(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}
