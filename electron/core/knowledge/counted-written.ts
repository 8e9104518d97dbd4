// A counted 提法 written out: 两个毫不动摇 is as often said as its two clauses, 毫不动摇巩固和发展公有制经济，
// 毫不动摇鼓励、支持、引导非公有制经济发展 (2003–2022 reports, 十六大 to 二十大), and a list that knows the short name
// only misses it there. The shape is derived from the lexicon: an entry “N个X” whose X is a phrase of four
// characters or more (毫不动摇; not a verb like 维护, nor a noun like 现代化 that formulations open with), said as
// exactly N clauses that open with X, close
// together, one of which begins with another lexicon formulation that holds X (毫不动摇巩固和发展公有制经济).
// That formulation is the proof: 毫不动摇坚持和完善党的领导，毫不动摇把党建设得更加坚强有力 (十九大) is two clauses on
// X but not the two of the economy. Listed and timelined only, never a question's blank (listed-lexicon.ts).
import { foldForSearch } from '../text/normalize.js';
import type { ListedEntry } from './lexicon-schema.js';

const COUNTED = /^([两三四五六七八九十])个(\p{Script=Han}{4,})$/u;
const NUMBER: Record<string, number> = { 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** A clause break; X opens a clause when at most two characters (要, 必须) stand between it and one. */
const BREAK = /[，。；：、！？,;:!?\n]/u;
/** A clause ends at a clause break, not at the 、 of a series inside it (鼓励、支持、引导). */
const END = /[，。；：！？,;:!?\n]/u;
const LEAD = 2;
/** The clauses of one use stand this close: the 十八大 puts one sentence between its two. */
const SPAN = 200;

export interface CountedShape {
  term: string;
  head: string;
  n: number;
  /** Folded forms of the lexicon formulations that open with the head and prove a clause. */
  proofs: string[];
}

/** The counted entries whose written-out form can be proved, each with its proofs (the entries' own forms). */
export function countedShapes(entries: readonly ListedEntry[]): CountedShape[] {
  const forms = entries.flatMap((e) => [e.term, ...(e.variants ?? [])].map(foldForSearch));
  return entries.flatMap((e) => {
    const m = COUNTED.exec(e.term);
    if (!m) return [];
    const head = foldForSearch(m[2]!);
    const proofs = forms.filter((f) => f.startsWith(head) && f.length > head.length);
    return proofs.length ? [{ term: e.term, head, n: NUMBER[m[1]!]!, proofs }] : [];
  });
}

/** Where X opens a clause in a folded paragraph, and where that clause ends. */
function clauses(folded: string, head: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (let i = folded.indexOf(head); i !== -1; i = folded.indexOf(head, i + head.length)) {
    const lead = folded.slice(Math.max(0, i - LEAD - 1), i);
    if (i > LEAD && ![...lead].some((c) => BREAK.test(c))) continue;
    let end = i + head.length;
    while (end < folded.length && !END.test(folded[end]!)) end++;
    // 毫不动摇地巩固…: the adverb's 地 is no part of the formulation the proof names.
    const rest = folded.slice(i + head.length, end).replace(/^地/u, '');
    out.push({ start: i, end, text: head + rest });
  }
  return out;
}

/** The written-out uses of the shapes in one folded paragraph: N clauses opening with X, each within SPAN of
 * the one before, one of them proved; a run of any other number is no use. */
export function writtenCounts(folded: string, shapes: readonly CountedShape[]) {
  const out: { term: string; start: number; length: number }[] = [];
  for (const s of shapes) {
    if (!folded.includes(s.head)) continue;
    const cs = clauses(folded, s.head);
    let run: typeof cs = [];
    const close = () => {
      if (run.length === s.n && run.some((c) => s.proofs.some((p) => c.text.startsWith(p))))
        out.push({ term: s.term, start: run[0]!.start, length: run[run.length - 1]!.end - run[0]!.start });
      run = [];
    };
    for (const c of cs) {
      if (run.length && c.start - run[run.length - 1]!.end > SPAN) close();
      run.push(c);
    }
    close();
  }
  return out;
}
