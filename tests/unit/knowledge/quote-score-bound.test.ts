// The optimistic score (without word segmentation) rules sentences out before jieba runs, so it
// must never be below the real score: otherwise a 金句 would be lost. Checked on every candidate
// sentence of the seeds and the bundled reports; a new word-based bonus in scoreCandidate without
// its optimistic counterpart fails here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { MIN_SCORE, scoreCandidate } from '../../../electron/core/knowledge/quote-rank.js';
import { SEEDS_DIR, SOURCES_DIR } from '../content/helpers.js';
import { yieldToRunner } from '../support/yield-to-runner.js';

async function documents() {
  const files = [
    ...fs.readdirSync(SEEDS_DIR).map((f) => path.join(SEEDS_DIR, f)),
    path.join(SOURCES_DIR, 'library', 'government_work_reports.jsonl'),
  ];
  const docs = [];
  for (const f of files)
    docs.push(...(await importBytes(path.basename(f), fs.readFileSync(f), {}, { deferKnowledge: true })).documents);
  return docs;
}

describe('the optimistic 金句 score', () => {
  it('is never below the real score, and rules out most sentences', async () => {
    let candidates = 0;
    let ruledOut = 0;
    let kept = 0;
    for (const d of await documents()) {
      await yieldToRunner();
      for (const c of quoteCandidates({ paragraphs: d.paragraphs, type: d.type, speakers: d.speakers })) {
        candidates++;
        const real = scoreCandidate(c);
        const bound = scoreCandidate(c, 0, true);
        if (real) {
          expect(bound, c.text).not.toBeNull();
          expect(bound!.score, c.text).toBeGreaterThanOrEqual(real.score);
          if (real.score >= MIN_SCORE) kept++;
        }
        if (!bound || bound.score < MIN_SCORE) ruledOut++;
      }
    }
    expect(candidates).toBeGreaterThan(1000);
    expect(kept).toBeGreaterThan(50);
    expect(ruledOut / candidates).toBeGreaterThan(0.9); // 96.8 % when written
  }, 180_000); // every sentence of the library: over 60 s on a loaded 2-core machine
});
