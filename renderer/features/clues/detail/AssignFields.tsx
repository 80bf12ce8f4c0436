import { DatePicker, Form, Typography } from 'antd';
import type { ClueRecord } from '../../../../shared/contract/clues';
import { WorkdayCalendar } from '../../../../shared/calendar/workdays';
import type { LedgerSettings } from '../../../../shared/domain/settings';
import { CodeSelect } from '../../../components/record-form/CodeSelect';
import { dateProps } from '../../../components/record-form/RecordFormField';

/**
 * 交办 / 重新交办: a township, a department, or both at once (双交办), and the deadline. The default deadline is
 * previewed from the source's limit in working days, counted from the day after assignment as the core counts it;
 * a date typed in 办理期限 overrides it.
 */
export function AssignFields({ clue, settings }: { clue: ClueRecord; settings: LedgerSettings | null }) {
  const form = Form.useFormInstance();
  const date = Form.useWatch('date', form) as string | null | undefined;
  const township = Form.useWatch('township', form) as string | null | undefined;
  const department = Form.useWatch('department', form) as string | null | undefined;
  const source = String(clue['source'] ?? '');
  const days = settings?.clueDeadlineDays[source];
  const preview = date && days ? new WorkdayCalendar(settings?.workCalendars ?? []).addWorkdays(date, days) : null;
  const both = Boolean(township) && Boolean(department);

  return (
    <>
      <div data-testid="act-township">
        <Form.Item label="交办乡镇" name="township">
          <CodeSelect codeList="townships" settings={settings} />
        </Form.Item>
      </div>
      <div data-testid="act-department">
        <Form.Item
          label="交办部门"
          name="department"
          dependencies={['township']}
          rules={[
            {
              validator: async (_, value: unknown) => {
                if (!value && !form.getFieldValue('township')) throw new Error('请至少选择交办乡镇或交办部门（两者都选即为双交办）');
              },
            },
          ]}
          extra={both ? <span data-testid="act-double-assign">同时交办乡镇和部门（双交办）</span> : '乡镇和部门都选即为双交办'}
        >
          <CodeSelect codeList="departments" settings={settings} />
        </Form.Item>
      </div>
      <div data-testid="act-deadline">
        <Form.Item
          label="办理期限"
          name="deadline"
          {...dateProps}
          extra={
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="act-deadline-default">
              {preview
                ? `不填则为${preview}（“${source}”办理时限${days}个工作日，自交办次日起算）`
                : '不填则按线索来源的办理时限（工作日）计算'}
            </Typography.Text>
          }
        >
          <DatePicker style={{ width: '100%' }} placeholder="默认按办理时限计算" />
        </Form.Item>
      </div>
    </>
  );
}
