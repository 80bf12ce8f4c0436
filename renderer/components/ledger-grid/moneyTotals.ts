import type { LedgerRecord } from '../../../shared/contract/records';
import type { FieldDef } from '../../../shared/domain/field';

export interface MoneyTotal {
  field: FieldDef;
  fen: number;
}

/** Sums each money field over the given rows in integer fen (never floats); empty cells count as nothing. */
export function moneyTotals(records: readonly LedgerRecord[], fields: readonly FieldDef[]): MoneyTotal[] {
  return fields
    .filter((field) => field.type === 'money')
    .map((field) => {
      let fen = 0;
      for (const record of records) {
        const value = record[field.key];
        if (typeof value === 'number') fen += value;
      }
      return { field, fen };
    });
}
