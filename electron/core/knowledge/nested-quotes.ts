// A quotation that holds another's quotation in single marks (a report: `赵正阳说：“习近平总书记强调：
// ‘民族要复兴，乡村必振兴。’我们要把这一要求落实到…。”`; `陈卫国说：“一位老支书对我讲：‘群众心里有杆秤…。’
// 这句话我记了三十年。”`). The inner words are the person the inner frame names, read as the frames of the
// text are (quote-frames.ts) — nobody when it names no one (`一位老支书`, `有位大娘`, `他常说` whose 他 the
// quotation does not fix). The outer speaker keeps only the sentences that stand apart from the inner
// quotation: not the one that frames or holds it (`总书记说的‘……’，对我们县来说…`), not one that cites
// someone else or goes on with a pronoun's words (`他还说，……`).
import { splitSentences } from '../text/sentences.js';
import { framedQuotes } from './quote-frames.js';
import { citesInside, CUE, speakersIn, type OwnName } from './speakers.js';
import { isCreditable } from './uncredited.js';

export interface NestedPart {
  /** Offsets in the outer quotation's text. */
  start: number;
  end: number;
  speaker: string | null;
}

/** Single marks after a citation verb (`对我讲：‘`, `说‘`), or holding a sentence or clauses of their own
 * (`有群众反映‘村干部整天填表，找人都找不到’`); not a term they stress (`‘孤岛现象’`). */
const INNER = /‘([^‘’“”]{4,300})’/g;
const FRAMED_BEFORE = new RegExp(`(?:${CUE}|叮嘱|嘱咐|告诉)(?:过|道|了|的)?(?:我们?|大家)?[：:，,]?\\s*$`);
const SENTENCE_END = /[。！？!?]$/;
/** `他还说，……`, `她常讲：`: a pronoun's words, whoever he is. */
const PRONOUN_WORDS = new RegExp(`^[他她]们?[^，,。！？“”‘’]{0,8}?${CUE}`);

/** The parts of one outer quotation (`inner`: its folded text) with their speakers; null when it holds
 * no quotation of another's. `own`: the names the text's frames may give. */
export function nestedParts(inner: string, speaker: string | null, own: readonly OwnName[]): NestedPart[] | null {
  const spans = [...inner.matchAll(INNER)].filter(
    (m) => FRAMED_BEFORE.test(inner.slice(0, m.index)) || SENTENCE_END.test(m[1]!) || /[，,；;]/.test(m[1]!),
  );
  if (!spans.length) return null;
  // The inner frames read on the quotation with its single marks made double (same length).
  const doubled = inner.replace(/‘/g, '“').replace(/’/g, '”');
  const frames = framedQuotes(doubled, own);
  const names = speakersIn(inner, own);
  const out: NestedPart[] = [];
  let from = 0;
  // The last inner quotation ended inside a sentence (`‘……’，对我们县来说…`): what follows finishes it.
  let closedOpen = false;
  for (const m of [...spans, null]) {
    const open = m ? m.index : inner.length;
    // The text between two inner quotations: its whole sentences, not the frame before the next one
    // nor the rest of the sentence that held the last one.
    const region = inner.slice(from, open);
    const sentences = splitSentences(region).filter(
      (s, k, all) => !(k === all.length - 1 && m && !SENTENCE_END.test(s.text.replace(/[”’]+$/, ''))),
    );
    for (const [k, s] of sentences.entries()) {
      // (`‘……’，我们要把这样的好事办得更好。`: the clause after the comma is the outer speaker's; `’的要求` is
      // no clause of its own.)
      const rest = k === 0 && closedOpen ? /^[，,；;]\s*(?=[^的])/.exec(s.text) : null;
      if (k === 0 && closedOpen && !rest) continue;
      const start = from + s.start + (rest ? rest[0].length : 0);
      const end = from + s.end;
      const apart = !citesInside(inner, names, start, end) && !PRONOUN_WORDS.test(inner.slice(start, end));
      out.push({ start, end, speaker: apart ? speaker : null });
    }
    if (!m) break;
    const start = m.index + 1;
    const end = start + m[1]!.length;
    const framed = frames.find((f) => f.start === start)?.speaker ?? null;
    out.push({ start, end, speaker: framed && isCreditable(framed) ? framed : null });
    from = end + 1;
    closedOpen = !SENTENCE_END.test(m[1]!);
  }
  return out;
}
