import { SearchOutlined } from '@ant-design/icons';
import type { GridApi } from 'ag-grid-community';
import { Input, type InputRef } from 'antd';
import { useEffect, useRef, useState, type Ref } from 'react';
import type { LedgerRecord } from '../../../shared/contract/records';
import { idleAfterFirstPage } from '../../app/firstPage';
import { isPinyinLoaded, loadPinyin } from './quickFilterPinyin';

/**
 * Hands the text to the grid's quick filter once pinyin-pro is here (the grid caches each row's search text on the
 * first search, so it must hold the pinyin keys from the start); a text typed over meanwhile is dropped.
 */
function applySearch(api: GridApi<LedgerRecord>, text: string, latest: { current: string }): void {
  const apply = () => {
    if (latest.current === text && !api.isDestroyed()) api.setGridOption('quickFilterText', text);
  };
  if (!text || isPinyinLoaded()) apply();
  else loadPinyin().then(apply, apply); // without pinyin-pro the search still finds the names themselves
}

/**
 * 搜索: the grid's quick filter. The text lives here and goes straight to the grid, so a keystroke re-renders this
 * box and the grid's rows, not the page with its toolbar and grid props around it.
 */
export function GridSearchBox({ api, inputRef }: { api: GridApi<LedgerRecord> | null; inputRef: Ref<InputRef> }) {
  const [text, setText] = useState('');
  const latest = useRef(text);

  useEffect(() => {
    void idleAfterFirstPage().then(loadPinyin).catch(() => undefined); // tried again on the first search
  }, []);

  // a grid created after the clerk started typing gets the text typed so far
  useEffect(() => {
    if (api) applySearch(api, latest.current, latest);
  }, [api]);

  return (
    <Input
      ref={inputRef}
      allowClear
      prefix={<SearchOutlined />}
      placeholder="搜索（Ctrl+F），可输入拼音首字母"
      aria-label="搜索"
      style={{ width: 280 }}
      value={text}
      onChange={(e) => {
        latest.current = e.target.value;
        setText(e.target.value);
        if (api) applySearch(api, e.target.value, latest);
      }}
      data-testid="toolbar-search"
    />
  );
}
