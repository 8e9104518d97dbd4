// A judged draw of the shipped library's 金句 (quotes-library19.json: drawn at random from the 现行
// documents, each judged good or not by reading it before any fix). Its figure is the share judged
// good among the drawn 金句 the current code still outputs (same document, same sentence, same
// speaker); the good ones it no longer outputs are listed as lost, so a rule that drops good lines
// shows.
import { sameSentence, type EvalLibrary } from './library.js';

export interface DrawnQuote {
  doc: string;
  title: string;
  text: string;
  speaker: string | null;
  verdict: 'good' | 'bad';
  reason: string;
}

export interface LibraryDrawResult {
  drawn: number;
  kept: number;
  precision: number;
  keptBad: DrawnQuote[];
  lostGood: DrawnQuote[];
}

export function evalLibraryDraw(lib: EvalLibrary, drawn: readonly DrawnQuote[]): LibraryDrawResult {
  const out: LibraryDrawResult = { drawn: drawn.length, kept: 0, precision: 0, keptBad: [], lostGood: [] };
  let good = 0;
  for (const d of drawn) {
    const q = lib.quotes.find((x) => x.docId === d.doc && sameSentence(x.text, d.text));
    // A judged line credited to someone else now is a new item, not the judged one.
    const kept = q !== undefined && q.speaker === d.speaker;
    if (!kept) {
      if (d.verdict === 'good') out.lostGood.push(d);
      continue;
    }
    out.kept++;
    if (d.verdict === 'good') good++;
    else out.keptBad.push(d);
  }
  out.precision = out.kept ? good / out.kept : 0;
  return out;
}
