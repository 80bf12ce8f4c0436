import { CheckCircleFilled, CloseCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, DatePicker, Form, Input, Modal, Table } from 'antd';
import { useState } from 'react';
import type { ClueAttendance } from '../../../../shared/contract/clues';
import { toIsoDate } from '../../../../shared/dates';
import { api } from '../../../api/client';
import { dateProps } from '../../../components/record-form/RecordFormField';
import { errorMessage } from '../../../lib/errors';

/** 四必到: the four parties who must attend every petition about the clue. */
const PARTIES = [
  { key: 'departmentPresent', label: '行业主管部门' },
  { key: 'companyHeadPresent', label: '企业负责人' },
  { key: 'worksTownshipPresent', label: '项目所在地乡镇' },
  { key: 'homeTownshipPresent', label: '户籍地乡镇' },
] as const;

type PartyKey = (typeof PARTIES)[number]['key'];
type AttendanceForm = { date: string; note?: string } & Record<PartyKey, boolean>;

function Present({ yes }: { yes: boolean }) {
  return yes ? (
    <span className="attend-yes">
      <CheckCircleFilled /> 到场
    </span>
  ) : (
    <span className="attend-no">
      <CloseCircleOutlined /> 未到
    </span>
  );
}

function AddAttendanceModal({ clueId, onClose, onDone }: { clueId: number; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<AttendanceForm>();
  const [saving, setSaving] = useState(false);
  const submit = async (values: AttendanceForm) => {
    setSaving(true);
    try {
      await api().clues.addAttendance({
        id: clueId,
        date: values.date,
        departmentPresent: values.departmentPresent === true,
        companyHeadPresent: values.companyHeadPresent === true,
        worksTownshipPresent: values.worksTownshipPresent === true,
        homeTownshipPresent: values.homeTownshipPresent === true,
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
      });
      message.success('已登记四必到');
      onDone();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };
  const initialValues: Partial<AttendanceForm> = { date: toIsoDate(new Date()), departmentPresent: false, companyHeadPresent: false, worksTownshipPresent: false, homeTownshipPresent: false };
  return (
    <Modal open title="登记四必到" okText="登记" cancelText="取消" confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden maskClosable={false} wrapProps={{ 'data-testid': 'attendance-modal' }}>
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => void submit(v)}>
        <Form.Item label="日期" name="date" rules={[{ required: true, message: '请选择日期' }]} {...dateProps}>
          <DatePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Form.Item label="到场情况（勾选已到场的单位）" style={{ marginBottom: 8 }}>
          <div className="attend-checks">
            {PARTIES.map((p) => (
              <Form.Item key={p.key} name={p.key} valuePropName="checked" noStyle>
                <Checkbox>{p.label}</Checkbox>
              </Form.Item>
            ))}
          </div>
        </Form.Item>
        <Form.Item label="备注" name="note">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} placeholder="如：户籍地乡镇未到，已电话通知" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The 四必到 log: one line per petition, whether each of the four parties was there. */
export function ClueAttendanceCard({ clueId, attendance, onChanged }: { clueId: number; attendance: readonly ClueAttendance[]; onChanged: () => void }) {
  const [adding, setAdding] = useState(false);
  return (
    <Card
      size="small"
      title={`四必到登记（${attendance.length}）`}
      className="clue-card"
      extra={
        <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="attendance-add">
          登记四必到
        </Button>
      }
    >
      <Table<ClueAttendance>
        size="small"
        rowKey="id"
        dataSource={[...attendance]}
        pagination={false}
        locale={{ emptyText: '暂无四必到登记' }}
        scroll={{ x: 'max-content' }}
        data-testid="attendance-table"
        columns={[
          { title: '日期', dataIndex: 'date', width: 100 },
          ...PARTIES.map((p) => ({ title: p.label, dataIndex: p.key, render: (value: boolean) => <Present yes={value} /> })),
          { title: '备注', dataIndex: 'note', render: (value: string | null) => value ?? '' },
          { title: '登记人', dataIndex: 'operator', width: 80 },
        ]}
      />
      {adding && (
        <AddAttendanceModal
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
