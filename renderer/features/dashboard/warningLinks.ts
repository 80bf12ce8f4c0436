import type { Warning } from '../../../shared/contract/warnings';
import { goTo } from '../../app/routes';

/**
 * Opens the record a warning names, on the page where it is worked: a clue on its own page (#/clues/<id>), a project
 * in its 一项目一档 (#/projects/<id>), a problem in the problem ledger with its drawer open (#/problems/<id>).
 */
export function openWarningRecord(warning: Warning): void {
  goTo(warning.entity, warning.entityId);
}
