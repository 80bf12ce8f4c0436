import type { ICellRendererComp, ICellRendererParams } from 'ag-grid-community';
import type { LedgerRecord } from '../../../../shared/contract/records';
import type { GridContext } from '../../../components/ledger-grid/gridContext';

/**
 * What the roster's cells read through the grid context at render time. The grid holds one context object for its
 * whole life and RosterCard updates its fields, so a reveal or a new code list needs no new grid.
 */
export interface RosterCellContext extends GridContext {
  revealed: ReadonlyMap<number, string>;
  /** only 管理员 may reveal personal data */
  canReveal: boolean;
  reveal: (record: LedgerRecord) => void;
  edit: (record: LedgerRecord) => void;
  remove: (record: LedgerRecord) => void;
}

type Params = ICellRendererParams<LedgerRecord, unknown, RosterCellContext>;

function linkButton(text: string, testId: string, onClick: () => void, options: { danger?: boolean; title?: string } = {}): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = options.danger ? 'roster-cell-link danger' : 'roster-cell-link';
  button.textContent = text;
  button.dataset['testid'] = testId;
  if (options.title) button.title = options.title;
  button.addEventListener('click', onClick);
  return button;
}

function span(text: string, className?: string): HTMLSpanElement {
  const element = document.createElement('span');
  if (className) element.className = className;
  element.textContent = text;
  return element;
}

/**
 * Plain DOM renderers, not React components: a jump far into a 1,000,000-row roster draws a screenful of new rows at
 * once, and a React root per cell made that several times slower than the grid's own cells. `refresh` answers false
 * so the grid builds the cell afresh when its row or the revealed numbers change.
 */
abstract class DomCell implements ICellRendererComp<LedgerRecord> {
  protected gui: HTMLElement = document.createElement('span');

  abstract init(params: Params): void;

  getGui(): HTMLElement {
    return this.gui;
  }

  refresh(): boolean {
    return false;
  }
}

/** 身份证号 as the core sent it (masked), with 显示 for this one row: the reveal is written to the audit log. */
export class RosterIdCell extends DomCell {
  init(params: Params): void {
    const record = params.data;
    if (!record) return;
    const shown = params.context.revealed.get(record.id);
    if (shown !== undefined) {
      this.gui = span(shown);
      this.gui.dataset['testid'] = `roster-id-revealed-${record.id}`;
      return;
    }
    const masked = typeof params.value === 'string' ? params.value : '';
    if (!masked || !params.context.canReveal) {
      this.gui = span(masked);
      return;
    }
    this.gui = span('', 'roster-id-cell');
    this.gui.append(
      span(masked),
      linkButton('显示', `roster-reveal-${record.id}`, () => params.context.reveal(record), { title: '显示完整身份证号（将记入操作日志）' }),
    );
  }
}

/** 编辑 and 删除 for one worker. */
export class RosterActionsCell extends DomCell {
  init(params: Params): void {
    const record = params.data;
    if (!record) return;
    this.gui.append(
      linkButton('编辑', `roster-edit-${record.id}`, () => params.context.edit(record)),
      linkButton('删除', `roster-delete-${record.id}`, () => params.context.remove(record), { danger: true }),
    );
  }
}
