import type { DescriptionsProps } from 'antd';
import type { LedgerRecord } from '../../../shared/contract/records';
import type { FieldDef } from '../../../shared/domain/field';
import { cellText, type CellLookups } from '../../components/ledger-grid/cellText';

type Items = NonNullable<DescriptionsProps['items']>;

/** A field's value as the clerk reads it; personal data arrives masked from the core and stays so. */
export function factText(field: FieldDef, record: LedgerRecord, lookups: CellLookups): string {
  const text = cellText(field, record[field.key], lookups);
  return text && field.type === 'money' ? `${text}元` : text;
}

/**
 * Read-only facts of a record for antd Descriptions, straight from the catalog: one item per field, long text across
 * the whole row, an empty value as a grey dash so a missing fact is visible rather than hidden.
 */
export function factItems(fields: readonly FieldDef[], record: LedgerRecord, lookups: CellLookups): Items {
  return fields.map((field) => {
    const text = factText(field, record, lookups);
    return {
      key: field.key,
      label: field.label,
      span: field.type === 'longtext' ? 'filled' : 1,
      children: text ? (
        <span className={field.type === 'longtext' ? 'fact-longtext' : undefined} data-testid={`fact-${field.key}`}>
          {text}
        </span>
      ) : (
        <span className="fact-none">—</span>
      ),
    };
  });
}
