// The frames each 提法 stands in across the library — the two Han characters before it (实施,
// 严守) and after it (战略, 制度), quotation marks skipped (“三步走”战略) — and the lists it is
// named in (政治意识、大局意识、核心意识、看齐意识): a member of a list stands in the frame of the
// whole list (增强…). A 单选 distractor must never be found in the blank's frame, nor listed with
// the formulations listed beside the blank: either way it may read as a right answer.
import { paragraphText } from './source.js';
import type { QuizSource, SourceTerm } from './types.js';

const HAN2 = /^\p{Script=Han}{2}$/u;
const QUOTE = /[“”‘’「」]/;
/** A frame fewer formulations than this stand in says something of them (…战略, 打好…); 坚持…
 * and 推进… take a hundred in the library and say nothing. */
const SPECIFIC = 30;
/** A formulation standing in this many frames fits almost any blank (改革开放, 高质量发展). */
const UNIVERSAL = 60;
/** What joins two members of a list: 、 和 与 及 以及, quotation marks around them allowed. */
const LIST_GAP = /^[”’」]?(?:、|和|与|及|以及)[“‘「]?$/;

/** The two characters before `start`, past a quotation mark (or '' when not two Han characters). */
export function frameBefore(text: string, start: number): string {
  const at = QUOTE.test(text[start - 1] ?? '') ? start - 1 : start;
  const s = text.slice(Math.max(0, at - 2), at);
  return HAN2.test(s) ? s : '';
}

/** The two characters after `end`, past a quotation mark (or ''). */
export function frameAfter(text: string, end: number): string {
  const at = QUOTE.test(text[end] ?? '') ? end + 1 : end;
  const s = text.slice(at, at + 2);
  return HAN2.test(s) ? s : '';
}

export interface BlankFrame {
  /** Frames before the blank: its own, and the frame of the list it is in. */
  prev: string[];
  next: string[];
  /** The formulations listed with it. */
  listed: string[];
  /** Followed by a noun naming what kind of thing it is (…战略, …理念, …建设). */
  kindAfter: boolean;
}

/** Nouns that say what a formulation before them is: 科教兴国战略, 新发展理念, 法治中国建设. */
const KIND =
  /^(?:战略|理念|方针|原则|制度|体系|思想|目标|精神|要求|布局|格局|工程|行动|政策|道路|理论|建设|工作|改革|机制|发展)$/;

export interface TermContexts {
  /** The frames and list of the occurrence of a 提法 at `start` (one of `src.terms`). */
  frameAt(docId: string, paragraph: number, start: number): BlankFrame;
  /** Whether `term` is found elsewhere after one of `prev`: it reads naturally in the blank. */
  fitsBefore(term: string, frame: BlankFrame): boolean;
  /** Whether `term` is found elsewhere on every side of the blank's frame it has (实施____战略:
   * after 实施 and before 战略), one of them a specific frame (战略, not 坚持): a real collocation
   * in this very frame. */
  fitsWhole(term: string, frame: BlankFrame): boolean;
  /** Whether `term` is found elsewhere in the blank's frame as a whole: before one of `next`
   * (…战略: it is that kind of thing), or after one of `prev` when no noun of kind follows the
   * blank (增强____和…, 坚持____。). With it the sentence may read true. A term that only follows
   * the verb of `实施____战略` and is no 战略 reads naturally and is still wrong; so does one in a
   * list whose members say what it lists (增强____、大局意识、核心意识…: 道路自信 is no 意识). */
  completes(term: string, frame: BlankFrame): boolean;
  /** Whether `term` is listed elsewhere with one of the formulations listed beside the blank. */
  listedWithAny(term: string, frame: BlankFrame): boolean;
  /** Whether `term` cannot be a member of the list the blank is in (outsideList). */
  outsideList(term: string, frame: BlankFrame): boolean;
  /** Whether `term` stands in so many frames (改革开放, 高质量发展: 60 and more) that it fits
   * almost any blank. */
  universal(term: string): boolean;
  /** Whether two formulations are listed together somewhere (精准扶贫、精准脱贫): siblings. */
  listedTogether(a: string, b: string): boolean;
}

type Occ = Pick<SourceTerm, 'term' | 'start'>;

/** The lists of a paragraph's 提法 occurrences (sorted by start); single ones are lists of one. */
function listsOf(p: string, occ: Occ[]): Occ[][] {
  const lists: Occ[][] = [];
  for (const o of occ) {
    const last = lists[lists.length - 1];
    const prev = last?.[last.length - 1];
    const gapStart = prev ? prev.start + prev.term.length : -1;
    if (last && prev && gapStart <= o.start && LIST_GAP.test(p.slice(gapStart, o.start))) last.push(o);
    else lists.push([o]);
  }
  return lists;
}

function framesOf(p: string, list: Occ[], o: Occ): BlankFrame {
  const first = list[0]!;
  const last = list[list.length - 1]!;
  const prev = [frameBefore(p, o.start), frameBefore(p, first.start)].filter(Boolean);
  const next = [frameAfter(p, o.start + o.term.length), frameAfter(p, last.start + last.term.length)].filter(Boolean);
  const listed = list.filter((x) => x.term !== o.term).map((x) => x.term);
  return { prev, next, listed, kindAfter: KIND.test(frameAfter(p, o.start + o.term.length)) };
}

/** A list whose members all end alike says what it lists (政治意识、大局意识、核心意识…): a term
 * that ends otherwise (道路自信) is no member of it, whatever verb heads the list. */
function outsideList(term: string, f: BlankFrame): boolean {
  const head = f.listed[0]?.slice(-2);
  return head !== undefined && f.listed.every((t) => t.endsWith(head)) && !term.endsWith(head);
}

export function termContexts(src: QuizSource): TermContexts {
  const byParagraph = new Map<string, Occ[]>();
  for (const t of src.terms) {
    const k = `${t.docId}\u0001${t.paragraph}`;
    const list = byParagraph.get(k);
    if (list) list.push(t);
    else byParagraph.set(k, [t]);
  }
  const before = new Map<string, Set<string>>();
  const after = new Map<string, Set<string>>();
  const together = new Set<string>();
  const frames = new Map<string, BlankFrame>();
  const add = (m: Map<string, Set<string>>, term: string, frame: string) =>
    m.set(term, (m.get(term) ?? new Set<string>()).add(frame));
  for (const [k, occ] of byParagraph) {
    const [docId, paragraph] = k.split('\u0001') as [string, string];
    const p = paragraphText(src, docId, Number(paragraph));
    if (p === null) continue;
    occ.sort((a, b) => a.start - b.start);
    for (const list of listsOf(p, occ))
      for (const o of list) {
        const f = framesOf(p, list, o);
        frames.set(`${k}\u0001${o.start}`, f);
        for (const s of f.prev) add(before, o.term, s);
        for (const s of f.next) add(after, o.term, s);
        for (const other of f.listed) together.add(`${o.term}\u0001${other}`);
      }
  }
  const fitsBefore = (term: string, f: BlankFrame) => f.prev.some((s) => before.get(term)?.has(s) ?? false);
  // How many formulations stand in each frame: 坚持… and 推进… take a hundred, 打好… a handful.
  const sizes = (m: Map<string, Set<string>>) => {
    const n = new Map<string, number>();
    for (const frames of m.values()) for (const s of frames) n.set(s, (n.get(s) ?? 0) + 1);
    return n;
  };
  const beforeSize = sizes(before);
  const afterSize = sizes(after);
  const specific = (size: Map<string, number>, s: string) => (size.get(s) ?? 0) < SPECIFIC;
  return {
    frameAt: (docId, paragraph, start) =>
      frames.get(`${docId}\u0001${paragraph}\u0001${start}`) ?? { prev: [], next: [], listed: [], kindAfter: false },
    fitsBefore,
    fitsWhole: (term, f) =>
      (f.prev.some((s) => specific(beforeSize, s)) || f.next.some((s) => specific(afterSize, s))) &&
      (f.prev.length === 0 || fitsBefore(term, f)) &&
      (f.next.length === 0 || f.next.some((s) => after.get(term)?.has(s))),
    completes: (term, f) =>
      f.next.some((s) => after.get(term)?.has(s)) || (!f.kindAfter && !outsideList(term, f) && fitsBefore(term, f)),
    listedWithAny: (term, f) => f.listed.some((o) => together.has(`${term}\u0001${o}`)),
    outsideList,
    universal: (term) => (before.get(term)?.size ?? 0) + (after.get(term)?.size ?? 0) >= UNIVERSAL,
    listedTogether: (a, b) => together.has(`${a}\u0001${b}`),
  };
}
