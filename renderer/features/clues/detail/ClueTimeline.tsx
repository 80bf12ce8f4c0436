import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Empty, Form, Input, Modal, Timeline } from 'antd';
import { useState } from 'react';
import type { ClueEvent } from '../../../../shared/contract/clues';
import { toIsoDate } from '../../../../shared/dates';
import { api } from '../../../api/client';
import { dateProps } from '../../../components/record-form/RecordFormField';
import { errorMessage } from '../../../lib/errors';

/** Newest first: the clerk opens a clue to see where it stands. Same day: in the order they were written. */
function newestFirst(events: readonly ClueEvent[]): ClueEvent[] {
  return [...events].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
}

function eventColor(event: ClueEvent): string {
  if (event.toState === '已办结' || event.toState === '已归档') return 'green';
  if (event.action.includes('退回') || event.action.includes('督办')) return 'red';
  return event.toState ? 'blue' : 'gray';
}

function AddProgressModal({ clueId, onClose, onDone }: { clueId: number; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ date: string; note: string }>();
  const [saving, setSaving] = useState(false);
  const submit = async (values: { date: string; note: string }) => {
    setSaving(true);
    try {
      await api().clues.addProgress({ id: clueId, date: values.date, note: values.note.trim() });
      message.success('已添加办理记录');
      onDone();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title="添加办理记录" okText="添加" cancelText="取消" confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden maskClosable={false}>
      <Form form={form} layout="vertical" initialValues={{ date: toIsoDate(new Date()) }} onFinish={(v) => void submit(v)}>
        <Form.Item label="日期" name="date" rules={[{ required: true, message: '请选择日期' }]} {...dateProps}>
          <DatePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Form.Item label="办理情况" name="note" rules={[{ required: true, whitespace: true, message: '请填写办理情况' }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={2000} showCount placeholder="如：约谈项目负责人，承诺1月20日前支付" data-testid="progress-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 办理记录: every action and every note, with who wrote it; the state change shown as 已交办 → 核处中. */
export function ClueTimeline({ clueId, events, onChanged }: { clueId: number; events: readonly ClueEvent[]; onChanged: () => void }) {
  const [adding, setAdding] = useState(false);
  return (
    <Card
      size="small"
      title={`办理记录（${events.length}）`}
      className="clue-card"
      extra={
        <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="progress-add">
          添加办理记录
        </Button>
      }
    >
      {events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无办理记录" />
      ) : (
        <div className="clue-timeline" data-testid="clue-timeline">
          <Timeline
            items={newestFirst(events).map((event) => ({
              key: event.id,
              color: eventColor(event),
              content: (
                <div className="clue-event" data-testid="clue-event">
                  <div>
                    <span className="clue-event-date">{event.date}</span>
                    <strong>{event.action}</strong>
                    {event.fromState && event.toState && event.fromState !== event.toState && (
                      <span className="clue-event-states">
                        {event.fromState} → {event.toState}
                      </span>
                    )}
                    <span className="clue-event-operator">{event.operator}</span>
                  </div>
                  {event.note && <div className="clue-event-note">{event.note}</div>}
                </div>
              ),
            }))}
          />
        </div>
      )}
      {adding && (
        <AddProgressModal
          clueId={clueId}
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
