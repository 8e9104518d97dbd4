// Literals a regular expression's every match holds (/揭批[^，。]{0,10}斗争|四人帮/ → 揭批 or 四人帮), read from
// its source once, so that a text holding none of them is answered "no match" without running it: most texts
// hold none of a history list's phrases, and one pass over a text's character pairs (GramSet) answers every
// regex of the list. Only a prefilter: where it cannot tell, the regex runs as before.

import { literalsKey, prebuiltLiterals, type Lits } from './regex-literals-prebuilt.js';

class Unsupported extends Error {}

/** What a part of a pattern is known to match: `lits`, one of which its every match holds; `lang`, every text
 * it matches, where those are few (合作化(?:的)?高潮: 合作化的高潮 or 合作化高潮). */
interface Part {
  lits: Lits;
  lang: string[] | null;
}
const NONE: Part = { lits: null, lang: null };
const EMPTY: Part = { lits: null, lang: [''] }; // zero-width: ^, $, \b, a lookaround
/** Most texts a run of fixed parts is expanded to (土[、，,]?肥[、，,]?水…: the pairs are cut there). */
const MAX_LANG = 64;
const litsOf = (lang: string[]): Lits => (lang.includes('') ? null : lang);

/** Reads one source with the flags' syntax; throws Unsupported on anything it does not model. */
class Reader {
  i = 0;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

  alternation(): Part {
    const branches = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    const lits = branches.some((b) => b.lits === null) ? null : [...new Set(branches.flatMap((b) => b.lits!))];
    const lang = branches.some((b) => b.lang === null) ? null : [...new Set(branches.flatMap((b) => b.lang!))];
    return { lits, lang: lang && lang.length <= MAX_LANG ? lang : null };
  }

  /** A sequence: its fixed runs expanded, and its best necessary literals (the longest shortest one). */
  private sequence(): Part {
    const found: string[][] = [];
    let run: string[] = [''];
    let whole = true; // the run is the whole sequence so far
    const flush = () => {
      const lits = litsOf(run);
      if (lits) found.push(lits);
      run = [''];
      whole = false;
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const plain = this.plainRun();
      if (plain) {
        for (let k = 0; k < run.length; k++) run[k] += plain;
        continue;
      }
      const atom = this.atom();
      const { min, once } = this.quantifier();
      const lang = atom.lang && (once ? atom.lang : min === 0 && this.maxOne ? [...atom.lang, ''] : null);
      if (lang) {
        if (run.length * lang.length > MAX_LANG) flush();
        run = run.flatMap((a) => lang.map((b) => a + b));
        continue;
      }
      flush();
      if (min >= 1 && atom.lits) found.push(atom.lits);
    }
    const lang = whole ? [...new Set(run)] : null;
    flush();
    let best: string[] | null = null;
    const score = (l: string[]) => Math.min(...l.map((s) => s.length)) * 1000 - l.length;
    for (const l of found) if (!best || score(l) > score(best)) best = l;
    return { lits: best, lang };
  }

  private maxOne = false;

  /** The characters from here that each stand for themselves, exactly once (the bulk of a list's source:
   * 依靠贫雇农): read at once, as atom() and quantifier() would one by one, without their parts (a cold
   * process reads ~13,000 characters of such sources on its first import). */
  private plainRun(): string {
    const start = this.i;
    let end = start;
    while (end < this.src.length && !SPECIAL.has(this.src[end]!) && !QUANTIFIER.has(this.src[end + 1]!)) {
      const c = this.src.charCodeAt(end);
      if (c >= 0xd800 && c <= 0xdbff) break; // a surrogate: atom() decides with the u flag
      end++;
    }
    if (end === start) return '';
    this.i = end;
    this.maxOne = true;
    return this.src.slice(start, end);
  }

  /** The least count of the atom just read and whether it stands exactly once (maxOne: at most once). */
  private quantifier(): { min: number; once: boolean } {
    const c = this.src[this.i];
    let min: number;
    let once = false;
    this.maxOne = c === '?';
    if (c === '*' || c === '?') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i, this.i + 24));
      if (!m) throw new Unsupported();
      min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      once = min === 1 && max === 1;
      this.maxOne = max <= 1;
      this.i += m[0].length - 1;
    } else {
      this.maxOne = true;
      return { min: 1, once: true };
    }
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    return { min, once };
  }

  private atom(): Part {
    const c = this.src[this.i]!;
    this.i++;
    if (c === '(') {
      let zeroWidth = false;
      if (this.src.startsWith('?:', this.i)) this.i += 2;
      else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) {
        this.i += 2;
        zeroWidth = true;
      } else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) {
        this.i += 3;
        zeroWidth = true;
      } else if (this.src.startsWith('?<', this.i)) {
        const end = this.src.indexOf('>', this.i);
        if (end < 0) throw new Unsupported();
        this.i = end + 1;
      } else if (this.src[this.i] === '?') throw new Unsupported();
      const inner = this.alternation();
      if (this.src[this.i] !== ')') throw new Unsupported();
      this.i++;
      return zeroWidth ? EMPTY : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return NONE;
    if (c === '*' || c === '+' || c === '?' || c === '{') throw new Unsupported();
    if (c === '\\') return this.escape();
    // An astral character is one atom only with the u flag (without it, a quantifier takes its low half).
    if (this.unicode && c >= '\ud800' && c <= '\udbff' && this.i < this.src.length) return char(c + this.src[this.i++]);
    return char(c);
  }

  /** A class of a few characters written out ([、，,]) is those characters; any other class is any character. */
  private charClass(): Part {
    const start = this.i;
    for (; this.i < this.src.length && this.src[this.i] !== ']'; this.i++) if (this.src[this.i] === '\\') this.i++;
    if (this.src[this.i] !== ']') throw new Unsupported();
    const body = this.src.slice(start, this.i++);
    if (!body || /[\\^\-\ud800-\udfff]/.test(body) || body.length > 16) return NONE;
    return { lits: [...body], lang: [...body] };
  }

  private escape(): Part {
    const c = this.src[this.i++];
    if (c === undefined) throw new Unsupported();
    const hex = (n: number) => {
      const h = this.src.slice(this.i, this.i + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(h)) throw new Unsupported();
      this.i += n;
      return char(String.fromCharCode(parseInt(h, 16)));
    };
    if (c === 'u' && this.src[this.i] !== '{') return hex(4);
    if (c === 'x') return hex(2);
    const plain: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
    if (plain[c]) return char(plain[c]);
    if (c === 'b' || c === 'B') return EMPTY;
    if (/[dDwWsS]/.test(c)) return NONE;
    // Anything else with a letter or digit (\p{…}, \k<…>, \c, back references, \0) is not modelled.
    if (/[0-9A-Za-z]/.test(c)) throw new Unsupported();
    return char(c); // \. \( \? \、: the character itself
  }
}

const char = (c: string): Part => ({ lits: [c], lang: [c] });
/** What atom() reads as more than the character itself, and the two that end a sequence. */
const SPECIAL = new Set(['(', ')', '|', '[', '^', '$', '.', '*', '+', '?', '{', '\\']);
const QUANTIFIER = new Set(['*', '+', '?', '{']);

const known = new WeakMap<RegExp, Lits>();

/** Literals one of which every match of `re` holds; null when none is known (an `i` or `v` flag, a construct this
 * reader does not model, or a match that may hold no fixed text). */
export function requiredLiterals(re: RegExp): string[] | null {
  let lits = known.get(re);
  if (lits !== undefined) return lits;
  const prebuilt = prebuiltLiterals()?.get(literalsKey(re)); // the build's reading of this very source
  lits = prebuilt !== undefined ? prebuilt : readLiterals(re);
  known.set(re, lits);
  return lits;
}

/** The reader's answer for `re` (what the build writes for each gated regex: core/regex-literals-tables.ts). */
export function readLiterals(re: RegExp): Lits {
  if (/[iv]/.test(re.flags)) return null;
  try {
    const r = new Reader(re.source, re.flags.includes('u'));
    const lits = r.alternation().lits;
    return r.i === re.source.length ? lits : null;
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    return null;
  }
}

const pairBit = (a: number, b: number) => 0x10000 + ((Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 16);

/** A regex's literals as the bits a text's GramSet must have for each (its units, then its unit pairs): one
 * literal's count, then its bits, for each literal in turn. Null: the regex has no known literals. */
const checks = new WeakMap<RegExp, Int32Array | null>();
function checksOf(re: RegExp): Int32Array | null {
  let c = checks.get(re);
  if (c !== undefined) return c;
  const lits = requiredLiterals(re);
  c = null;
  if (lits) {
    const out: number[] = [];
    for (const l of lits) {
      const bits: number[] = [];
      for (let i = 1; i < l.length; i++) bits.push(pairBit(l.charCodeAt(i - 1), l.charCodeAt(i)));
      for (let i = 0; i < l.length; i++) bits.push(l.charCodeAt(i));
      out.push(bits.length, ...bits);
    }
    c = Int32Array.from(out);
  }
  checks.set(re, c);
  return c;
}

/** The UTF-16 units and (hashed) unit pairs of one text, as one bitset: whether it may hold a literal, in a few
 * bit tests. */
export class GramSet {
  private readonly bits = new Int32Array(0x20000 / 32);
  constructor(readonly text: string) {
    const bits = this.bits;
    let prev = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      bits[c >>> 5]! |= 1 << (c & 31);
      if (prev >= 0) {
        const h = pairBit(prev, c);
        bits[h >>> 5]! |= 1 << (h & 31);
      }
      prev = c;
    }
  }

  /** False only when `re` surely has no match in the text. */
  mayMatch(re: RegExp): boolean {
    const c = checksOf(re);
    if (c === null) return true;
    const bits = this.bits;
    for (let at = 0; at < c.length;) {
      const end = at + 1 + c[at]!;
      let all = true;
      for (let k = at + 1; k < end; k++) {
        const b = c[k]!;
        if (((bits[b >>> 5]! >>> (b & 31)) & 1) === 0) {
          all = false;
          break;
        }
      }
      if (all) return true;
      at = end;
    }
    return false;
  }

  /** `re.test(text)`, not run where it cannot match (a `g` or `y` regex always runs: test moves its lastIndex). */
  test(re: RegExp): boolean {
    return (re.global || re.sticky || this.mayMatch(re)) && re.test(this.text);
  }
}

let last: GramSet | null = null;
/** The GramSet of a text, kept for the last text asked (a history scan asks many lists of the same text). */
export function gramsOf(text: string): GramSet {
  if (last?.text !== text) last = new GramSet(text);
  return last;
}
