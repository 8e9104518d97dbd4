// `npx tsx scripts/eval/history-quotes.ts [--bundle FILE] [--labels quotes-history24.json]` (after
// `npm run build:content`): the 金句 of the library's historical documents labelled in rounds h23/h24
// (tests/eval/knowledge/quotes-history23.json, quotes-history24.json), scored
// with the current code as the bundle build extracts them (library citations, the 历史文献 flag): outputs,
// good ones, unjudged ones and picks found, per set. A 历史文献's list may be empty: that beats a bad one.
import fs from 'node:fs';
import path from 'node:path';
import { flagString, parseArgs } from '../lib/args.js';
import { readLibrary } from '../lib/library-corpus.js';
import { LABELS_DIR } from '../lib/knowledge-eval/run.js';
import { sameSentence, sentenceKey } from '../lib/knowledge-eval/library.js';
import { documentQuotes } from '../../electron/core/bundle/library-pass.js';
import { citeIndex } from '../../electron/core/knowledge/cross-cite.js';

interface Labels {
  docs: { doc: string; title: string; set: string; picks: { text: string }[] }[];
  judged: { doc: string; text: string; good: boolean }[];
}

const args = parseArgs(process.argv.slice(2));
const labels = JSON.parse(
  fs.readFileSync(path.join(LABELS_DIR, flagString(args, 'labels') ?? 'quotes-history23.json'), 'utf8'),
) as Labels;
const docs = readLibrary(flagString(args, 'bundle'));
const library = citeIndex(docs);
const totals = new Map<string, { outputs: number; good: number; unjudged: number; picks: number; found: number }>();
for (const d of labels.docs) {
  const doc = docs.find((x) => x.id === d.doc);
  if (!doc) continue;
  const quotes = documentQuotes(doc, library);
  const t = totals.get(d.set) ?? { outputs: 0, good: 0, unjudged: 0, picks: 0, found: 0 };
  console.log(`\n${d.title} (${doc.status}): ${quotes.length} 金句`);
  for (const q of quotes) {
    const j = labels.judged.find((x) => x.doc === d.doc && sentenceKey(x.text) === sentenceKey(q.text));
    const good = j ? j.good : d.picks.some((p) => sameSentence(p.text, q.text)) || undefined;
    console.log(`  ${good === undefined ? '?' : good ? '+' : '-'} ${q.text}`);
    t.outputs++;
    if (good) t.good++;
    if (good === undefined) t.unjudged++;
  }
  t.picks += d.picks.length;
  t.found += d.picks.filter((p) => quotes.some((q) => sameSentence(p.text, q.text))).length;
  totals.set(d.set, t);
}
for (const [set, t] of totals)
  console.log(
    `\n${set}: ${t.outputs} outputs, ${t.good} good, ${t.unjudged} unjudged; picks found ${t.found} / ${t.picks}`,
  );
