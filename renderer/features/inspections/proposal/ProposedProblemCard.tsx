import { Alert, Card, Checkbox, Col, DatePicker, Input, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ProblemDraft } from './proposalDrafts';

interface Props {
  index: number;
  draft: ProblemDraft;
  errors: readonly string[] | undefined;
  onChange: (next: ProblemDraft) => void;
}

const hasError = (errors: readonly string[] | undefined, label: string) => (errors?.some((e) => e.startsWith(label)) ? 'error' : undefined);

/** One proposed problem, editable before it is confirmed; unticking 生成此问题 leaves it out. */
export function ProposedProblemCard({ index, draft, errors, onChange }: Props) {
  const set = (patch: Partial<ProblemDraft>) => onChange({ ...draft, ...patch });
  return (
    <Card
      size="small"
      className={draft.included ? 'proposal-card' : 'proposal-card proposal-card-left-out'}
      data-testid={`proposal-card-${index}`}
      title={
        <span>
          第{index + 1}个问题 · <Typography.Text strong>{draft.checkItem}</Typography.Text>
          <Typography.Text type="secondary" className="proposal-found">
            发现日期 {draft.foundDate}
          </Typography.Text>
        </span>
      }
      extra={
        <Checkbox checked={draft.included} onChange={(e) => set({ included: e.target.checked })} data-testid="proposal-include">
          生成此问题
        </Checkbox>
      }
    >
      {errors && errors.length > 0 && <Alert type="error" showIcon className="proposal-error" title={errors.join('；')} data-testid="proposal-error" />}
      <Row gutter={12}>
        <Col span={24}>
          <label className="proposal-label">问题描述</label>
          <Input.TextArea
            value={draft.description}
            disabled={!draft.included}
            status={hasError(errors, '问题描述')}
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={4000}
            onChange={(e) => set({ description: e.target.value })}
            data-testid="proposal-description"
          />
        </Col>
        <Col span={24}>
          <label className="proposal-label">整改要求</label>
          <Input.TextArea
            value={draft.requirement}
            disabled={!draft.included}
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={4000}
            onChange={(e) => set({ requirement: e.target.value })}
            data-testid="proposal-requirement"
          />
        </Col>
        <Col span={14}>
          <label className="proposal-label">整改责任单位</label>
          <Input
            value={draft.responsibleUnit}
            disabled={!draft.included}
            status={hasError(errors, '整改责任单位')}
            maxLength={200}
            placeholder="如：施工总承包单位名称"
            onChange={(e) => set({ responsibleUnit: e.target.value })}
            data-testid="proposal-unit"
          />
        </Col>
        <Col span={10}>
          <label className="proposal-label">整改期限</label>
          <DatePicker
            style={{ width: '100%' }}
            value={draft.deadline ? dayjs(draft.deadline) : null}
            disabled={!draft.included}
            status={hasError(errors, '整改期限')}
            placeholder="选择日期"
            onChange={(date) => set({ deadline: date ? date.format('YYYY-MM-DD') : '' })}
            data-testid="proposal-deadline"
          />
        </Col>
      </Row>
    </Card>
  );
}
