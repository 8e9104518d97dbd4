// `npx tsx scripts/eval/write-best.ts`: records the current import quality figures as the ratchet (floored to 0.1 %).
import fs from 'node:fs';
import { evaluate, SITE_SETS, type SiteSet } from './import-score.js';
const { byFormat, overall } = await evaluate('pipeline');
const sites: [string, unknown][] = [];
for (const set of Object.keys(SITE_SETS) as SiteSet[]) sites.push([set, (await evaluate('pipeline', set)).overall]);
const keep = [
  'bodyKept',
  'boilerplateDropped',
  'titleExact',
  'dateFound',
  'sourceRight',
  'speakerRight',
  'outlineExact',
  'kindRight',
  'paragraphsWhole',
  'splitExact',
  'failures',
];
const pick = (s: Record<string, unknown>) =>
  Object.fromEntries(
    keep.filter((k) => typeof s[k] === 'number').map((k) => [k, Math.floor((s[k] as number) * 1000) / 1000]),
  );
const out = Object.fromEntries(
  [...Object.entries(byFormat), ['overall', overall], ...sites].map(([k, v]) => [k, pick(v as never)]),
);
fs.writeFileSync('tests/unit/content/import-quality.best.json', JSON.stringify(out, null, 2) + '\n');
console.log(out);
