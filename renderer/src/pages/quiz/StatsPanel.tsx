// 统计: totals and streak, accuracy by type and tag, accuracy over time, a calendar heatmap of
// practice and upcoming due reviews — drawn with ECharts.
import { Alert, Card, Col, Row, Spin, Statistic } from 'antd';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import { api } from '../../api/transport';
import { useApi } from '../../hooks/use-api';
import { useSettings } from '../../settings-context';
import { echarts } from './charts';
import { accuracyBars, heatmap, PALETTE, pct, timeline, upcoming } from './stats-options';

// No animation: charts are final at once (for printing and for screenshots). The red palette
// everywhere; ECharts' dark theme (with a transparent background) in dark mode.
function Chart({ option, label }: { option: object; label: string }) {
  const dark = useSettings().settings.theme === 'dark';
  return (
    <div role="img" aria-label={label} className="quiz-chart">
      <ReactEChartsCore
        echarts={echarts}
        theme={dark ? 'dark' : undefined}
        option={{ animation: false, color: PALETTE, backgroundColor: 'transparent', ...option }}
        style={{ height: 240 }}
        notMerge
      />
    </div>
  );
}

export default function StatsPanel() {
  const dark = useSettings().settings.theme === 'dark';
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
        <Chart label="学习日历" option={heatmap(s, dark)} />
      </Card>
    </div>
  );
}
