import { Typography } from 'antd';
import type { LedgerRecord } from '../../../shared/contract/records';
import { formatFenAsYuan } from '../../../shared/money';

const fen = (value: unknown) => (typeof value === 'number' ? value : null);

/** 应存 against 已存 wage deposit, and what is still missing: the first thing asked about a project's deposit. */
export function DepositSummary({ project }: { project: LedgerRecord }) {
  const required = fen(project['depositRequired']);
  const stored = fen(project['depositAmount']) ?? 0;
  if (required === null) return <Typography.Text type="secondary">应存保证金：未计算（请填写合同价款）</Typography.Text>;
  const missing = required - stored;
  return (
    <div className="deposit-summary" data-testid="dossier-deposit">
      应存保证金 <strong>{formatFenAsYuan(required)}元</strong>，已存 <strong>{formatFenAsYuan(stored)}元</strong>，
      {required === 0 ? (
        <span className="deposit-ok">免存</span>
      ) : missing > 0 ? (
        <span className="deposit-short" data-testid="dossier-deposit-short">
          尚差{formatFenAsYuan(missing)}元
        </span>
      ) : (
        <span className="deposit-ok">已足额存储</span>
      )}
    </div>
  );
}
