import type { IDoesFilterPassParams, IFilterComp, IFilterParams, IFloatingFilterComp, IFloatingFilterParams } from 'ag-grid-community';
import type { LedgerRecord } from '../../../shared/contract/records';
import type { GridContext } from './gridContext';

/**
 * 勾选筛选, as in Excel's AutoFilter, for columns that hold one of a few values (an option list, a code list from
 * 设置, 是/否): the popup lists every value in the ledger with how many records have it, and the clerk ticks the ones
 * to keep. AG Grid Community has no such filter (its set filter is Enterprise); the values compared are the texts the
 * cells show (the column's filterValueGetter), so a list filter and the grid never disagree.
 */
export interface ChoiceFilterModel {
  filterType: 'choice';
  /** the shown texts to keep; '' keeps the blank cells */
  values: string[];
}

export interface ChoiceFilterParams {
  /** the order to list values in (the option or code list); values not in it follow, in Chinese order */
  order?: (context: GridContext) => readonly string[];
}

const BLANK_LABEL = '（空白）';

export function choiceFilterModel(values: readonly string[]): ChoiceFilterModel {
  return { filterType: 'choice', values: [...values] };
}

/** The summary the floating filter shows: what is kept, or nothing when the column is not filtered. */
export function choiceSummary(model: ChoiceFilterModel | null | undefined): string {
  if (!model) return '';
  if (model.values.length === 0) return '（不显示任何记录）';
  return model.values.map((value) => value || BLANK_LABEL).join('、');
}

const collator = new Intl.Collator('zh-CN');

/** Values in the listed order first, then the rest in Chinese order, blank last. */
export function orderChoices(values: Iterable<string>, order: readonly string[]): string[] {
  const rank = new Map(order.map((value, index) => [value, index]));
  return [...values].sort((a, b) => {
    if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
    const ra = rank.get(a);
    const rb = rank.get(b);
    if (ra !== undefined || rb !== undefined) return (ra ?? Infinity) - (rb ?? Infinity);
    return collator.compare(a, b);
  });
}

type Params = IFilterParams<LedgerRecord, GridContext> & ChoiceFilterParams;

export class ChoiceFilter implements IFilterComp<LedgerRecord> {
  private params!: Params;
  /** the values kept; null while the column is not filtered */
  private kept: Set<string> | null = null;
  /** every value in the ledger when the popup last opened, in listing order, with its count */
  private choices: { value: string; count: number }[] = [];
  private readonly gui = document.createElement('div');
  private readonly search = document.createElement('input');
  private readonly allBox = document.createElement('input');
  private readonly list = document.createElement('div');

  init(params: Params): void {
    this.params = params;
    this.gui.className = 'ledger-choice-filter';
    this.search.type = 'text';
    this.search.className = 'ag-input-field-input ag-text-field-input ledger-choice-search';
    this.search.placeholder = '查找…';
    this.search.setAttribute('aria-label', `查找${params.colDef.headerName ?? ''}的值`);
    this.search.addEventListener('input', () => this.renderList());
    this.allBox.type = 'checkbox';
    this.allBox.addEventListener('change', () => this.toggleShown(this.allBox.checked));
    const allLabel = document.createElement('label');
    allLabel.className = 'ledger-choice-item ledger-choice-all';
    allLabel.append(this.allBox, document.createTextNode('（全选）'));
    this.list.className = 'ledger-choice-list';
    this.gui.append(this.search, allLabel, this.list);
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  isFilterActive(): boolean {
    return this.kept !== null;
  }

  doesFilterPass(params: IDoesFilterPassParams<LedgerRecord>): boolean {
    return this.kept === null || this.kept.has(this.textOf(params.node));
  }

  getModel(): ChoiceFilterModel | null {
    return this.kept === null ? null : choiceFilterModel([...this.kept]);
  }

  setModel(model: ChoiceFilterModel | null): void {
    this.kept = model ? new Set(model.values) : null;
    if (this.gui.isConnected) this.renderList();
  }

  /** Each time the popup opens: the values as the ledger holds them now, and the cursor in the search box. */
  afterGuiAttached(): void {
    const counts = new Map<string, number>();
    this.params.api.forEachNode((node) => {
      const text = this.textOf(node);
      counts.set(text, (counts.get(text) ?? 0) + 1);
    });
    for (const value of this.kept ?? []) if (!counts.has(value)) counts.set(value, 0);
    const order = this.params.order?.(this.params.context) ?? [];
    this.choices = orderChoices(counts.keys(), order).map((value) => ({ value, count: counts.get(value) ?? 0 }));
    this.search.value = '';
    this.renderList();
    this.search.focus();
  }

  private textOf(node: Parameters<Params['getValue']>[0]): string {
    const value = this.params.getValue(node);
    return value == null ? '' : String(value);
  }

  private shownChoices(): { value: string; count: number }[] {
    const query = this.search.value.trim().toLowerCase();
    if (!query) return this.choices;
    return this.choices.filter((choice) => (choice.value || BLANK_LABEL).toLowerCase().includes(query));
  }

  private isKept(value: string): boolean {
    return this.kept === null || this.kept.has(value);
  }

  private renderList(): void {
    const shown = this.shownChoices();
    const items: HTMLElement[] = shown.map(({ value, count }) => {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = this.isKept(value);
      box.addEventListener('change', () => this.setKept([value], box.checked));
      const label = document.createElement('label');
      label.className = 'ledger-choice-item';
      const text = document.createElement('span');
      text.className = 'ledger-choice-text';
      text.textContent = value || BLANK_LABEL;
      const number = document.createElement('span');
      number.className = 'ledger-choice-count';
      number.textContent = String(count);
      label.append(box, text, number);
      return label;
    });
    if (items.length === 0) {
      const none = document.createElement('div');
      none.className = 'ledger-choice-none';
      none.textContent = '没有匹配的值';
      items.push(none);
    }
    this.list.replaceChildren(...items);
    const keptShown = shown.filter((choice) => this.isKept(choice.value)).length;
    this.allBox.checked = shown.length > 0 && keptShown === shown.length;
    this.allBox.indeterminate = keptShown > 0 && keptShown < shown.length;
  }

  /** 全选 ticks or clears the values the search leaves (all of them when nothing is typed). */
  private toggleShown(keep: boolean): void {
    this.setKept(
      this.shownChoices().map((choice) => choice.value),
      keep,
    );
  }

  private setKept(values: readonly string[], keep: boolean): void {
    const kept = new Set(this.kept ?? this.choices.map((choice) => choice.value));
    for (const value of values) {
      if (keep) kept.add(value);
      else kept.delete(value);
    }
    // every value ticked is the same as no filter: the column's filter icon goes out, as in Excel
    this.kept = this.choices.every((choice) => kept.has(choice.value)) ? null : kept;
    this.renderList();
    this.params.filterChangedCallback();
  }
}

/** The filter row's cell for a 勾选筛选 column: what is kept, read-only; a click opens the list. */
export class ChoiceFloatingFilter implements IFloatingFilterComp<ChoiceFilter> {
  private readonly gui = document.createElement('div');
  private readonly input = document.createElement('input');

  init(params: IFloatingFilterParams<ChoiceFilter>): void {
    this.gui.className = 'ag-floating-filter-input ledger-choice-summary-wrap';
    this.gui.append(this.input);
    this.input.type = 'text';
    this.input.readOnly = true;
    this.input.className = 'ag-input-field-input ag-text-field-input ledger-choice-summary';
    this.input.placeholder = '全部';
    this.input.setAttribute('aria-label', `${params.column.getColDef().headerName ?? ''}筛选`);
    this.input.addEventListener('click', () => params.showParentFilter());
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  onParentModelChanged(model: ChoiceFilterModel | null): void {
    const summary = choiceSummary(model);
    this.input.value = summary;
    this.input.title = summary;
  }
}
