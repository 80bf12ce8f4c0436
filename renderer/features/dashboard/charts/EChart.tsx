import { useEffect, useRef } from 'react';
import { CHART_TEXT_STYLE, init, type ChartOption, type EChartsType } from './echarts';

/** What a click on a bar, slice or point names. */
export interface ChartClick {
  seriesIndex: number;
  dataIndex: number;
  name: string;
}

/**
 * The chart's element carries its ECharts instance, so an end-to-end test can find where a bar is drawn and click
 * there with the mouse (the canvas has no DOM nodes per bar).
 */
export type ChartHost = HTMLDivElement & { __chart?: EChartsType };

interface Props {
  option: ChartOption;
  onClick?: (click: ChartClick) => void;
  height: number;
  /** what the chart shows, for screen readers (a canvas has no text of its own) */
  label: string;
  testId: string;
}

/**
 * A minimal React wrapper for ECharts: one instance per mounted div, disposed on unmount, resized whenever the div
 * changes size (the window, the sider, the grid of cards), options replaced whole on every change.
 */
export function EChart({ option, onClick, height, label, testId }: Props) {
  const hostRef = useRef<ChartHost>(null);
  const chartRef = useRef<EChartsType | null>(null);
  // the latest handler, without re-creating the chart when the page passes a new function
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const chart = init(host, null, { renderer: 'canvas', locale: 'ZH' });
    chart.on('click', (params) => clickRef.current?.({ seriesIndex: params.seriesIndex ?? 0, dataIndex: params.dataIndex, name: params.name }));
    host.__chart = chart;
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(host);
    return () => {
      observer.disconnect();
      chart.dispose();
      delete host.__chart;
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption({ textStyle: CHART_TEXT_STYLE, ...option }, { notMerge: true });
  }, [option]);

  return <div ref={hostRef} className="dashboard-chart" style={{ height }} role="img" aria-label={label} data-testid={testId} />;
}
