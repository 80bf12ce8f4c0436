// Only the parts of ECharts the dashboard draws, so the bundle carries bars, lines and pies on a canvas and nothing else.
import { BarChart, LineChart, PieChart, type BarSeriesOption, type LineSeriesOption, type PieSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, type GridComponentOption, type LegendComponentOption, type TooltipComponentOption } from 'echarts/components';
import { use, type ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { init, type EChartsType } from 'echarts/core';

export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/** The app's fonts: a canvas does not inherit the page's CSS, and Chinese labels need a CJK face. */
export const CHART_TEXT_STYLE = { fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif', fontSize: 12 };

/** antd's palette, so the charts look like the rest of the window. */
export const CHART_COLORS = { blue: '#1677ff', green: '#52c41a', orange: '#fa8c16', red: '#f5222d', grey: '#8c8c8c' };
