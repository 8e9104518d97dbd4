// 金句 → 填空 blanking key content words, and 单选 “这句话出自哪篇讲话/哪一年/谁”.
// Distractors are other titles, years and speakers of the library, never made-up strings.
import { buildOptions } from './options.js';
import { hashString, seededRng } from './rng.js';
import { chooseBlanks, tokenize, isContentToken } from './segment.js';
import { docLabel, paragraphText } from './source.js';
import type { QuestionDraft, QuizSource, SourceDoc, SourceQuote } from './types.js';

function located(src: QuizSource, q: SourceQuote): { start: number; end: number } | null {
  const p = paragraphText(src, q.docId, q.paragraph);
  if (p === null) return null;
  if (p.slice(q.start, q.end) === q.text) return { start: q.start, end: q.end };
  const at = p.indexOf(q.text);
  return at >= 0 ? { start: at, end: at + q.text.length } : null;
}

/** How many quotes contain each content word: common words make weak blanks. */
function wordFrequency(quotes: SourceQuote[]): (w: string) => number {
  const df = new Map<string, number>();
  for (const q of quotes)
    for (const w of new Set(
      tokenize(q.text)
        .filter(isContentToken)
        .map((t) => t.word),
    ))
      df.set(w, (df.get(w) ?? 0) + 1);
  return (w) => df.get(w) ?? 0;
}

function speakerOf(q: SourceQuote, doc: SourceDoc): string | null {
  return q.speaker ?? doc.speakers[0] ?? null;
}

export function generateFromQuotes(src: QuizSource): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const df = wordFrequency(src.quotes);
  const docs = [...src.docs.values()];
  const titles = docs.map((d) => d.title);
  const years = [...new Set(docs.map((d) => d.year).filter((y): y is number => y !== null))];
  const speakers = [
    ...new Set([
      ...docs.flatMap((d) => d.speakers),
      ...src.quotes.map((q) => q.speaker).filter((s): s is string => !!s),
    ]),
  ];
  for (const q of src.quotes) {
    const doc = src.docs.get(q.docId);
    const span = located(src, q);
    if (!doc || !span || q.text.length < 8 || q.text.length > 120) continue;
    const rng = seededRng(hashString(q.id + q.text));
    const who = speakerOf(q, doc);
    const base = {
      factKind: 'quote' as const,
      docId: q.docId,
      paragraph: q.paragraph,
      start: span.start,
      end: span.end,
      fact: q.text,
      explanation: `出自${docLabel(doc)}${who ? `，${who}` : ''}。`,
      tags: ['金句'],
    };

    const words = chooseBlanks(q.text, q.text.length > 30 ? 2 : 1, df);
    if (words.length > 0) {
      out.push({
        ...base,
        kind: '填空',
        stem: `补全${who ? who + '的' : ''}金句：`,
        options: [],
        correct: [],
        blanks: words.map((w) => ({ start: w.start, end: w.end, text: w.word })),
      });
    }
    const quoted = `“${q.text}”`;
    // Prefer titles of the same kind of document (speeches for a speech) as distractors.
    const sameType = docs.filter((d) => d.type === doc.type && d.title !== doc.title).map((d) => d.title);
    const byTitle = buildOptions(
      doc.title,
      sameType.length >= 3 ? sameType : titles.filter((t) => t !== doc.title),
      rng,
    );
    if (byTitle)
      out.push({
        ...base,
        kind: '单选',
        stem: `${quoted}\n这句话出自哪篇讲话或文献？`,
        options: byTitle.options,
        correct: [byTitle.correct],
        blanks: [],
      });
    if (doc.year && rng() < 0.5) {
      const near = years.filter((y) => y !== doc.year && Math.abs(y - (doc.year ?? 0)) <= 15).map(String);
      const byYear = buildOptions(
        `${doc.year}年`,
        near.map((y) => `${y}年`),
        rng,
      );
      if (byYear)
        out.push({
          ...base,
          kind: '单选',
          stem: `${quoted}\n这句话出自哪一年？`,
          options: byYear.options,
          correct: [byYear.correct],
          blanks: [],
        });
    } else if (who) {
      const bySpeaker = buildOptions(
        who,
        speakers.filter((s) => s !== who),
        rng,
      );
      if (bySpeaker)
        out.push({
          ...base,
          kind: '单选',
          stem: `${quoted}\n这句话是谁说的？`,
          options: bySpeaker.options,
          correct: [bySpeaker.correct],
          blanks: [],
        });
    }
  }
  return out;
}
