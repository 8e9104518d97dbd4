// How many 金句 a document keeps (quote-rank.ts selectQuotes): by its length, and for a short text by
// how many of its lines clear the minimum.
import { TASK_START } from './sentence-tasks.js';

const QUOTA_FLOOR = 5;

/** How many 金句 a document keeps: a few, more for a long report. */
export function quotaFor(chars: number): number {
  return Math.max(QUOTA_FLOOR, Math.min(40, Math.round(chars / 1000)));
}

/** The quota of a document of `chars` characters where `formed` lines clear the minimum: a short text
 * (its length quota at the floor) dense with theses, a 评论员文章 or 社论 that states one per paragraph,
 * keeps each of them, up to twice the floor; a long report's quota stays its length's. */
export function quotaWithForms(chars: number, formed: number): number {
  const quota = quotaFor(chars);
  return quota > QUOTA_FLOOR ? quota : Math.min(2 * QUOTA_FLOOR, Math.max(quota, formed));
}

/** 强化乡镇和村党组织的领导地位，是全面推进乡村振兴的重要保证: a task named as the subject and weighed as a
 * means is a report's topic sentence; it takes no place a short text's theses add to its length quota. */
export function weighedTask(text: string): boolean {
  return TASK_START.test(text) && /^[^，,；;。]{2,30}[，,](?:也|更|就)?是/.test(text);
}
