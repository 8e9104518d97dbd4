// Occurrences of a 提法 per year as a bar chart over the whole span of the library (1954 to the
// newest year), years without reports shown as gaps.
import ReactEChartsCore from 'echarts-for-react/lib/core';
import type { TermTimeline } from '../../../../electron/contract/api';
import { useSettings } from '../../settings-context';
import { echarts } from '../quiz/charts';

export function YearChart({ t }: { t: TermTimeline }) {
  const { settings } = useSettings();
  const last = Math.max(2025, ...t.years.map((y) => y.year));
  const first = Math.min(1954, ...t.years.map((y) => y.year));
  const byYear = new Map(t.years.map((y) => [y.year, y.count]));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const dark = settings.theme === 'dark';
  return (
    <ReactEChartsCore
      echarts={echarts}
      notMerge
      style={{ height: 240 }}
      option={{
        animation: false,
        textStyle: { color: dark ? '#ddd' : '#333' },
        tooltip: { trigger: 'axis' },
        grid: { left: 40, right: 16, top: 16, bottom: 40 },
        xAxis: { type: 'category', data: years.map(String) },
        yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: dark ? '#333' : '#eee' } } },
        series: [{ type: 'bar', name: '出现次数', data: years.map((y) => byYear.get(y) ?? 0), color: '#c0392b' }],
      }}
    />
  );
}
