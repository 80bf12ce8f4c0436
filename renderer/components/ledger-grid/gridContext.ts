import type { CodeListName } from '../../../shared/domain/field';
import type { CellLookups } from './cellText';

/**
 * What cells read at render time through AG Grid's `context`: kept out of the column definitions so that a new
 * company name or code list refreshes the cells without rebuilding the columns (which would reset the layout).
 */
export interface GridContext {
  lookups: CellLookups;
  codeList: (name: CodeListName | undefined) => string[];
}
