// FSRS scheduling with ts-fsrs: cards live in review_cards, so the queue is derived from due
// dates and survives restarts.
import type Database from 'better-sqlite3';
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { RatingName } from './grade.js';

const scheduler = fsrs({ enable_fuzz: false });

interface CardRow {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: string | null;
}

export function loadCard(db: Database.Database, itemId: number, now: Date): Card {
  const r = db.prepare('SELECT * FROM review_cards WHERE item_id = ?').get(itemId) as CardRow | undefined;
  if (!r) return createEmptyCard(now);
  return {
    due: new Date(r.due),
    stability: r.stability,
    difficulty: r.difficulty,
    elapsed_days: r.elapsed_days,
    scheduled_days: r.scheduled_days,
    learning_steps: r.learning_steps,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state,
    ...(r.last_review ? { last_review: new Date(r.last_review) } : {}),
  };
}

const RATING: Record<RatingName, Grade> = { Again: Rating.Again, Hard: Rating.Hard, Good: Rating.Good };

/** Applies a rating to the item's card and stores it; returns the next due date. Call inside a transaction. */
export function review(
  db: Database.Database,
  itemId: number,
  rating: RatingName,
  now: Date,
): { due: Date; rating: number } {
  const { card } = scheduler.next(loadCard(db, itemId, now), now, RATING[rating]);
  db.prepare(
    `INSERT INTO review_cards (item_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review)
     VALUES (@item_id, @due, @stability, @difficulty, @elapsed_days, @scheduled_days, @learning_steps, @reps, @lapses, @state, @last_review)
     ON CONFLICT(item_id) DO UPDATE SET due = excluded.due, stability = excluded.stability, difficulty = excluded.difficulty,
       elapsed_days = excluded.elapsed_days, scheduled_days = excluded.scheduled_days, learning_steps = excluded.learning_steps,
       reps = excluded.reps, lapses = excluded.lapses, state = excluded.state, last_review = excluded.last_review`,
  ).run({
    item_id: itemId,
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review ? card.last_review.toISOString() : null,
  });
  return { due: card.due, rating: RATING[rating] };
}
