// Word segmentation with part-of-speech tags (jieba): which words of a 金句 to blank (content
// words weighted by rarity, never particles or punctuation), 提法 mining and rules, and comparisons.
import { jiebaInstance as instance } from './jieba-instance.js';
import { tagBySlice } from './jieba-slice.js';

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

// The 金句 scorers ask for the same sentence's tokens several times (style, parallel form, place
// names): a small memo of recent sentences makes that one jieba call. Results are frozen, shared.
const MEMO_SIZE = 512;
const memo = new Map<string, readonly Token[]>();

export function tokenize(text: string): readonly Token[] {
  let hit = memo.get(text);
  if (!hit) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    hit = Object.freeze(segment(text));
    memo.set(text, hit);
  }
  return hit;
}

function segment(text: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  // From a slice of the dictionary when the process chose those (jieba-slice.ts): the same tags.
  for (const t of tagBySlice(text) ?? instance().tag(text, true)) {
    const start = text.indexOf(t.word, at);
    if (start < 0) continue;
    out.push({ word: t.word, tag: t.tag, start, end: start + t.word.length });
    at = start + t.word.length;
  }
  return out;
}

/** Function words and punctuation: never blanked. */
const FUNCTION_TAG = /^(u|p|c|x|w|r|d|e|y|o|h|k|f|q|zg|uj|ul|uv|uz|ud|ug)/;
const CONTENT_WEIGHT: Record<string, number> = {
  nz: 3,
  i: 3,
  l: 2.5,
  vn: 2,
  n: 2,
  nt: 2.5,
  ns: 2,
  nr: 1.5,
  an: 2,
  v: 1.2,
  a: 1.2,
  m: 1.5,
  t: 1.5,
};
/** Single characters that jieba sometimes tags as content but are grammatical glue. */
const STOP = new Set([
  '的',
  '地',
  '得',
  '了',
  '着',
  '过',
  '和',
  '与',
  '及',
  '是',
  '在',
  '把',
  '被',
  '要',
  '对',
  '为',
  '而',
  '也',
  '都',
  '就',
  '又',
  '这',
  '那',
  '其',
  '之',
  '以',
  '于',
  '有',
  '没有',
  '我们',
  '他们',
  '一个',
  '一些',
  '这个',
  '那个',
  '进行',
  '更加',
  '不断',
]);

export function isContentToken(t: Token): boolean {
  if (t.word.length < 2) return false;
  if (STOP.has(t.word)) return false;
  if (/[\p{P}\p{S}\s]/u.test(t.word)) return false;
  if (FUNCTION_TAG.test(t.tag) && !(t.tag in CONTENT_WEIGHT)) return false;
  return t.tag in CONTENT_WEIGHT || /^[nv]/.test(t.tag);
}

/**
 * Picks up to `max` non-adjacent content words to blank, preferring longer, rarer words.
 * `docFreq` (word → how many library facts contain it) lowers the weight of common words.
 * Never returns spans covering more than half the text, so the sentence stays recognisable.
 */
export function chooseBlanks(text: string, max: number, docFreq?: (w: string) => number): Token[] {
  const tokens = tokenize(text).filter(isContentToken);
  const scored = tokens.map((t) => {
    const base = CONTENT_WEIGHT[t.tag] ?? 1;
    const df = docFreq ? docFreq(t.word) : 1;
    return { t, score: (base * Math.min(t.word.length, 4)) / Math.log2(2 + df) };
  });
  scored.sort((a, b) => b.score - a.score || a.t.start - b.t.start);
  const picked: Token[] = [];
  let covered = 0;
  for (const { t } of scored) {
    if (picked.length >= max) break;
    if (picked.some((p) => t.start <= p.end && t.end >= p.start)) continue; // not touching another blank
    if (covered + t.word.length > text.length / 2) continue;
    picked.push(t);
    covered += t.word.length;
  }
  return picked.sort((a, b) => a.start - b.start);
}
