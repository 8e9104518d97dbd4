// Practice modes: 每日练习 (FSRS due reviews + a daily number of new items), 专题测验 by tag /
// document / kind, 模拟考试 (random N) — each set assembled (assemble.ts) from study material only —
// and answering, which logs the attempt, reschedules the
// card (daily mode) and keeps 错题本 up to date — all in one transaction.
import type { ApiParsedArgs, QuizAnswerResult, QuizMistake } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { notExcluded } from '../knowledge/study-material.js';
import { assemble } from './assemble.js';
import { generateQuestions } from './generate.js';
import { describeAnswer, isCorrect, isSlow, ratingFor } from './grade.js';
import { review } from './schedule.js';
import { getItem, insertDrafts, selectItems } from './store.js';
import { loadSource } from './source.js';
import { itemFilters } from './item-filters.js';

export const DEFAULT_NEW_PER_DAY = 10;
/** Right answers in a row that take an item out of 错题本. */
export const MASTERED_STREAK = 3;
/** Questions on historical documents the user has not opted in never reach practice (not even
 * the user's own: practice sets are study material). */
const STUDY = notExcluded('q.doc_id');

function readSetting<T>(ctx: CoreContext, key: string): T | undefined {
  const r = ctx.userDb.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return r ? (JSON.parse(r.value) as T) : undefined;
}
function writeSetting(ctx: CoreContext, key: string, value: unknown): void {
  ctx.userDb
    .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
    .run(key, JSON.stringify(value));
}

export function newPerDay(ctx: CoreContext): number {
  return readSetting<number>(ctx, 'quiz.newPerDay') ?? DEFAULT_NEW_PER_DAY;
}
export function setNewPerDay(ctx: CoreContext, n: number): { newPerDay: number } {
  ctx.userDb.transaction(() => writeSetting(ctx, 'quiz.newPerDay', n))();
  return { newPerDay: n };
}

/** Fills an empty bank from the library once, so 每日练习 works out of the box. */
export function ensureBank(ctx: CoreContext): void {
  if (readSetting<boolean>(ctx, 'quiz.seeded')) return;
  const n = (ctx.userDb.prepare('SELECT count(*) AS n FROM quiz_items').get() as { n: number }).n;
  if (n === 0) {
    const drafts = generateQuestions(loadSource(ctx), 'all', 300);
    if (drafts.length === 0) return; // no library yet: try again later
    insertDrafts(ctx.userDb, drafts, 'generated');
  }
  ctx.userDb.transaction(() => writeSetting(ctx, 'quiz.seeded', true))();
}

export function daily(ctx: CoreContext, a: ApiParsedArgs<'quizDaily'>, now = new Date()) {
  ensureBank(ctx);
  const limit = a.newLimit ?? newPerDay(ctx);
  const iso = now.toISOString();
  const due = selectItems(
    ctx,
    `JOIN review_cards c ON c.item_id = q.id WHERE c.due <= ? AND ${STUDY}`,
    [iso],
    'ORDER BY c.due LIMIT 200',
  );
  const startedToday = (
    ctx.userDb
      .prepare(
        `SELECT count(*) AS n FROM (SELECT min(answered_at) AS first FROM review_log WHERE mode = 'daily' GROUP BY item_id) WHERE date(first, 'localtime') = date(?, 'localtime')`,
      )
      .get(iso) as { n: number }
  ).n;
  const freshCount = Math.max(0, limit - startedToday);
  // New questions: a pool in bank order, then a set spread over documents with no two questions
  // on one sentence and none giving another's (or a due one's) answer away.
  const pool = freshCount
    ? selectItems(
        ctx,
        `WHERE NOT EXISTS (SELECT 1 FROM review_cards c WHERE c.item_id = q.id) AND ${STUDY}`,
        [],
        `ORDER BY q.id LIMIT ${freshCount * POOL_FACTOR}`,
      )
    : [];
  const fresh = assemble(pool, freshCount, due);
  return { items: [...due, ...fresh], due: due.length, fresh: fresh.length, newPerDay: limit };
}

/** How many candidates a set of N is assembled from. */
const POOL_FACTOR = 20;

export function topic(ctx: CoreContext, a: ApiParsedArgs<'quizTopic'>) {
  ensureBank(ctx);
  const where: string[] = [STUDY];
  const params: unknown[] = [];
  itemFilters(a, where, params);
  const pool = selectItems(
    ctx,
    'WHERE ' + where.join(' AND '),
    params,
    `ORDER BY random() LIMIT ${a.limit * POOL_FACTOR}`,
  );
  return { items: assemble(pool, a.limit) };
}

export function exam(ctx: CoreContext, a: ApiParsedArgs<'quizExam'>) {
  ensureBank(ctx);
  const kinds = a.kinds?.length ? a.kinds : null;
  const where = `WHERE ${STUDY}` + (kinds ? ` AND q.kind IN (${kinds.map(() => '?').join(',')})` : '');
  const pool = selectItems(ctx, where, kinds ?? [], `ORDER BY random() LIMIT ${a.count * POOL_FACTOR}`);
  return { items: assemble(pool, a.count) };
}

export function answer(ctx: CoreContext, a: ApiParsedArgs<'quizAnswer'>, now = new Date()): QuizAnswerResult {
  const item = getItem(ctx, a.itemId);
  const given = { choice: a.choice, blanks: a.blanks };
  const correct = isCorrect(item, given);
  const rating = ratingFor(correct, isSlow(item, a.durationMs));
  const text = describeAnswer(item, given);
  const db = ctx.userDb;
  let nextDue: string | null = null;
  let mistake: QuizAnswerResult['mistake'] = null;
  db.transaction(() => {
    // Only 每日练习 moves the FSRS schedule; drills and exams are extra practice.
    const scheduled = a.mode === 'daily' ? review(db, item.id, rating, now) : null;
    nextDue = scheduled ? scheduled.due.toISOString() : null;
    db.prepare(
      'INSERT INTO review_log (item_id, answered_at, mode, correct, user_answer, rating, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(
      item.id,
      now.toISOString(),
      a.mode,
      correct ? 1 : 0,
      text,
      scheduled ? scheduled.rating : null,
      a.durationMs ?? null,
    );
    if (!correct) {
      db.prepare(
        `INSERT INTO mistakes (item_id, last_answer, wrong_count, streak_right, mastered_at, updated_at) VALUES (?, ?, 1, 0, NULL, ?)
         ON CONFLICT(item_id) DO UPDATE SET last_answer = excluded.last_answer, wrong_count = wrong_count + 1, streak_right = 0, mastered_at = NULL, updated_at = excluded.updated_at`,
      ).run(item.id, text, now.toISOString());
    } else {
      db.prepare(
        `UPDATE mistakes SET streak_right = streak_right + 1, updated_at = ?,
           mastered_at = CASE WHEN mastered_at IS NULL AND streak_right + 1 >= ${MASTERED_STREAK} THEN ? ELSE mastered_at END
         WHERE item_id = ?`,
      ).run(now.toISOString(), now.toISOString(), item.id);
    }
    const m = db
      .prepare('SELECT wrong_count, streak_right, mastered_at FROM mistakes WHERE item_id = ?')
      .get(item.id) as { wrong_count: number; streak_right: number; mastered_at: string | null } | undefined;
    mistake = m ? { wrongCount: m.wrong_count, streakRight: m.streak_right, mastered: m.mastered_at !== null } : null;
  })();
  return { correct, item, rating: a.mode === 'daily' ? rating : null, nextDue, mistake };
}

export function mistakes(ctx: CoreContext, a: ApiParsedArgs<'quizMistakes'>): { items: QuizMistake[] } {
  const rows = ctx.userDb
    .prepare(
      `SELECT * FROM mistakes ${a.includeMastered ? '' : 'WHERE mastered_at IS NULL'} ORDER BY updated_at DESC LIMIT ?`,
    )
    .all(a.limit) as {
    item_id: number;
    last_answer: string;
    wrong_count: number;
    streak_right: number;
    mastered_at: string | null;
    updated_at: string;
  }[];
  if (rows.length === 0) return { items: [] };
  const items = new Map(
    selectItems(
      ctx,
      `WHERE q.id IN (${rows.map(() => '?').join(',')})`,
      rows.map((r) => r.item_id),
    ).map((i) => [i.id, i]),
  );
  return {
    items: rows.flatMap((r) => {
      const item = items.get(r.item_id);
      return item
        ? [
            {
              item,
              lastAnswer: r.last_answer,
              wrongCount: r.wrong_count,
              streakRight: r.streak_right,
              masteredAt: r.mastered_at,
              updatedAt: r.updated_at,
            },
          ]
        : [];
    }),
  };
}
