// How many 金句 a document keeps (quote-rank.ts selectQuotes): by its length, and for a short text by
// how many of its lines clear the minimum; and which lines may take a place beyond that.
import type { RankedQuote } from './quote-rank.js';
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

/** A quota that runs out at this score or below leaves theses as strong as the last kept out. */
const LOW_CUT = 4.5;

/** Beyond a quota cut at LOW_CUT, a short thesis that stands alone (not a member of a ；-list, no
 * classification, no person pointed back to) still
 * fits: in a long report the last slots go to lines of one strength (2015's 推进农业现代化，改革是关键
 * and 文化是民族的精神命脉 at 4 behind outputs of 4.5), and a short line costs a reader little. */
export function fitsBeyond(r: RankedQuote, out: RankedQuote[], quota: number): boolean {
  return (
    out.length < quota * 1.25 &&
    out[quota - 1]!.score <= LOW_CUT &&
    !!r.thesis &&
    r.text.length <= 30 &&
    !/[；;]$/.test(r.text) &&
    // (…的重要组成部分 places a part in its whole, a classification; 看他是否… points back to a person.)
    !/组成部分|(?<!其)[他她](?![们人国山乡])/.test(r.text)
  );
}
