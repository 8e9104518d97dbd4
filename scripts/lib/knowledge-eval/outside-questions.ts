// A library draw gated by its labels (questions-outside13.json on): the draw made again with the current code (the same
// salt, count and judged files left out, scripts/eval/draw-outside.ts), and its held-out draw with the set's own
// questions left out too, each question scored by its label as the evaluation sample is (questions.ts: evalQuestions,
// every key checked against its source). A question no list of the set holds is unjudged and counts as not good.
import path from 'node:path';
import { excluded, outsideDrafts } from '../../eval/draw-outside.js';
import type { ImportedQuestionResult } from './imported-questions.js';
import { evalQuestions, type DrawSlot, type QuestionLabel } from './questions.js';

/** How a draw is made: its salt and size, assembled as a practice set or not, and the judged files left out. */
export interface OutsideDraw {
  salt: string;
  count: number;
  /** 'byKind': unassembled, each kind its library share of count (questions-outside18.json). */
  assembled: boolean | 'byKind';
  exclude: string[];
  /** 'statements': drawn from the 判断 of a source only (questions-outside16.json); 'quoteFills': from the 填空 of a 金句
   * only (questions-fill67.json); else from every other question. */
  slot?: DrawSlot;
}

export interface OutsideSet {
  draw: OutsideDraw;
  heldDraw: OutsideDraw;
  before: QuestionLabel[];
  after: QuestionLabel[];
  heldOut: QuestionLabel[];
  /** Held-out questions its rules brought in after it was measured once (it is then no longer independent). */
  heldOutAfter?: QuestionLabel[];
}

function scored(bundle: string, dir: string, draw: OutsideDraw, skip: string[], labels: QuestionLabel[]) {
  const exclude = excluded(draw.exclude.map((f) => path.join(dir, f)));
  for (const fp of skip) exclude.add(fp);
  const { src, sample } = outsideDrafts(
    bundle,
    draw.salt,
    draw.count,
    exclude,
    draw.assembled === 'byKind' ? 'byKind' : !draw.assembled,
    draw.slot,
  );
  const r = evalQuestions(sample, src, labels);
  const share = (n: number) => (r.total ? n / r.total : 0);
  return { ...r, goodShare: share(r.good), soundShare: share(r.good + r.acceptable) } satisfies ImportedQuestionResult;
}

/** The set drawn again, and its held-out batch with the set's judged questions left out. */
export function evalOutsideSet(bundle: string, dir: string, set: OutsideSet) {
  const judged = [...set.before, ...set.after];
  return {
    main: scored(bundle, dir, set.draw, [], judged),
    held: scored(
      bundle,
      dir,
      set.heldDraw,
      judged.map((l) => l.fingerprint),
      [...set.heldOut, ...(set.heldOutAfter ?? [])],
    ),
  };
}
