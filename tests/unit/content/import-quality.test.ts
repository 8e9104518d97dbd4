// Ratchet on import extraction quality: the labelled fixtures (tests/fixtures/import) are scored as
// `npm run eval:import` scores them, and the suite fails when a figure drops below the best one
// committed in import-quality.best.json or below the targets.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, SITE_SETS, TARGETS, type SiteSet } from '../../../scripts/eval/import-score.js';

const BEST = path.join(path.dirname(new URL(import.meta.url).pathname), 'import-quality.best.json');
type Figures = Record<string, Record<string, number>>;

/** Held-out figures measured once below the issue's target, ratcheted at what was measured (the
 * best file) and not tuned on. (sites53's titles, 16 of 18 when measured, are 18 of 18 since round
 * sites53b; that set is no longer held out.) */
// (sites62 held-out's body, 19 of 20 sentences when measured once — an EPUB chapter's last paragraph without an end
// mark taken for a page saved cut short — is 20 of 20 since EPUB pages are read as whole markup: no longer held out.)
// (sites57 held-out's boilerplate, 37 of 39 when measured once — a .txt paste's `上一篇：…`/`下一篇：…` lines
// stayed — is 39 of 39 since the lead's pager line rule: that file is no longer held out.)
// (sites70d held-out's date, 7 of 8 when measured once — a 讲话稿 whose only day is in its header beside
// `全市组织工作会议材料` — is 8 of 8 since round sites71d read a 会议材料 header's day: no longer held out.)
const HELD_OUT_BELOW_TARGET: Partial<Record<SiteSet, string[]>> = {};

describe('import quality ratchet', () => {
  it('every figure is at or above the committed best and the targets', async () => {
    const best = JSON.parse(fs.readFileSync(BEST, 'utf8')) as Figures;
    const { byFormat, overall } = await evaluate('pipeline');
    const now: Figures = { ...byFormat, overall } as unknown as Figures;
    // The sites50 to sites73d sets (tuned on, held out) are scored apart, each against its own
    // best and the targets.
    const sets = Object.keys(SITE_SETS) as SiteSet[];
    for (const set of sets) now[set] = (await evaluate('pipeline', set)).overall as unknown as Record<string, number>;
    for (const [set, figures] of Object.entries(best)) {
      for (const [name, value] of Object.entries(figures)) {
        const got = now[set]![name]!;
        if (name === 'failures') expect(got, `${set} ${name}`).toBeLessThanOrEqual(value);
        else expect(got, `${set} ${name}`).toBeGreaterThanOrEqual(value - 1e-9);
      }
    }
    expect(overall.bodyKept).toBeGreaterThanOrEqual(TARGETS.bodyKept);
    expect(overall.boilerplateDropped).toBeGreaterThanOrEqual(TARGETS.boilerplateDropped);
    expect(overall.titleExact).toBeGreaterThanOrEqual(TARGETS.titleExact);
    expect(overall.dateFound).toBeGreaterThanOrEqual(TARGETS.dateFound);
    expect(overall.failures).toBe(TARGETS.failures);
    expect(overall.refusedRight).toBe(1);
    for (const set of sets) {
      for (const k of ['bodyKept', 'boilerplateDropped', 'titleExact', 'dateFound'] as const)
        if (!HELD_OUT_BELOW_TARGET[set]?.includes(k))
          expect(now[set]![k], `${set} ${k}`).toBeGreaterThanOrEqual(TARGETS[k]);
      expect(now[set]!.failures, `${set} failures`).toBe(TARGETS.failures);
      // A set's scan or damaged file is refused, with a Chinese message.
      if (now[set]!.refusedRight !== null) expect(now[set]!.refusedRight, `${set} refused`).toBe(1);
    }
  }, 600_000); // (2,000 files: four and a half minutes on a loaded machine.)
});
