import { useCan } from '../../features/accounts/SessionContext';
import { Button, Card, Col, Drawer, Form, Row, Space, App } from 'antd';
import { useCallback, useMemo, useState, type ComponentType } from 'react';
import type { LedgerRecord } from '../../../shared/contract/records';
import type { EntityDef, FieldDef } from '../../../shared/domain/field';
import type { FieldValue } from '../../../shared/domain/values';
import { errorMessage, isLedgerError } from '../../lib/errors';
import type { ControlContext } from './FieldControl';
import { formSections, isWideField } from './formSections';
import { changedValues, formValuesToRecordValues, newRecordFormValues, recordToFormValues, type FormValues } from './formValues';
import { AssignedValue, ComputedValue } from './ComputedValue';
import { RecordFormField } from './RecordFormField';
import { RecordMetaFooter } from './RecordMetaFooter';
import { recordTitle } from './recordTitle';
import { useSaveShortcut } from './useSaveShortcut';

export type SaveRequest =
  | { mode: 'create'; values: Record<string, FieldValue> }
  | { mode: 'update'; id: number; version: number; values: Record<string, FieldValue> };

export interface RecordFormDrawerProps {
  entity: EntityDef;
  /** the record to edit, or null for a new one */
  record: LedgerRecord | null;
  ctx: Omit<ControlContext, 'record'>;
  onClose: () => void;
  save: (request: SaveRequest) => Promise<LedgerRecord>;
  onSaved: (record: LedgerRecord) => void;
  /** live read-only displays for computed fields (e.g. 应存保证金 with its basis) */
  computedRenderers?: Record<string, ComponentType<{ ctx: ControlContext }>>;
}

/** A new record has no workflow values yet, and a computed value only shows there when it has a live preview. */
function isShownOnNew(field: FieldDef, computedRenderers: RecordFormDrawerProps['computedRenderers']): boolean {
  if (field.assigned) return false;
  return !field.computed || computedRenderers?.[field.key] !== undefined;
}

/**
 * The form for one record, built from the catalog: sections by group, a control per field type, the catalog's
 * required marks. Fields that workflow actions set (`assigned`) are left out of a new record and shown read-only on
 * an existing one. Creating sends every value; updating sends only what changed, with the version it was based on.
 * Mounted only while open (the page renders it conditionally), so each opening starts from the record as it is.
 */
export function RecordFormDrawer({ entity, record, ctx, onClose, save, onSaved, computedRenderers }: RecordFormDrawerProps) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const can = useCan();
  const [saving, setSaving] = useState(false);
  const initialValues = useMemo(() => (record ? recordToFormValues(entity, record) : newRecordFormValues(entity)), [entity, record]);
  const controlCtx: ControlContext = { ...ctx, record };

  const submit = useCallback(
    async (values: FormValues) => {
      const request: SaveRequest = record
        ? { mode: 'update', id: record.id, version: record.version, values: changedValues(entity, initialValues, values) }
        : { mode: 'create', values: formValuesToRecordValues(entity, values) };
      if (request.mode === 'update' && Object.keys(request.values).length === 0) {
        message.info('没有修改');
        onClose();
        return;
      }
      setSaving(true);
      try {
        const saved = await save(request);
        message.success(`已保存${entity.label}“${recordTitle(entity, saved)}”`);
        onSaved(saved);
      } catch (error) {
        if (isLedgerError(error) && error.fields) {
          form.setFields(error.fields.map((f) => ({ name: f.field, errors: [f.message] })));
          form.scrollToField(error.fields[0]?.field ?? '', { block: 'center' });
        }
        message.error(errorMessage(error));
      } finally {
        setSaving(false);
      }
    },
    [entity, record, initialValues, save, onSaved, onClose, form, message],
  );

  const requestSave = useCallback(() => form.submit(), [form]);
  useSaveShortcut(true, requestSave);

  /** Closing with unsaved changes asks first: Esc is easy to press by mistake. */
  const requestClose = useCallback(() => {
    const current = form.getFieldsValue(true) as FormValues;
    const dirty = record ? Object.keys(changedValues(entity, initialValues, current)).length > 0 : form.isFieldsTouched();
    if (!dirty) {
      onClose();
      return;
    }
    modal.confirm({ title: '放弃未保存的修改？', content: '关闭后，本次填写的内容不会保存。', okText: '放弃修改', cancelText: '继续填写', onOk: onClose });
  }, [form, record, entity, initialValues, onClose, modal]);

  const renderField = (field: FieldDef) => {
    if (field.assigned) return record ? <AssignedValue field={field} record={record} /> : null;
    if (field.computed) {
      const Renderer = computedRenderers?.[field.key];
      return Renderer ? <Renderer ctx={controlCtx} /> : <ComputedValue field={field} record={record} />;
    }
    return <RecordFormField field={field} ctx={controlCtx} />;
  };

  return (
    <Drawer
      open
      size={720}
      title={record ? `编辑${entity.label}：${recordTitle(entity, record)}` : `新建${entity.label}`}
      onClose={requestClose}
      keyboard
      destroyOnHidden
      data-testid="record-form"
      extra={
        <Space>
          <Button onClick={requestClose}>取消</Button>
          {can('write') && (
            <Button type="primary" loading={saving} onClick={requestSave} data-testid="record-form-save">
              保存（Ctrl+S）
            </Button>
          )}
        </Space>
      }
      footer={record ? <RecordMetaFooter record={record} entityName={entity.name} /> : null}
    >
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => void submit(v)} scrollToFirstError requiredMark>
        {formSections(entity, (field) => record !== null || isShownOnNew(field, computedRenderers)).map((section) => (
          <Card key={section.title} size="small" title={section.title} style={{ marginBottom: 12 }}>
            <Row gutter={16}>
              {section.fields.map((field) => (
                <Col key={field.key} span={isWideField(field) ? 24 : 12}>
                  {renderField(field)}
                </Col>
              ))}
            </Row>
          </Card>
        ))}
      </Form>
    </Drawer>
  );
}
