import type { GridApi, IHeaderComp, IHeaderParams, SuppressHeaderKeyboardEventParams } from 'ag-grid-community';

/**
 * 全选 in the checkbox column's header, for the rows the filters leave (AG Grid's selectAll: 'filtered').
 *
 * AG Grid's own header checkbox works its state out after every model update, a sort included, by collecting every
 * filtered row into a new array twice (some 30 ms a sort on 100,000 clues, inside the time the clerk waits for the new
 * order). A sort changes neither the selection nor which rows are shown, so this one follows only the events that do,
 * and with nothing selected — the usual case — it knows its state without looking at a row.
 */
type CheckState = 'none' | 'some' | 'all';

function selectedShownCount(api: GridApi): number {
  const selected = api.getSelectedNodes().length;
  if (selected === 0) return 0;
  let shown = 0;
  api.forEachNodeAfterFilter((node) => {
    if (node.isSelected()) shown++;
  });
  return shown;
}

function checkState(api: GridApi): CheckState {
  const selected = selectedShownCount(api);
  if (selected === 0) return 'none';
  return selected === api.getDisplayedRowCount() ? 'all' : 'some';
}

/** A click or Space on the header: everything shown selected unless it already is, then nothing. */
function toggleAll(api: GridApi): void {
  if (checkState(api) === 'all') api.deselectAll('filtered');
  else api.selectAll('filtered');
}

/** Space on the focused 全选 header toggles, as on AG Grid's own; every other key keeps the grid's handling. */
export function selectAllHeaderKeys(params: SuppressHeaderKeyboardEventParams): boolean {
  if (params.event.key !== ' ' || params.event.type !== 'keydown') return false;
  params.event.preventDefault();
  toggleAll(params.api);
  return true;
}

/** Events after which the state can differ: a sort is not among them. */
const STATE_EVENTS = ['selectionChanged', 'filterChanged', 'rowDataUpdated'] as const;

export class SelectAllHeader implements IHeaderComp {
  private api!: GridApi;
  private readonly gui = document.createElement('div');
  // AG Grid's own checkbox markup and classes, so the theme draws it like the row checkboxes below it
  private readonly wrapper = document.createElement('div');
  private readonly input = document.createElement('input');
  private readonly update = () => this.render();

  init(params: IHeaderParams): void {
    this.api = params.api;
    this.gui.className = 'ledger-select-all';
    this.wrapper.className = 'ag-wrapper ag-input-wrapper ag-checkbox-input-wrapper';
    this.input.type = 'checkbox';
    this.input.className = 'ag-input-field-input ag-checkbox-input';
    this.input.tabIndex = -1;
    this.input.setAttribute('aria-label', '全选');
    this.input.title = '全选（筛选后显示的记录）';
    this.input.addEventListener('click', (event) => {
      // the grid redraws the box from the selection; the browser's own toggle would run ahead of it
      event.preventDefault();
      toggleAll(this.api);
    });
    this.wrapper.append(this.input);
    this.gui.append(this.wrapper);
    for (const type of STATE_EVENTS) this.api.addEventListener(type, this.update);
    this.render();
  }

  private render(): void {
    if (this.api.isDestroyed()) return;
    const state = checkState(this.api);
    const empty = this.api.getDisplayedRowCount() === 0;
    this.wrapper.classList.toggle('ag-checked', state === 'all');
    this.wrapper.classList.toggle('ag-indeterminate', state === 'some');
    this.wrapper.classList.toggle('ag-disabled', empty);
    this.input.checked = state === 'all';
    this.input.indeterminate = state === 'some';
    this.input.disabled = empty;
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  refresh(): boolean {
    this.render();
    return true;
  }

  destroy(): void {
    if (this.api.isDestroyed()) return;
    for (const type of STATE_EVENTS) this.api.removeEventListener(type, this.update);
  }
}
