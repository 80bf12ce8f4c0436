import { FilePdfOutlined, PrinterOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, DatePicker, Form, Input, Modal, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentContent, DocumentType, IssuedDocument } from '../../../shared/contract/documents';
import { DOCUMENT_TYPES } from '../../../shared/contract/documents';
import { renderDocument } from '../../../shared/print';
import { api } from '../../api/client';
import { dateProps } from '../../components/record-form/RecordFormField';
import { errorMessage } from '../../lib/errors';
import { DocumentPreview } from './DocumentPreview';
import { documentFileName, printHtml, saveHtmlAsPdf } from './documentOutput';

export interface IssueTarget {
  type: DocumentType;
  /** the inspection, clue or plan */
  recordId: number;
  /** a 交办单's receiving unit (one slip per unit after 双交办) */
  receivingUnit?: string;
  /** a 整改通知书's candidate problems: the open problems of the inspection, all ticked to start with */
  problems?: { id: number; label: string }[];
}

interface Choices {
  date: string | null;
  addressee: string;
  deadline: string | null;
  requirement: string;
  problemIds: number[];
}

/** The wording a document carries by default, so the clerk sees and edits the real text. */
function choicesOf(content: DocumentContent, problemIds: number[]): Choices {
  const deadline = content.type === 'rectification' || content.type === 'supervision' || content.type === 'assignment' ? content.deadline : null;
  const requirement = content.type === 'rectification' ? content.reportBack : content.type === 'supervision' || content.type === 'assignment' ? content.requirement : '';
  return { date: content.heading.date, addressee: content.heading.addressee, deadline, requirement, problemIds };
}

/** Only what the clerk changed goes to the core; the rest keeps the record's defaults (e.g. the 送达回证's unit). */
function issueInput(target: IssueTarget, defaults: Choices | null, choices: Choices) {
  const changed = <K extends keyof Choices>(key: K) => defaults !== null && JSON.stringify(choices[key]) !== JSON.stringify(defaults[key]);
  return {
    type: target.type,
    recordId: target.recordId,
    ...(target.receivingUnit ? { receivingUnit: target.receivingUnit } : {}),
    ...(changed('date') && choices.date ? { date: choices.date } : {}),
    ...(changed('addressee') && choices.addressee.trim() ? { addressee: choices.addressee.trim() } : {}),
    ...(changed('deadline') && choices.deadline ? { deadline: choices.deadline } : {}),
    ...(changed('requirement') && choices.requirement.trim() ? { requirement: choices.requirement.trim() } : {}),
    ...(target.type === 'rectification' && changed('problemIds') ? { problemIds: choices.problemIds } : {}),
  };
}

const PREVIEW_DELAY_MS = 300;

/**
 * 签发文书: the date, addressee, deadline and requirement (defaults from the record), a live preview of the very
 * HTML that prints — without a number until issued — then 签发 (the core allocates the number and freezes the
 * content), 打印 and 另存为PDF of the issued document.
 */
export function IssueDocumentDialog({ target, onClose, onIssued }: { target: IssueTarget; onClose: () => void; onIssued?: (document: IssuedDocument) => void }) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Choices>();
  const label = DOCUMENT_TYPES.find((d) => d.type === target.type)?.label ?? '文书';
  const [defaults, setDefaults] = useState<Choices | null>(null);
  const [content, setContent] = useState<DocumentContent | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [issued, setIssued] = useState<IssuedDocument | null>(null);
  const [busy, setBusy] = useState<'issue' | 'print' | 'pdf' | null>(null);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const preview = useCallback(
    async (choices: Choices | null) => {
      const ticket = ++latest.current;
      try {
        const input = choices ? issueInput(target, defaults, choices) : issueInput(target, null, {} as Choices);
        const next = await api().documents.preview(input);
        if (ticket !== latest.current) return;
        setContent(next);
        setError(null);
        if (!choices) {
          const initial = choicesOf(next, target.problems?.map((p) => p.id) ?? []);
          setDefaults(initial);
          form.setFieldsValue(initial);
        }
      } catch (failure) {
        if (ticket === latest.current) setError(errorMessage(failure));
      }
    },
    [defaults, form, target],
  );

  useEffect(() => {
    void preview(null);
    return () => clearTimeout(timer.current);
    // the defaults are read once, when the dialog opens
  }, []);

  const onValuesChange = (_: unknown, all: Choices) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void preview(all), PREVIEW_DELAY_MS);
  };

  const shown = issued?.content ?? content;
  const html = useMemo(() => (shown ? renderDocument(shown) : ''), [shown]);

  const issue = () => {
    const choices = form.getFieldsValue(true) as Choices;
    if (target.type === 'rectification' && choices.problemIds.length === 0) {
      message.error('请至少选择一个整改问题');
      return;
    }
    modal.confirm({
      title: `签发${label}？`,
      content: '签发后分配文号，文书内容不能再修改；如有错误只能作废后重新签发。',
      okText: '签发',
      cancelText: '取消',
      onOk: async () => {
        clearTimeout(timer.current);
        setBusy('issue');
        try {
          const document = await api().documents.issue(issueInput(target, defaults, choices));
          setIssued(document);
          message.success(`已签发：${document.number}`);
          onIssued?.(document);
        } catch (failure) {
          message.error(errorMessage(failure));
        } finally {
          setBusy(null);
        }
      },
    });
  };

  const print = async () => {
    setBusy('print');
    try {
      if (await printHtml(html)) message.success('已发送到打印机');
    } catch (failure) {
      message.error(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  };

  const savePdf = async () => {
    if (!shown) return;
    setBusy('pdf');
    try {
      const path = await saveHtmlAsPdf(html, documentFileName(shown));
      if (path) message.success(`已保存PDF：${path}`);
    } catch (failure) {
      message.error(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  };

  const hasDeadline = target.type === 'rectification' || target.type === 'supervision' || target.type === 'assignment';
  const footer = (
    <Space>
      <Button onClick={onClose}>关闭</Button>
      <Button icon={<PrinterOutlined />} disabled={!issued} loading={busy === 'print'} onClick={() => void print()} data-testid="document-print">
        打印
      </Button>
      <Button icon={<FilePdfOutlined />} disabled={!issued} loading={busy === 'pdf'} onClick={() => void savePdf()} data-testid="document-save-pdf">
        另存为PDF
      </Button>
      <Button type="primary" icon={<SafetyCertificateOutlined />} disabled={!content || issued !== null || error !== null} loading={busy === 'issue'} onClick={issue} data-testid="document-issue">
        签发
      </Button>
    </Space>
  );

  return (
    <Modal open title={issued ? `${label}\u3000${issued.number}` : `签发${label}`} width={1240} onCancel={onClose} footer={footer} maskClosable={false} destroyOnHidden>
      <div className="issue-dialog" data-testid="issue-dialog">
        <div className="issue-dialog-form">
          {issued ? (
            <Alert type="success" showIcon title={`已签发，文号 ${issued.number}`} description="内容已冻结。可以打印或另存为PDF；在“文书登记簿”中登记送达或作废。" data-testid="issued-number" />
          ) : (
            <Typography.Paragraph type="secondary">预览为未编号的样稿；签发时分配文号。</Typography.Paragraph>
          )}
          {error && <Alert type="error" showIcon title="无法生成文书" description={error} style={{ margin: '8px 0' }} data-testid="issue-error" />}
          <Form form={form} layout="vertical" disabled={issued !== null} onValuesChange={onValuesChange}>
            <Form.Item name="date" label="成文日期" {...dateProps}>
              <DatePicker style={{ width: '100%' }} allowClear={false} />
            </Form.Item>
            <Form.Item name="addressee" label="主送单位">
              <Input maxLength={100} data-testid="issue-addressee" />
            </Form.Item>
            {hasDeadline && (
              <Form.Item name="deadline" label={target.type === 'rectification' ? '整改期限' : '办理期限'} {...dateProps}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            )}
            {hasDeadline && (
              <Form.Item name="requirement" label={target.type === 'rectification' ? '整改结果报送要求' : '工作要求'}>
                <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={2000} />
              </Form.Item>
            )}
            {target.type === 'rectification' && target.problems && (
              <Form.Item name="problemIds" label="列入通知书的问题">
                <Checkbox.Group options={target.problems.map((p) => ({ value: p.id, label: p.label }))} style={{ display: 'flex', flexDirection: 'column', gap: 4 }} />
              </Form.Item>
            )}
          </Form>
        </div>
        <div className="issue-dialog-preview">{shown ? <DocumentPreview html={html} height={680} /> : !error && <Spin description="正在生成预览…" />}</div>
      </div>
    </Modal>
  );
}
