// Chart options for 统计, in the app's red theme (ECharts' default palette starts with blue).
import type { QuizStats } from '../../../../electron/contract/api';

const RED = '#c0392b';
/** Series colours: the theme red first, then warm colours that stay apart in print. */
export const PALETTE = [RED, '#e67e22', '#8e6c3a', '#7f8c8d', '#d4a017', '#6c3483'];

export const pct = (c: number, n: number) => (n ? Math.round((c / n) * 100) : 0);

export function accuracyBars(rows: { name: string; answered: number; correct: number }[]) {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 24, bottom: 40 },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 },
    },
    yAxis: { type: 'value', max: 100, name: '正确率%' },
    series: [
      {
        type: 'bar',
        data: rows.map((r) => pct(r.correct, r.answered)),
        itemStyle: { color: RED },
        label: { show: true, position: 'top', formatter: '{c}%' },
      },
    ],
  };
}

export function timeline(s: QuizStats) {
  const dates = [...new Set(s.timeline.map((r) => r.date))];
  const kinds = [...new Set(s.timeline.map((r) => r.kind))];
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 32, bottom: 30 },
    xAxis: { type: 'category', data: dates },
    yAxis: { type: 'value', max: 100, name: '正确率%' },
    series: kinds.map((k) => ({
      name: k,
      type: 'line',
      connectNulls: true,
      data: dates.map((d) => {
        const r = s.timeline.find((x) => x.date === d && x.kind === k);
        return r ? pct(r.correct, r.answered) : null;
      }),
    })),
  };
}

export function heatmap(s: QuizStats, dark: boolean) {
  const end = new Date();
  const start = new Date(end.getTime() - 180 * 86_400_000);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return {
    tooltip: { formatter: (p: { value: [string, number] }) => `${p.value[0]}：${p.value[1]} 题` },
    visualMap: {
      min: 0,
      max: Math.max(10, ...s.heatmap.map((h) => h.count)),
      show: false,
      inRange: { color: dark ? ['#2b2b2b', '#7b2d26', '#e74c3c'] : ['#f5f5f5', '#f5b7b1', RED] },
    },
    calendar: {
      range: [day(start), day(end)],
      itemStyle: { color: dark ? '#1f1f1f' : '#fff', borderColor: dark ? '#333' : '#eee' },
      splitLine: { lineStyle: { color: dark ? '#555' : '#ccc' } },
      cellSize: ['auto', 14],
      left: 30,
      right: 10,
      top: 20,
      dayLabel: { nameMap: 'ZH' },
      monthLabel: { nameMap: 'ZH' },
      yearLabel: { show: false },
    },
    series: [{ type: 'heatmap', coordinateSystem: 'calendar', data: s.heatmap.map((h) => [h.date, h.count]) }],
  };
}

export function upcoming(s: QuizStats) {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 24, bottom: 30 },
    xAxis: { type: 'category', data: s.upcoming.map((u) => u.date.slice(5)) },
    yAxis: { type: 'value', minInterval: 1, name: '题数' },
    series: [{ type: 'bar', data: s.upcoming.map((u) => u.count), itemStyle: { color: RED } }],
  };
}
