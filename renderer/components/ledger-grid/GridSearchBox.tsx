import { SearchOutlined } from '@ant-design/icons';
import type { GridApi } from 'ag-grid-community';
import { Input, type InputRef } from 'antd';
import { useEffect, useRef, useState, type Ref } from 'react';
import type { LedgerRecord } from '../../../shared/contract/records';

/**
 * 搜索: the grid's quick filter. The text lives here and goes straight to the grid, so a keystroke re-renders this
 * box and the grid's rows, not the page with its toolbar and grid props around it.
 */
export function GridSearchBox({ api, inputRef }: { api: GridApi<LedgerRecord> | null; inputRef: Ref<InputRef> }) {
  const [text, setText] = useState('');
  const latest = useRef(text);
  latest.current = text;

  // a grid created after the clerk started typing gets the text typed so far
  useEffect(() => {
    if (api && !api.isDestroyed()) api.setGridOption('quickFilterText', latest.current);
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
        setText(e.target.value);
        if (api && !api.isDestroyed()) api.setGridOption('quickFilterText', e.target.value);
      }}
      data-testid="toolbar-search"
    />
  );
}
