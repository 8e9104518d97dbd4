// 每日练习: due reviews first, then today's new questions, scheduled by FSRS in the core. The set
// stays as loaded; the 待复习 / 新题 counters are re-read after every answer, so they show what is
// left (and are current when the set is finished).
import { Alert, InputNumber, Space, Spin, Statistic } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/transport';
import { useApi } from '../../hooks/use-api';
import { PracticeRunner } from './PracticeRunner';

export function DailyPanel() {
  const [round, setRound] = useState(0);
  const daily = useApi(() => api.quizDaily({}), [round]);
  const [counts, setCounts] = useState<{ due: number; fresh: number } | null>(null);
  useEffect(() => setCounts(null), [round]);
  const refreshCounts = () =>
    void api.quizDaily({}).then(
      (r) => setCounts({ due: r.due, fresh: r.fresh }),
      () => {},
    );
  const setNewPerDay = async (n: number | null) => {
    if (n === null) return;
    await api.quizSetSettings({ newPerDay: n });
    setRound((r) => r + 1);
  };
  if (daily.error) return <Alert type="error" showIcon message={daily.error} />;
  if (!daily.data) return <Spin />;
  const d = daily.data;
  return (
    <div className="quiz-panel">
      <Space size="large" className="quiz-summary no-print">
        <Statistic title="待复习" value={counts?.due ?? d.due} />
        <Statistic title="新题" value={counts?.fresh ?? d.fresh} />
        <label>
          每日新题数{' '}
          <InputNumber aria-label="每日新题数" min={0} max={200} value={d.newPerDay} onChange={setNewPerDay} />
        </label>
      </Space>
      <PracticeRunner
        key={round}
        items={d.items}
        mode="daily"
        emptyText="今天的练习已完成，明天再来！"
        onAnswered={refreshCounts}
        onDone={() => setRound((r) => r + 1)}
      />
    </div>
  );
}
