// 统计: totals and streak, accuracy by type and tag, accuracy over time, a calendar heatmap of
// practice and upcoming due reviews — drawn with ECharts.
import { Alert, Card, Col, Row, Spin, Statistic } from 'antd';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import type { QuizStats } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { useApi } from '../../hooks/use-api';
import { echarts } from './charts';

const pct = (c: number, n: number) => (n ? Math.round((c / n) * 100) : 0);

function accuracyBars(rows: { name: string; answered: number; correct: number }[]) {
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
        itemStyle: { color: '#c0392b' },
        label: { show: true, position: 'top', formatter: '{c}%' },
      },
    ],
  };
}

function timeline(s: QuizStats) {
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

function heatmap(s: QuizStats) {
  const end = new Date();
  const start = new Date(end.getTime() - 180 * 86_400_000);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return {
    tooltip: { formatter: (p: { value: [string, number] }) => `${p.value[0]}：${p.value[1]} 题` },
    visualMap: {
      min: 0,
      max: Math.max(10, ...s.heatmap.map((h) => h.count)),
      show: false,
      inRange: { color: ['#f5f5f5', '#f5b7b1', '#c0392b'] },
    },
    calendar: {
      range: [day(start), day(end)],
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

function upcoming(s: QuizStats) {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 24, bottom: 30 },
    xAxis: { type: 'category', data: s.upcoming.map((u) => u.date.slice(5)) },
    yAxis: { type: 'value', minInterval: 1, name: '题数' },
    series: [{ type: 'bar', data: s.upcoming.map((u) => u.count), itemStyle: { color: '#1677ff' } }],
  };
}

// No animation: charts are final at once (for printing and for screenshots).
function Chart({ option, label }: { option: object; label: string }) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore echarts={echarts} option={{ animation: false, ...option }} style={{ height: 240 }} notMerge />
    </div>
  );
}

export default function StatsPanel() {
  const stats = useApi(() => api.quizStats({}), []);
  if (stats.error) return <Alert type="error" showIcon message={stats.error} />;
  if (!stats.data) return <Spin />;
  const s = stats.data;
  return (
    <div className="quiz-panel quiz-stats">
      <Row gutter={16}>
        <Col span={4}>
          <Statistic title="已答题" value={s.totals.answered} />
        </Col>
        <Col span={4}>
          <Statistic title="正确率" value={pct(s.totals.correct, s.totals.answered)} suffix="%" />
        </Col>
        <Col span={4}>
          <Statistic title="连续学习" value={s.streak} suffix="天" />
        </Col>
        <Col span={4}>
          <Statistic title="错题待巩固" value={s.totals.mistakesOpen} />
        </Col>
        <Col span={4}>
          <Statistic title="当前待复习" value={s.totals.dueNow} />
        </Col>
        <Col span={4}>
          <Statistic title="题库" value={s.totals.items} suffix="题" />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Card size="small" title="按题型正确率">
            <Chart label="按题型正确率" option={accuracyBars(s.byKind.map((k) => ({ name: k.kind, ...k })))} />
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title="按标签正确率">
            <Chart label="按标签正确率" option={accuracyBars(s.byTag.map((k) => ({ name: k.tag, ...k })))} />
          </Card>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Card size="small" title="正确率变化">
            <Chart label="正确率变化" option={timeline(s)} />
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title="未来两周待复习">
            <Chart label="未来两周待复习" option={upcoming(s)} />
          </Card>
        </Col>
      </Row>
      <Card size="small" title="学习日历">
        <Chart label="学习日历" option={heatmap(s)} />
      </Card>
    </div>
  );
}
