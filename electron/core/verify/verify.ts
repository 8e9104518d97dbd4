// 引文核对: finds the source of each sentence of a pasted quotation in the library (bundle and the
// user's imports) and says whether it matches exactly (已核对), with differences (有出入) or not at
// all (未找到, with the closest passages). Script, punctuation and spacing never count as differences.
import { ApiError } from '../../contract/errors.js';
import type { SentenceCheck, Verification, VerifyVerdict } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { comparisonKey } from '../text/normalize.js';
import { findCandidates } from './candidates.js';
import { searchSources } from '../search/sources.js';
import { loadDocText, type DocText } from './doc-text.js';
import { locate, vote, type Alignment, type Votes } from './locate.js';
import { placeOf, toMatch } from './match.js';
import { MIN_KEY_CHARS, pastedSentences, type PastedSentence } from './pasted-sentences.js';

/** Below this similarity a passage is not the source, only a neighbour… */
export const MATCH_MIN = 0.8;
/** …unless nearly all of a long enough quotation is in it, in order (words left out of the source). */
export const COVERAGE_MIN = 0.9;
const COVERAGE_MIN_CHARS = 12;
const CANDIDATES = 12;
/** Candidates compared character by character (beyond those tied with the best). */
const ALIGNED = 4;
const CLOSEST = 3;
const CLOSEST_MIN = 0.3;
const ALSO_IN = 5;
const MAX_KEY = 400;
/** About ten seconds of checking at most; longer texts are checked in parts. */
const MAX_SENTENCES = 200;

interface Found {
  doc: DocText;
  a: Alignment;
}

function verdictOf(a: Alignment, keyLength: number): VerifyVerdict {
  if (a.similarity >= 0.9995) return '已核对';
  if (a.similarity >= MATCH_MIN) return '有出入';
  return a.coverage >= COVERAGE_MIN && keyLength >= COVERAGE_MIN_CHARS ? '有出入' : '未找到';
}

/** Best passages of the library for one comparison key, most similar first, earliest on ties.
 * Candidates are ranked by their bigram votes first; only the strongest few (and every one as
 * strong as the best, so all copies of a passage are seen) are compared character by character. */
export function findPassages(ctx: CoreContext, key: string): Found[] {
  const voted: { doc: DocText; votes: Votes }[] = [];
  for (const c of findCandidates(searchSources(ctx), key, CANDIDATES)) {
    const doc = loadDocText(ctx, c.docId);
    if (doc) voted.push({ doc, votes: vote(key, doc.joined) });
  }
  voted.sort((x, y) => y.votes.best - x.votes.best);
  const top = voted[0]?.votes.best ?? 0;
  const found: Found[] = [];
  voted.forEach(({ doc, votes }, i) => {
    if (i >= ALIGNED && votes.best < top) return;
    const a = locate(key, doc, votes);
    if (a) found.push({ doc, a });
  });
  const date = (f: Found) => f.doc.row.date ?? '9999';
  return found.sort(
    (x, y) => y.a.similarity - x.a.similarity || date(x).localeCompare(date(y)) || x.a.paragraph - y.a.paragraph,
  );
}

function checkSentence(ctx: CoreContext, s: PastedSentence): SentenceCheck {
  const q = comparisonKey(s.text);
  const key = q.key.slice(0, MAX_KEY);
  const found = findPassages(ctx, key);
  const best = found[0];
  const verdict = best ? verdictOf(best.a, key.length) : '未找到';
  const base = { text: s.text, start: s.start, end: s.end, verdict };
  if (!best || verdict === '未找到') {
    const closest = found
      .filter((f) => f.a.similarity >= CLOSEST_MIN)
      .slice(0, CLOSEST)
      .map((f) => toMatch(ctx, f.doc, f.a, s.text, q));
    return { ...base, match: null, alsoIn: [], closest };
  }
  const alsoIn = found
    .slice(1)
    .filter((f) => f.a.similarity >= best.a.similarity - 1e-9 && f.doc.row.id !== best.doc.row.id)
    .slice(0, ALSO_IN)
    .map((f) => placeOf(f.doc.row, f.a.paragraph));
  return { ...base, match: toMatch(ctx, best.doc, best.a, s.text, q), alsoIn, closest: [] };
}

export function verifyQuotation(ctx: CoreContext, text: string): Verification {
  const t0 = performance.now();
  if (comparisonKey(text).key.length < MIN_KEY_CHARS)
    throw new ApiError('BAD_INPUT', `请粘贴或输入要核对的引文（至少 ${MIN_KEY_CHARS} 个字）。`);
  const pasted = pastedSentences(text);
  if (pasted.length > MAX_SENTENCES)
    throw new ApiError('BAD_INPUT', `一次最多核对 ${MAX_SENTENCES} 句（这段有 ${pasted.length} 句），请分段粘贴。`);
  const sentences = pasted.map((s) => checkSentence(ctx, s));
  const counts: Record<VerifyVerdict, number> = { 已核对: 0, 有出入: 0, 未找到: 0 };
  for (const s of sentences) counts[s.verdict]++;
  return { sentences, counts, tookMs: Math.round((performance.now() - t0) * 10) / 10 };
}
