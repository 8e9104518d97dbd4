// Statistics from review_log and review_cards: accuracy by kind and tag, per-day timeline,
// streak of practice days, a calendar heatmap and upcoming due counts. Days are local days.
import type { QuizStats } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { newPerDay } from './practice.js';

function localDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function quizStats(ctx: CoreContext, days: number, now = new Date()): QuizStats {
  const db = ctx.userDb;
  const since = new Date(now.getTime() - days * 86_400_000).toISOString();
  const one = <T>(sql: string, ...p: unknown[]) => db.prepare(sql).get(...p) as T;
  const totals = one<{ answered: number; correct: number | null }>(
    'SELECT count(*) AS answered, sum(correct) AS correct FROM review_log',
  );
  const byKind = db
    .prepare(
      'SELECT q.kind AS kind, count(*) AS answered, sum(l.correct) AS correct FROM review_log l JOIN quiz_items q ON q.id = l.item_id GROUP BY q.kind ORDER BY answered DESC',
    )
    .all() as QuizStats['byKind'];
  const byTag = db
    .prepare(
      `SELECT t.name AS tag, count(*) AS answered, sum(l.correct) AS correct FROM review_log l
       JOIN quiz_item_tags qt ON qt.item_id = l.item_id JOIN tags t ON t.id = qt.tag_id GROUP BY t.name ORDER BY answered DESC LIMIT 20`,
    )
    .all() as QuizStats['byTag'];
  const timeline = db
    .prepare(
      `SELECT date(l.answered_at, 'localtime') AS date, q.kind AS kind, count(*) AS answered, sum(l.correct) AS correct
       FROM review_log l JOIN quiz_items q ON q.id = l.item_id WHERE l.answered_at >= ? GROUP BY 1, 2 ORDER BY 1`,
    )
    .all(since) as QuizStats['timeline'];
  const heatmap = db
    .prepare(
      `SELECT date(answered_at, 'localtime') AS date, count(*) AS count FROM review_log WHERE answered_at >= ? GROUP BY 1 ORDER BY 1`,
    )
    .all(new Date(now.getTime() - 366 * 86_400_000).toISOString()) as QuizStats['heatmap'];

  // Streak: consecutive days with practice ending today (or yesterday, if today is not done yet).
  const active = new Set(heatmap.map((h) => h.date));
  let streak = 0;
  const cursor = new Date(now);
  if (!active.has(localDay(cursor))) cursor.setDate(cursor.getDate() - 1);
  while (active.has(localDay(cursor))) {
    streak++;
    cursor.setDate(cursor.getDate() - 1);
  }

  const dueRows = db
    .prepare('SELECT due FROM review_cards WHERE due < ?')
    .all(new Date(now.getTime() + 14 * 86_400_000).toISOString()) as { due: string }[];
  const upcomingMap = new Map<string, number>();
  for (let i = 0; i < 14; i++) upcomingMap.set(localDay(new Date(now.getTime() + i * 86_400_000)), 0);
  const today = localDay(now);
  let dueNow = 0;
  for (const r of dueRows) {
    const d = new Date(r.due);
    if (d <= now) dueNow++;
    const key = d < now ? today : localDay(d);
    upcomingMap.set(key, (upcomingMap.get(key) ?? 0) + 1);
  }
  return {
    totals: {
      items: one<{ n: number }>('SELECT count(*) AS n FROM quiz_items').n,
      answered: totals.answered,
      correct: totals.correct ?? 0,
      mistakesOpen: one<{ n: number }>('SELECT count(*) AS n FROM mistakes WHERE mastered_at IS NULL').n,
      dueNow,
      newPerDay: newPerDay(ctx),
    },
    streak,
    byKind: byKind.map((r) => ({ ...r, correct: r.correct ?? 0 })),
    byTag: byTag.map((r) => ({ ...r, correct: r.correct ?? 0 })),
    timeline: timeline.map((r) => ({ ...r, correct: r.correct ?? 0 })),
    heatmap,
    upcoming: [...upcomingMap].map(([date, count]) => ({ date, count })),
  };
}
