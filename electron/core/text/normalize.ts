// The one Chinese text module: used by import, indexing and queries alike so that
// what is indexed and what is asked are folded the same way. Plain Node, no Electron.
// Only the traditional → simplified build (0.1 MB, not the full 1.2 MB with the simplified →
// traditional dictionaries), for the phrase-level conversion of display text; the fold of a single
// unit is a table (fold-table.ts, the result of fold-rule.ts for every unit), so a process that
// only folds never parses opencc's dictionaries, nor loads opencc at all (toSimplified requires it on first use:
// its 0.1 MB of dictionary strings were parsed by every process that folds, a CLI import among them).
import { createRequire } from 'node:module';
import type * as OpenCC from 'opencc-js/t2cn';
import { RADICAL_PAIRS } from './radicals-table.js';
import { FOLD_PAIRS } from './fold-table.js';

let t2s: ((text: string) => string) | null = null;

// The listed pairs, unit from and unit to, decoded once (little-endian bytes read as such: a cold
// readUInt16LE call per unit cost every process ~3 ms more before its first fold, issue 14).
const FOLDS = (() => {
  const b = Buffer.from(FOLD_PAIRS, 'base64');
  const units = new Uint16Array(b.length >> 1);
  for (let i = 0; i < units.length; i++) units[i] = b[2 * i]! | (b[2 * i + 1]! << 8);
  return units;
})();
// Folded unit per UTF-16 unit: ASCII lower-cased, the listed units folded, every other unit (a
// surrogate half too) itself. Folding is hot (import, index build, snippets): a typed-array lookup
// is ~10× faster than Map + concat.
const foldTable = (() => {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < t.length; c++) t[c] = c >= 65 && c <= 90 ? c + 32 : c;
  for (let i = 0; i + 1 < FOLDS.length; i += 2) t[FOLDS[i]!] = FOLDS[i + 1]!;
  return t;
})();

/** Fold for search: NFKC, case folding, full-width → half-width, traditional → simplified.
 * Length-preserving (one UTF-16 unit in, one out) so offsets line up with the original. */
/** Up to this many units a folded string is made from char codes (well below the engines' argument limits). */
const SHORT = 64;

export function foldForSearch(text: string): string {
  const units = foldUnits(text);
  // A query's few characters: a string made in JS (Buffer's decoding is a native call, several
  // times the cost of the whole folding for a search term or a tag name).
  if (text.length <= SHORT)
    return String.fromCharCode.apply(null, units.subarray(0, text.length) as unknown as number[]);
  // Buffer's UTF-16 decoding copies the units as they are (a lone surrogate too) and costs half
  // of TextDecoder's on paragraph-sized strings.
  return Buffer.from(units.buffer, 0, 2 * text.length).toString('utf16le');
}

const CORNER_MARKS: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

/** Corner brackets as the quotation marks they are in traditional-script texts (「……」, 『……』
 * inside): folded to “” and ‘’ so citation rules read one kind. Length-preserving. */
export function foldQuoteMarks(folded: string): string {
  return /[「」『』]/.test(folded) ? folded.replace(/[「」『』]/g, (c) => CORNER_MARKS[c]!) : folded;
}

/** foldForSearch's code units, without making a string: the first text.length units of the
 * returned array, which is reused by the next call. Snippets match terms on these directly. */
/** The Han characters of the folded text, nothing else: a key that punctuation, spacing and
 * script do not change. */
export function foldedHan(text: string): string {
  return hanChars(foldForSearch(text));
}

/** The Han characters of a text as written (punctuation, digits and Latin letters left out). */
export function hanChars(text: string): string {
  // The rest removed in runs: matching each character made an array of one-character strings
  // (a hot path of the import: every candidate sentence is checked against superseded lines).
  return text.replace(NOT_HAN, '');
}
const NOT_HAN = /\P{Script=Han}+/gu;

/** For each UTF-16 unit, the unit foldForSearch folds it to when it is a Han character that
 * folding changes (traditional → simplified), else 0. No surrogate is ever folded, so a Han
 * character outside the BMP is left as it is, as foldForSearch leaves it. */
let hanFoldTable: Uint16Array | null = null;
function hanFolds(): Uint16Array {
  if (hanFoldTable) return hanFoldTable;
  const t = new Uint16Array(0x10000);
  for (let i = 0; i + 1 < FOLDS.length; i += 2) {
    const from = FOLDS[i]!;
    if (/^\p{Script=Han}$/u.test(String.fromCharCode(from))) t[from] = FOLDS[i + 1]!;
  }
  return (hanFoldTable = t);
}

/** The Han characters folded (foldForSearch's traditional → simplified), every other character as
 * written: for rules that read punctuation and Latin letters as typed. Length-preserving. */
export function foldHan(text: string): string {
  const t = hanFolds();
  let i = 0;
  while (i < text.length && t[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  const units = new Uint16Array(text.length);
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    units[j] = t[c] || c;
  }
  return Buffer.from(units.buffer, 0, 2 * text.length).toString('utf16le');
}

export function foldUnits(text: string): Uint16Array {
  const n = text.length;
  if (scratch.length < n && n <= SCRATCH_MAX) scratch = new Uint16Array(Math.max(n, 2 * scratch.length));
  const buf = n <= scratch.length ? scratch : new Uint16Array(n);
  for (let i = 0; i < n; i++) buf[i] = foldTable[text.charCodeAt(i)]!;
  return buf;
}
/** Reused by every call (folding is synchronous): no buffer allocated per string; a longer text
 * (a whole book) gets its own, so the scratch never holds megabytes. */
let scratch = new Uint16Array(4096);
const SCRATCH_MAX = 1 << 20;

/** The units that fold to a folded unit (itself among them unless folding changes it): what a
 * text must hold somewhere for a folded term starting with that unit to occur in it. */
export function unitsFoldingTo(folded: number): readonly string[] {
  if (!preimages) {
    preimages = new Map();
    for (let c = 0; c < foldTable.length; c++) {
      const f = foldTable[c]!;
      const list = preimages.get(f);
      if (list) list.push(String.fromCharCode(c));
      else preimages.set(f, [String.fromCharCode(c)]);
    }
  }
  return preimages.get(folded) ?? NONE;
}
let preimages: Map<number, string[]> | null = null;
const NONE: readonly string[] = [];

/** Simplified form for display toggles (phrase-aware, may change length). */
export function toSimplified(text: string): string {
  t2s ??= (createRequire(import.meta.url)('opencc-js/t2cn') as typeof OpenCC).Converter({ from: 'tw', to: 'cn' });
  return t2s(text);
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/** Guess whether a text is written in traditional characters. */
export function detectScript(text: string): 'traditional' | 'simplified' {
  const sample = text.slice(0, 4000);
  let han = 0;
  let changed = 0;
  const folded = foldUnits(sample); // (the units, no string made)
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    // isHan of one unit, without a one-character string per unit.
    if (!((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff))) continue;
    han++;
    if (folded[i] !== c) changed++;
  }
  return han > 0 && changed / han > 0.05 ? 'traditional' : 'simplified';
}

/** NFKC for stored text, keeping CJK punctuation (NFKC would turn ，into ,). */
export function nfkcKeepCjkPunct(text: string): string {
  return text.replace(/[^\u3000-\u303f\uff01-\uff5e“”‘’…—]+/g, (run) => run.normalize('NFKC'));
}

/** Comparison key for identity: the folded text with punctuation, symbols and spaces removed, so
 * re-punctuated, re-spaced or traditional copies of one sentence share a key (ids, dedupe). */
const FULL_WIDTH = { digits: /[０-９]/g, alnum: /[０-９Ａ-Ｚａ-ｚ]/g };

/** Full-width digits (or digits and Latin letters) as ASCII, one character for one, so offsets
 * hold: １．, Ａ．, 答案：Ｃ and ２０２４年 as OCR and some input methods type them. */
export function halfWidth(text: string, what: keyof typeof FULL_WIDTH = 'alnum'): string {
  return text.replace(FULL_WIDTH[what], (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export function contentKey(text: string): string {
  return foldForSearch(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** contentKey with offsets: `key` equals contentKey(text), and `at[i]` is the offset in the
 * original text of key character i (folding is length-preserving, so also in the folded text).
 * Used where a match in the key must be shown in the original (引文核对, 对比阅读). */
export interface ComparisonKey {
  key: string;
  at: number[];
}

const KEY_CHAR = /[\p{L}\p{N}]/u;
const keyCharCache = new Uint8Array(0x10000); // 0 = unknown, 1 = kept, 2 = dropped

export function comparisonKey(text: string): ComparisonKey {
  const folded = foldForSearch(text);
  let key = '';
  const at: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < folded.length) {
      // A surrogate pair is one code point, kept or dropped whole (as the regex above does).
      const pair = folded.slice(i, i + 2);
      if (KEY_CHAR.test(pair)) {
        key += pair;
        at.push(i, i + 1);
      }
      i++;
      continue;
    }
    let k = keyCharCache[code]!;
    if (k === 0) k = keyCharCache[code] = KEY_CHAR.test(folded[i]!) ? 1 : 2;
    if (k === 1) {
      key += folded[i];
      at.push(i);
    }
  }
  return { key, at };
}

let radicals: Map<string, string> | null = null;
/** Radicals and compatibility ideographs → the ideographs they stand for. PDF text layers often
 * carry `⼀`, `⽉`, `⻅` (radical code points that look like 一, 月, 见), which break dates, search
 * and 金句 matching; a radical is never running text. Not length-preserving (a few map outside the
 * BMP), so it runs on raw text before anything keeps offsets. */
export function unifyRadicals(text: string): string {
  if (!/[\u2e80-\u2fdf\uf900-\ufaff]/.test(text)) return text;
  if (!radicals) {
    radicals = new Map();
    const cps = [...RADICAL_PAIRS];
    for (let i = 0; i + 1 < cps.length; i += 2) radicals.set(cps[i]!, cps[i + 1]!);
  }
  const table = radicals;
  return text.replace(/[\u2e80-\u2fdf\uf900-\ufaff]/g, (ch) => table.get(ch) ?? ch.normalize('NFC'));
}

const HALF_PUNCT = new RegExp(`(?<=[\u3400-\u9fff”’）》])([,;:?!])(?=[\u3400-\u9fff“‘（《]|$)`, 'gm');
const FULL_PUNCT: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

/** Half-width `,;:?!` standing between Chinese characters (OCR and some input methods mix them in:
 * `提高办事效率,经局党组研究`) as the full-width marks of the text around them. Length-preserving;
 * `8:30`, `1,000` and English text are left alone (a digit or Latin letter beside the mark). */
export function fullWidthCjkPunctuation(text: string): string {
  return text.replace(HALF_PUNCT, (c) => FULL_PUNCT[c]!);
}
