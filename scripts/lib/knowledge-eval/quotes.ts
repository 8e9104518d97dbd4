// 金句: attribution against quote-speakers.json (0 wrong speakers), and precision / recall in the
// labelled documents (quotes-judged.json, quotes-handpicked.json).
import { findDoc, sameSentence, sentenceKey, type EvalLibrary, type EvalQuote } from './library.js';
import { scoreOutputs } from './score-outputs.js';

export interface SpeakerLabel {
  doc: string;
  text: string;
  speaker: string | null;
  why: string;
}

export interface SpeakerResult {
  checked: number;
  wrong: { label: SpeakerLabel; got: string | null }[];
  unknown: SpeakerLabel[];
  missing: SpeakerLabel[];
}

function quotesOf(lib: EvalLibrary, docRef: string): EvalQuote[] {
  const doc = findDoc(lib, docRef);
  return doc ? lib.quotes.filter((q) => q.docId === doc.id) : [];
}

export function evalSpeakers(lib: EvalLibrary, labels: readonly SpeakerLabel[]): SpeakerResult {
  const out: SpeakerResult = { checked: 0, wrong: [], unknown: [], missing: [] };
  for (const label of labels) {
    const q = quotesOf(lib, label.doc).find((x) => sameSentence(x.text, label.text));
    if (!q) {
      out.missing.push(label);
      continue;
    }
    out.checked++;
    if (q.speaker === null && label.speaker !== null) out.unknown.push(label);
    else if (q.speaker !== label.speaker) out.wrong.push({ label, got: q.speaker });
  }
  return out;
}

export interface HandpickedDoc {
  doc: string;
  title: string;
  picks: { text: string; speaker: string | null }[];
}

export interface JudgedQuote {
  doc: string;
  text: string;
  good: boolean;
  reason: string;
}

export interface QuoteResult {
  /** Labelled documents measured. */
  docs: number;
  outputs: number;
  precision: number;
  recall: number;
  missed: { doc: string; text: string }[];
  bad: JudgedQuote[];
  unjudged: { doc: string; text: string }[];
}

export function evalQuotes(
  lib: EvalLibrary,
  handpicked: readonly HandpickedDoc[],
  judged: readonly JudgedQuote[],
): QuoteResult {
  const score = scoreOutputs(
    handpicked.map((d) => {
      const quotes = quotesOf(lib, d.title).length ? quotesOf(lib, d.title) : quotesOf(lib, d.doc);
      return {
        outputs: quotes.map((q) => ({ doc: d.doc, text: q.text })),
        judge: (q: { text: string }) =>
          judged.find((x) => (x.doc === d.doc || x.doc === d.title) && sentenceKey(x.text) === sentenceKey(q.text)),
        picks: d.picks.map((p) => ({ doc: d.doc, text: p.text })),
        finds: (p: { text: string }) => quotes.some((q) => sameSentence(q.text, p.text)),
      };
    }),
  );
  return { docs: handpicked.length, ...score };
}
