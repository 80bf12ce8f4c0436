import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Input, Row, Space, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../../api/client';
import { useLedgerData } from '../../app/LedgerDataContext';
import { AppFoldersCard } from '../about/AppFoldersCard';
import { errorMessage, isLedgerError } from '../../lib/errors';
import { useCtrlHotkeys } from '../../lib/useHotkeys';
import { BackupPanel } from '../backup/BackupPanel';
import { ClueDeadlineEditor } from './ClueDeadlineEditor';
import { DepositRulesEditor } from './DepositRulesEditor';
import { DocumentPrefixesEditor } from './DocumentPrefixesEditor';
import { LeadersEditor } from './LeadersEditor';
import { NameListEditor } from './NameListEditor';
import { SignInRulesEditor } from './SignInRulesEditor';
import { WorkCalendarEditor } from './WorkCalendarEditor';
import { formPathOf, formToSettings, settingsToForm, type SettingsFormValues } from './settingsForm';

/**
 * 设置: the county's names, code lists (字典), document prefixes, deposit rules, clue deadlines and the working-day
 * calendar. Saved as one patch.
 */
export function SettingsPage() {
  const { message } = App.useApp();
  const { settings, setSettings } = useLedgerData();
  // untyped: field paths come from the core's error list at run time
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const initialValues = useMemo(() => (settings ? settingsToForm(settings) : null), [settings]);

  useEffect(() => {
    if (initialValues) form.setFieldsValue(initialValues);
  }, [form, initialValues]);

  const save = async () => {
    try {
      await form.validateFields();
    } catch {
      message.error('请检查标红的设置项');
      return;
    }
    const converted = formToSettings(form.getFieldsValue(true) as SettingsFormValues);
    if (!converted.ok) {
      form.setFields([{ name: converted.field, errors: [converted.message] }]);
      message.error(converted.message);
      return;
    }
    setSaving(true);
    try {
      const saved = await api().settings.update(converted.settings);
      setSettings(saved);
      message.success('设置已保存');
    } catch (error) {
      if (isLedgerError(error) && error.fields) {
        form.setFields(error.fields.map((f) => ({ name: formPathOf(f.field), errors: [f.message] })));
      }
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  useCtrlHotkeys({ s: () => void save() });

  if (!initialValues) return <Spin description="正在读取设置…" />;

  return (
    <div className="settings-page" data-testid="page-settings">
      <div className="ledger-toolbar">
        <Typography.Text type="secondary">县名、字典、保证金规则、线索办理时限和工作日历因地而异，在这里设置；保存后立即生效。</Typography.Text>
        <Space>
          <Button icon={<UndoOutlined />} onClick={() => form.setFieldsValue(initialValues)}>
            放弃修改
          </Button>
          <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={() => void save()} data-testid="settings-save">
            保存（Ctrl+S）
          </Button>
        </Space>
      </div>
      <Form form={form} layout="vertical" initialValues={initialValues}>
        <Row gutter={16}>
          <Col xs={24} xl={12}>
            <Card size="small" title="基本信息" style={{ marginBottom: 16 }}>
              <Form.Item label="县（区）名称" name="countyName" rules={[{ required: true, whitespace: true, message: '县（区）名称不能为空' }]}>
                <Input maxLength={100} aria-label="县（区）名称" />
              </Form.Item>
              <Form.Item label="发文机关" name="issuingAuthority" rules={[{ required: true, whitespace: true, message: '发文机关不能为空' }]}>
                <Input maxLength={100} aria-label="发文机关" />
              </Form.Item>
            </Card>
            <Card size="small" title="乡镇（街道）" style={{ marginBottom: 16 }}>
              <NameListEditor name="townships" label="乡镇" />
            </Card>
            <Card size="small" title="行业主管部门" style={{ marginBottom: 16 }}>
              <NameListEditor name="departments" label="行业主管部门" />
            </Card>
            <Card size="small" title="核处结论" style={{ marginBottom: 16 }}>
              <NameListEditor name="conclusions" label="核处结论" />
            </Card>
            <Card size="small" title="线索办理时限（工作日，自交办次日起算）" style={{ marginBottom: 16 }}>
              <ClueDeadlineEditor />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card size="small" title="领导（包保领导、包案领导）" style={{ marginBottom: 16 }}>
              <LeadersEditor />
            </Card>
            <Card size="small" title="文书文号前缀" style={{ marginBottom: 16 }}>
              <DocumentPrefixesEditor />
            </Card>
            <Card size="small" title="工资保证金规则" style={{ marginBottom: 16 }}>
              <DepositRulesEditor />
            </Card>
            <AppFoldersCard />
          </Col>
          <Col span={24}>
            <Card size="small" title="工作日历（节假日和调休上班，用于计算办理期限）" style={{ marginBottom: 16 }}>
              <WorkCalendarEditor />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card size="small" title="登录与锁定" style={{ marginBottom: 16 }}>
              <SignInRulesEditor />
            </Card>
          </Col>
        </Row>
      </Form>
      <BackupPanel />
    </div>
  );
}
