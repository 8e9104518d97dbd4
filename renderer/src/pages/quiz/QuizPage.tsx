// 测验: daily FSRS practice, topic drills, mock exams, 错题本, statistics and the question bank.
// The open tab lives in the URL (#/quiz?tab=…) so reloads and links keep it.
import { Spin, Tabs, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { navigate } from '../../hooks/use-hash-route';
import { BankPanel } from './BankPanel';
import { DailyPanel } from './DailyPanel';
import { ExamPanel } from './ExamPanel';
import { MistakesPanel } from './MistakesPanel';
import { TopicPanel } from './TopicPanel';

// ECharts is large: load it only when statistics are opened.
const StatsPanel = lazy(() => import('./StatsPanel'));

const TABS = [
  { key: 'daily', label: '每日练习' },
  { key: 'topic', label: '专题测验' },
  { key: 'exam', label: '模拟考试' },
  { key: 'mistakes', label: '错题本' },
  { key: 'stats', label: '统计' },
  { key: 'bank', label: '题库' },
];

function panel(key: string) {
  switch (key) {
    case 'topic':
      return <TopicPanel />;
    case 'exam':
      return <ExamPanel />;
    case 'mistakes':
      return <MistakesPanel />;
    case 'stats':
      return (
        <Suspense fallback={<Spin />}>
          <StatsPanel />
        </Suspense>
      );
    case 'bank':
      return <BankPanel />;
    default:
      return <DailyPanel />;
  }
}

export function QuizPage({ tab }: { tab: string }) {
  const active = TABS.some((t) => t.key === tab) ? tab : 'daily';
  return (
    <section className="page quiz-page">
      <Typography.Title level={2}>测验</Typography.Title>
      <Tabs
        className="no-print"
        activeKey={active}
        onChange={(k) => navigate('quiz', { tab: k })}
        items={TABS.map((t) => ({ key: t.key, label: t.label }))}
      />
      {panel(active)}
    </section>
  );
}
