import { CLUE_VIEWS, type ClueViewName } from '../../../shared/contract/clue-views';
import { hashParams } from '../../app/routes';

const VIEW_KEY = 'clue-ledger:view';

/** The view the clerk last looked at, so coming back from a clue's page lands on the same list. */
function rememberedView(): ClueViewName {
  try {
    const stored = sessionStorage.getItem(VIEW_KEY);
    return CLUE_VIEWS.find((v) => v.name === stored)?.name ?? 'todo';
  } catch {
    return 'todo';
  }
}

export function rememberClueView(view: ClueViewName): void {
  try {
    sessionStorage.setItem(VIEW_KEY, view);
  } catch {
    // only the remembered view is lost
  }
}

/** The saved view a link asks for (#/clues?view=overdue), or null. */
export function clueViewFromHash(): ClueViewName | null {
  const viewName = hashParams().get('view');
  return CLUE_VIEWS.find((v) => v.name === viewName)?.name ?? null;
}

/** The view 线索台账 opens with: the link's, else the last one seen. Also what the first script fetches early. */
export function initialClueView(): ClueViewName {
  return clueViewFromHash() ?? rememberedView();
}
