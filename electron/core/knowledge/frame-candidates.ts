// Candidate 金句 in a citation frame (quote-frames.ts): the framed speaker's; a long quotation is split
// into its sentences, and a quotation nested inside it is a third person's (nested-quotes.ts).
import { splitSentences } from '../text/sentences.js';
import { CLAUSE, framedQuotes, NAMED_AFTER, TOLD_ME } from './quote-frames.js';
import { citesInside, CUE, speakersIn, type NamedSpeaker, type OwnName } from './speakers.js';
import { nestedParts } from './nested-quotes.js';
import type { CandidateDoc, QuoteCandidate } from './quote-candidate-types.js';
import { CONFESSED } from './unknown-frames.js';

const SPLIT_QUOTE = 80;

/** Framed quotations; a long quotation is split into its sentences, each a candidate. */
export function frameCandidates(
  doc: CandidateDoc,
  paragraph: number,
  folded: string,
  own: OwnName[],
  pronouns: readonly NamedSpeaker[],
): QuoteCandidate[] {
  const text = doc.paragraphs[paragraph]!.text;
  const out: QuoteCandidate[] = [];
  for (const f of framedQuotes(folded, own, pronouns)) {
    const inner = text.slice(f.start, f.end);
    if (NAMED_AFTER.test(folded.slice(f.end + 1, f.end + 8)) && !CLAUSE.test(inner)) continue;
    // (A convict's confession, `在忏悔书中写道：“…”`, is a warning, not his 金句: unknown-frames.ts.)
    if (CONFESSED.test(folded.slice(Math.max(0, f.start - 24), f.start))) continue;
    // `某某说：“习近平总书记强调：‘……’我们要……”`: the inner quotation and the outer speaker's own sentences.
    const nested = nestedParts(folded.slice(f.start, f.end), f.speaker, own);
    if (nested) {
      for (const s of nested)
        if (s.end - s.start >= 5)
          out.push({
            paragraph,
            start: f.start + s.start,
            end: f.start + s.end,
            text: inner.slice(s.start, s.end),
            speaker: s.speaker,
            source: 'frame',
            part: true,
          });
      continue;
    }
    const parts = inner.length > SPLIT_QUOTE ? splitSentences(inner) : [{ start: 0, end: inner.length, text: inner }];
    const innerNames = speakersIn(folded.slice(f.start, f.end), own);
    const toMe = TOLD_ME.test(folded.slice(Math.max(0, f.start - 12), f.start));
    for (const s of parts)
      out.push({
        paragraph,
        start: f.start + s.start,
        end: f.start + s.end,
        text: s.text,
        // 习近平说：“毛泽东同志讲过，‘……’今天……”: a part that quotes or cites someone else holds a
        // third person's words, and where they end is not certain.
        speaker:
          NESTED_QUOTE.test(s.text) || citesInside(folded.slice(f.start, f.end), innerNames, s.start, s.end)
            ? null
            : f.speaker,
        source: 'frame',
        ...(parts.length > 1 ? { part: true } : {}),
        ...(toMe ? { toMe } : {}),
      });
  }
  return out;
}

/** A quotation within the quotation: single marks after a citation verb (`讲过，‘`) or holding a
 * sentence of their own (`‘……勇气。’`); single marks around a term (`‘孤岛现象’`, `要求‘对标’`) only stress it. */
const NESTED_QUOTE = new RegExp(`${CUE}(?:过|道|了)?[：:，,]?\\s*[‘「『][^’」』]{8}|[‘「『][^’」』]*[。！？!?][’」』]`);
