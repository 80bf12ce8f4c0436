import { Form, Typography } from 'antd';
import { toIsoDate } from '../../../shared/dates';
import { computeRequiredDeposit } from '../../../shared/domain/deposit';
import type { LedgerRecord } from '../../../shared/contract/records';
import { formatFenAsYuan, parseYuanToFen } from '../../../shared/money';
import type { ControlContext } from './FieldControl';

/** The contractor is on the arrears blacklist today: flagged, and today within 列入日期..移出日期 (or no end). */
export function isBlacklistedToday(company: LedgerRecord | undefined, today: string): boolean {
  if (!company || company['blacklisted'] !== true) return false;
  const from = typeof company['blacklistFrom'] === 'string' ? company['blacklistFrom'] : null;
  const to = typeof company['blacklistTo'] === 'string' ? company['blacklistTo'] : null;
  return (!from || from <= today) && (!to || today <= to);
}

/**
 * 应存保证金, recomputed as the clerk types with the same rule the core uses, shown read-only with how it was reached.
 * The stored figure is the core's; this is the preview of what it will be after saving.
 */
export function DepositPreview({ ctx }: { ctx: ControlContext }) {
  const form = Form.useFormInstance();
  const price = Form.useWatch('contractPrice', form) as string | number | null | undefined;
  const depositRecord = Form.useWatch('depositRecord', form) as string | null | undefined;
  const contractorId = Form.useWatch('contractorId', form) as number | null | undefined;

  if (!ctx.settings) return null;
  const contractor = ctx.companies.find((c) => c.id === contractorId);
  const requirement = computeRequiredDeposit(
    {
      contractPriceFen: price === null || price === undefined || price === '' ? null : parseYuanToFen(String(price)),
      depositRecord,
      contractorBlacklisted: isBlacklistedToday(contractor, toIsoDate(new Date())),
    },
    ctx.settings.depositRules,
  );

  return (
    <Form.Item label="应存保证金（自动计算）" data-testid="deposit-required">
      <Typography.Text strong data-testid="deposit-required-amount">
        {requirement.requiredFen === null ? '—' : `${formatFenAsYuan(requirement.requiredFen)}元`}
      </Typography.Text>
      <div style={{ color: '#888', fontSize: 12 }} data-testid="deposit-required-basis">
        {requirement.basis}
      </div>
    </Form.Item>
  );
}
