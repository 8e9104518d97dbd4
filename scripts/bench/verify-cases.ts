// Labelled cases for 引文核对, shared by the benchmark (scripts/bench/verify.ts) and the unit test:
// library sentences after random edits (one or two characters changed, punctuation removed,
// traditional script) with every place in the library that holds the original (the oracle, a
// plain substring scan), and sentences that are nowhere in the library. Plus the scoring.
import * as OpenCC from 'opencc-js';
import type { Paragraph, Verification } from '../../electron/contract/api.js';
import { seededRng, type Rng } from '../../electron/core/quiz/rng.js';
import { comparisonKey } from '../../electron/core/text/normalize.js';

export interface CaseDoc {
  id: string;
  paragraphs: Paragraph[];
}
export type Edit = 'changed1' | 'changed2' | 'nopunct' | 'traditional';
export interface PositiveCase {
  original: string;
  text: string;
  edits: Edit[];
  /** `docId#paragraph` of every paragraph holding the original sentence. */
  sources: Set<string>;
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** Replacement characters: common, so an edit never makes the sentence unusually easy to find. */
const COMMON =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';

function changeChars(s: string, n: number, rng: Rng): string {
  const chars = [...s];
  const han = chars.map((c, i) => (/[\u4e00-\u9fff]/.test(c) ? i : -1)).filter((i) => i >= 0);
  for (let k = 0; k < n && han.length; k++) {
    const at = han.splice(Math.floor(rng() * han.length), 1)[0]!;
    let c = chars[at]!;
    while (c === chars[at]) c = COMMON[Math.floor(rng() * COMMON.length)]!;
    chars[at] = c;
  }
  return chars.join('');
}

export function editSentence(s: string, rng: Rng): { text: string; edits: Edit[] } {
  const n = rng() < 0.5 ? 1 : 2;
  const edits: Edit[] = [n === 1 ? 'changed1' : 'changed2'];
  let text = changeChars(s, n, rng);
  if (rng() < 0.5) {
    text = text.replace(/[\p{P}\p{S}\s]/gu, '');
    edits.push('nopunct');
  }
  if (rng() < 0.5) {
    text = toTraditional(text);
    edits.push('traditional');
  }
  return { text, edits };
}

/** Sentences suitable as quotations: one full sentence of 15–80 characters with ≥ 12 key characters. */
export function sentencesOf(paragraphs: Paragraph[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    if (p.kind !== 'p') continue;
    for (const s of p.text.split(/(?<=[。！？])/)) {
      const t = s.trim();
      if (t.length >= 15 && t.length <= 80 && comparisonKey(t).key.length >= 12) out.push(t);
    }
  }
  return out;
}

/** Every paragraph key of the library in one string, for the substring oracle. */
export class LibraryOracle {
  private joined: string;
  private starts: number[] = [];
  private places: string[] = [];
  constructor(docs: CaseDoc[]) {
    const parts: string[] = [];
    let at = 0;
    for (const d of docs)
      d.paragraphs.forEach((p, i) => {
        const k = comparisonKey(p.text).key;
        this.starts.push(at);
        this.places.push(`${d.id}#${i}`);
        parts.push(k);
        at += k.length + 1;
      });
    this.joined = parts.join('\n');
  }
  /** Whether some run of `fraction` of the sentence's key occurs verbatim in the library. */
  sharesRun(sentence: string, fraction: number): boolean {
    const k = comparisonKey(sentence).key;
    const len = Math.ceil(k.length * fraction);
    for (let i = 0; i + len <= k.length; i++) if (this.joined.includes(k.slice(i, i + len))) return true;
    return false;
  }
  /** `docId#paragraph` of every paragraph whose key contains the sentence's key. */
  placesOf(sentence: string): Set<string> {
    const k = comparisonKey(sentence).key;
    const out = new Set<string>();
    for (let at = this.joined.indexOf(k); at >= 0; at = this.joined.indexOf(k, at + 1)) {
      let lo = 0;
      let hi = this.starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (this.starts[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      out.add(this.places[lo]!);
    }
    return out;
  }
}

/** The share of the sentence a verbatim library run must cover to make it a near-copy. */
export const NEAR_COPY_RUN = 0.5;

export function positiveCases(docs: CaseDoc[], oracle: LibraryOracle, n: number, seed: number): PositiveCase[] {
  const rng = seededRng(seed);
  const out: PositiveCase[] = [];
  const seen = new Set<string>();
  while (out.length < n) {
    const d = docs[Math.floor(rng() * docs.length)]!;
    const sentences = sentencesOf(d.paragraphs);
    const original = sentences[Math.floor(rng() * sentences.length)];
    if (!original || seen.has(original)) continue;
    seen.add(original);
    out.push({ original, ...editSentence(original, rng), sources: oracle.placesOf(original) });
  }
  return out;
}

/** Sentences of documents outside the library that are not in it. A sentence that shares a
 * verbatim run of half its length with the library is a near-copy (a boilerplate notice with
 * another date): changing a character or two of a library sentence gives the same, so it is set
 * aside and counted, not used as a negative. */
export function negativeCases(
  outside: CaseDoc[],
  oracle: LibraryOracle,
  n: number,
  seed: number,
): { sentences: string[]; nearCopies: number } {
  const rng = seededRng(seed);
  const sentences: string[] = [];
  const seen = new Set<string>();
  let nearCopies = 0;
  for (let tries = 0; sentences.length < n && tries < n * 100; tries++) {
    const d = outside[Math.floor(rng() * outside.length)]!;
    const all = sentencesOf(d.paragraphs);
    const s = all[Math.floor(rng() * all.length)];
    if (!s || seen.has(s)) continue;
    seen.add(s);
    if (oracle.sharesRun(s, NEAR_COPY_RUN)) nearCopies++;
    else sentences.push(s);
  }
  return { sentences, nearCopies };
}

/** Top-1 is right when the best match lies in a paragraph that holds the original sentence. */
export function topOneRight(c: PositiveCase, v: Verification): boolean {
  const m = v.sentences.length === 1 ? v.sentences[0]!.match : null;
  return m !== null && c.sources.has(`${m.docId}#${m.paragraph}`);
}

/** A false match: anything but 未找到 for a sentence that is not in the library. */
export function falseMatch(v: Verification): boolean {
  return v.sentences.some((s) => s.verdict !== '未找到');
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}
