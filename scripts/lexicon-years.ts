// `npm run lexicon:years [-- --check]`: writes into content/lexicon/tifa.json the first year each
// formulation occurs in the bundled reports, as the bundle build computed it (term_info.first_year
// of content/build/content.sqlite; run `npm run build:content` first). With --check it only
// reports entries whose recorded year differs and exits 1.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { BUNDLE_OUT_PATH, CONTENT_DIR } from '../electron/core/content/paths.js';
import { writeJsonFormatted } from './lib/lexicon-files.js';

const file = path.join(CONTENT_DIR, 'lexicon', 'tifa.json');
const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: { term: string; firstYear: number | null }[] };
const db = new Database(BUNDLE_OUT_PATH, { readonly: true });
const years = new Map(
  (
    db.prepare("SELECT term, first_year FROM term_info WHERE origin = 'lexicon'").all() as {
      term: string;
      first_year: number | null;
    }[]
  ).map((r) => [r.term, r.first_year]),
);
db.close();
const changed = json.entries.filter((e) => (years.get(e.term) ?? null) !== e.firstYear);
if (process.argv.includes('--check')) {
  for (const e of changed) console.log(`${e.term}: 记录 ${e.firstYear}，实际 ${years.get(e.term) ?? null}`);
  process.exitCode = changed.length ? 1 : 0;
} else {
  for (const e of json.entries) e.firstYear = years.get(e.term) ?? null;
  await writeJsonFormatted(file, json);
  console.log(`已更新 ${changed.length} 条提法的首次出现年份（共 ${json.entries.length} 条）。`);
}
