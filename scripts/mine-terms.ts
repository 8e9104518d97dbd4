// `npm run mine:terms`: phrase mining over the built library (content/build/content.sqlite).
// Writes content/lexicon/candidates.json: 提法 candidates not yet in the lexicon nor reviewed,
// with their statistics and reason, for review (accepted ones go into tifa.json, rejected ones
// into reviewed.json with the reason).
import path from 'node:path';
import { CONTENT_DIR } from '../electron/core/content/paths.js';
import { lexicon } from '../electron/core/knowledge/lexicon.js';
import { mineCandidates } from '../electron/core/knowledge/phrase-mining.js';
import { readReviewed, readStopwords, writeJsonFormatted } from './lib/lexicon-files.js';
import { readLibrary } from './lib/library-corpus.js';

const docs = readLibrary();
const reviewed = readReviewed();
const known = new Set([
  ...lexicon().flatMap((e) => [e.term, ...(e.variants ?? [])]),
  ...reviewed.rejected.map((r) => r.term),
]);
const t0 = performance.now();
const candidates = mineCandidates(
  docs.map((d) => ({ id: d.id, year: d.year, text: d.folded })),
  { known, stop: readStopwords(), limit: 300 },
);
const out = path.join(CONTENT_DIR, 'lexicon', 'candidates.json');
await writeJsonFormatted(out, { generatedFrom: `${docs.length} documents`, candidates });
console.log(
  `候选提法 ${candidates.length} 条 → ${path.relative(process.cwd(), out)}（${((performance.now() - t0) / 1000).toFixed(1)} 秒）`,
);
for (const c of candidates.slice(0, 40)) console.log(`  ${c.term}  ${c.score}  ${c.reason}`);
