// `npx tsx scripts/eval/quote-misses.ts [fresh|wider|issue] [--bundle FILE] [--json FILE]`: why each hand-picked
// 金句 of a labelled set (tests/eval/knowledge/quotes-handpicked.json) is missed, stage by stage, with the same
// library signals as the bundle build: never a candidate (the sentence holding it and what ruled it out), a
// fragment (fragmentReason), below the minimum or near it (score and form), or left out by the quota (score
// beside the last kept). Prints one line per miss and the counts by cause.
import fs from 'node:fs';
import path from 'node:path';
import { flagString, parseArgs } from '../lib/args.js';
import { readLibrary } from '../lib/library-corpus.js';
import { LABELS_DIR } from '../lib/knowledge-eval/run.js';
import { sameSentence, sentenceKey } from '../lib/knowledge-eval/library.js';
import { extractQuotes } from '../../electron/core/content/quotes.js';
import { citeIndex } from '../../electron/core/knowledge/cross-cite.js';
import { quoteCandidates } from '../../electron/core/knowledge/quote-candidates.js';
import { MIN_SCORE, NEAR_SCORE, quotaFor, scoreCandidate } from '../../electron/core/knowledge/quote-rank.js';
import { fragmentReason } from '../../electron/core/knowledge/sentence-fragment.js';
import { reportedSpans } from '../../electron/core/knowledge/reported-speech.js';
import { citesInside, speakersIn } from '../../electron/core/knowledge/speakers.js';
import { splitSentences } from '../../electron/core/text/sentences.js';
import { foldForSearch, foldQuoteMarks } from '../../electron/core/text/normalize.js';

interface Miss {
  doc: string;
  cause: string;
  pick: string;
  detail: string;
}

const args = parseArgs(process.argv.slice(2));
const set = args.positional[0] ?? 'fresh';
const docs = readLibrary(flagString(args, 'bundle'));
const library = citeIndex(docs);
const handpicked = (
  JSON.parse(fs.readFileSync(path.join(LABELS_DIR, 'quotes-handpicked.json'), 'utf8')) as {
    docs: { doc: string; title: string; set?: string; picks: { text: string }[] }[];
  }
).docs.filter((d) => (d.set ?? 'issue') === set);

/** Why the sentence holding a pick never became a candidate (the checks of quote-candidates.ts). */
function whyNoCandidate(paragraph: string, pick: string): string {
  const key = sentenceKey(pick).slice(0, 8);
  const s = splitSentences(paragraph).find((x) => sentenceKey(x.text).includes(key));
  if (!s) return 'not one sentence of its paragraph';
  const folded = foldQuoteMarks(foldForSearch(paragraph));
  const why: string[] = [];
  if ([...folded.matchAll(/“[^“”]{8,}”/g)].some((m) => m.index < s.end && m.index + m[0].length > s.start))
    why.push('inside a quotation');
  if (reportedSpans(folded).some(([a, b]) => a < s.end && b > s.start)) why.push('reported words');
  if (citesInside(folded, speakersIn(folded), s.start, s.end)) why.push('cites someone');
  if (s.text.length > 80) why.push(`${s.text.length} characters`);
  if (/[；;]$/.test(s.text)) why.push('member of a ；-list');
  return `${why.join(', ') || '?'} | ${s.text}`;
}

const misses: Miss[] = [];
for (const d of handpicked) {
  const doc = docs.find((x) => x.title === d.title) ?? docs.find((x) => x.origin.startsWith(d.doc));
  if (!doc) continue;
  const cited = (text: string) => library.cited(doc.id, text);
  const kept = extractQuotes(
    doc.paragraphs,
    { speakers: doc.speakers, occasion: doc.occasion, date: doc.date, title: doc.title, type: doc.type },
    { cited, saidEarlier: (text) => library.saidEarlier(doc.id, text) },
  );
  const lastKept = Math.min(...kept.map((q) => q.score ?? 0));
  const candidates = quoteCandidates({ paragraphs: doc.paragraphs, type: doc.type, speakers: doc.speakers });
  for (const p of d.picks) {
    if (kept.some((q) => sameSentence(q.text, p.text))) continue;
    const key = sentenceKey(p.text);
    // (A candidate holding most of the pick, not a short heading the pick happens to contain.)
    const near = candidates.filter(
      (c) => sameSentence(c.text, p.text) && Math.min(sentenceKey(c.text).length, key.length) >= key.length * 0.6,
    );
    const miss = (cause: string, detail: string) => misses.push({ doc: d.doc, cause, pick: p.text, detail });
    if (!near.length) {
      const para = doc.paragraphs.find((x) => sentenceKey(x.text).includes(key.slice(0, 8)));
      miss('never a candidate', para ? whyNoCandidate(para.text, p.text) : 'not found in the text');
      continue;
    }
    const best = near
      .map((c) => scoreCandidate(c, cited(c.text)))
      .filter((r) => r !== null)
      .sort((a, b) => b.score - a.score)[0];
    if (!best) miss('fragment', `${fragmentReason(near[0]!.text) ?? 'conceded or a question'} | ${near[0]!.text}`);
    else if (best.score >= MIN_SCORE)
      miss(
        'quota',
        `score ${best.score}, last kept ${lastKept}, quota ${quotaFor(doc.paragraphs.reduce((n, x) => n + x.text.length, 0))} | ${best.text}`,
      );
    else
      miss(
        best.score >= NEAR_SCORE ? 'near the minimum' : 'below the minimum',
        `score ${best.score} {${best.reason}} | ${best.text}`,
      );
  }
}
for (const m of misses) console.log(`${m.doc}\t${m.cause}\t${m.pick}\n\t\t${m.detail}`);
const counts = new Map<string, number>();
for (const m of misses) counts.set(m.cause, (counts.get(m.cause) ?? 0) + 1);
console.log(`\n${misses.length} picks missed in the ${set} set:`, Object.fromEntries(counts));
const json = flagString(args, 'json');
if (json) fs.writeFileSync(json, JSON.stringify(misses, null, 1));
