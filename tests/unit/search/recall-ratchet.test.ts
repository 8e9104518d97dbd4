// Ratchet: every query class of the search benchmark (single characters common and rare, titles,
// traditional script, several terms, phrases, OR, exclusions, year/type/tag filters, no hits),
// checked against the independent oracle on a library of news and poems with tags on a subset.
// Recall, precision and result-page hit counts may not fall below recall.best.json.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchDocIds, runSearch, type SearchSources } from '../../../electron/core/search/engine.js';
import type { ContentDocument } from '../../../electron/core/content/types.js';
import { poemDocs, rmrbDocs } from '../../../scripts/bench/lib/corpus.js';
import { openLibrary, writeLibrary } from '../../../scripts/bench/lib/bundle-file.js';
import { oracleDocs, oracleHits, oracleMatch, oracleParse } from '../../../scripts/bench/lib/oracle.js';
import { benchTags, queryClasses } from '../../../scripts/bench/lib/queries.js';
import { tempDir } from './fixtures.js';

const best = JSON.parse(fs.readFileSync(new URL('./recall.best.json', import.meta.url), 'utf8')) as Record<
  'recall' | 'precision' | 'hitCounts',
  number
>;

let docs: ContentDocument[];
let src: SearchSources;
let tags: Map<string, string[]>;

beforeAll(async () => {
  docs = [...(await rmrbDocs(1200)), ...(await poemDocs(400))];
  tags = benchTags(docs);
  const db = openLibrary(writeLibrary(tempDir(), docs, tags));
  src = { bundle: db, userDb: db };
}, 120_000);
afterAll(() => src.userDb.close());

describe('search recall ratchet', () => {
  it('meets the committed recall, precision and hit-count agreement in every query class', () => {
    const oracle = oracleDocs(docs, tags);
    const worst: Record<string, string> = {};
    const score = { recall: 1, precision: 1, hitCounts: 1 };
    for (const [name, queries] of Object.entries(queryClasses(docs, 30))) {
      let found = 0;
      let expected = 0;
      let returned = 0;
      let agree = 0;
      let shown = 0;
      for (const query of queries) {
        const q = oracleParse(query);
        const want = oracleMatch(oracle, q);
        const got = new Set(matchDocIds(src, query, false));
        expected += want.length;
        returned += got.size;
        found += want.filter((d) => got.has(d.id)).length;
        const byId = new Map(want.map((d) => [d.id, d]));
        for (const h of runSearch(src, { query, sort: 'relevance', offset: 0, limit: 10, pinyin: false }).hits) {
          shown++;
          const d = byId.get(h.docId);
          if (d && oracleHits(d, q) === h.hitCount) agree++;
        }
      }
      const c = {
        recall: expected ? found / expected : 1,
        precision: returned ? found / returned : 1,
        hitCounts: shown ? agree / shown : 1,
      };
      for (const k of ['recall', 'precision', 'hitCounts'] as const) {
        if (c[k] < score[k]) worst[k] = name;
        score[k] = Math.min(score[k], c[k]);
      }
    }
    for (const k of ['recall', 'precision', 'hitCounts'] as const)
      expect(score[k], `${k} (worst class: ${worst[k] ?? '-'})`).toBeGreaterThanOrEqual(best[k]);
  }, 120_000); // an oracle scan of every query: over 30 s on a loaded 2-core machine
});
