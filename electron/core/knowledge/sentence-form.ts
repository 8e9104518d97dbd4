// The parallel form of a sentence (sentence-style.ts): a couplet (对仗), a series (排比), a matched pair or a
// word said again (对偶, 反复), read on its clauses. Pure string features.
import { commonPair, repeatedInThree, sharedPhrase } from './pair-repeats.js';
import { NONE_BUT_EVERY, onlyNot } from './judgement-words.js';
import { NARRATION } from './narration-words.js';
import { TASK_START } from './sentence-tasks.js';

/** Clauses split at commas, semicolons and colons (and enumeration commas), punctuation removed. */
export function clausesOf(text: string, withEnum = false): string[] {
  const sep = withEnum ? /[，,；;、：:]/ : /[，,；;：:]/;
  return text
    .replace(/[。！？!?”“"]/g, '')
    .split(sep)
    .map((c) => c.trim())
    .filter(Boolean);
}

/** Same length, and the same character at one position at least (务必|务必, X在Y上); `loose`:
 * any two four-character clauses. */
function sameShape(parts: string[], loose = true): boolean {
  if (parts.length < 2) return false;
  const len = parts[0]!.length;
  if (len < 2 || parts.some((p) => p.length !== len)) return false;
  if (loose && len === 4 && parts.length === 2) return true; // 四字对: 大道至简，政简易行
  for (let i = 0; i < len; i++) if (parts.every((p) => p[i] === parts[0]![i])) return true;
  return false;
}

/** Two adjacent clauses matching in shape or echoing each other's ending (前所未有|前所未有). */
function matchedPair(x: string, y: string, loose = true): boolean {
  // 就是为中国人民谋幸福 | 为中华民族谋复兴: a leading copula or adverb is not part of the pair.
  const a = x.replace(/^(?:就是|也是|都是|是|也|又|更|才|还)/, '');
  const b = y.replace(/^(?:就是|也是|都是|是|也|又|更|才|还)/, '');
  if (a.length < 3 || b.length < 3 || a.length > 12 || b.length > 12) return false;
  return sameShape([a, b], loose) || a.slice(-3) === b.slice(-3);
}

/** 回顾过去，我们拼搏奋进，…；展望未来，我们任重道远，…: two halves set side by side by ；, each of
 * clauses of the same lengths, opening on a matched pair (回顾过去 | 展望未来; 回顾五年成就 | 展望未来发展). */
function halvesMatch(text: string): boolean {
  const halves = text.replace(/[。！]$/, '').split(/[；;]/);
  if (halves.length !== 2) return false;
  const [a, b] = halves.map((h) => clausesOf(h));
  if (a!.length < 2 || a!.length !== b!.length) return false;
  if (a!.some((x, i) => Math.abs(x.length - b![i]!.length) > 1 || x.length > 10)) return false;
  return sameShape([a![0]!, b![0]!]) || (LOOKING_BACK.test(text) && /^展望/.test(b![0]!));
}

/** 在…情况下, 在…中: a clause telling the circumstances of what the next one does. */
const CIRCUMSTANCE = /^在.{2,}(?:下|中|时|里)$/;

/** A retrospect set against a prospect (回顾过去…；展望未来…): the past named only to turn to
 * the future, not the narration of a period. */
export const LOOKING_BACK = /^回顾(?![^，,]*一年)[^，,；;]{0,6}[，,][^；;]+[；;]展望[^，,；;]{0,6}[，,]/;

// The features below take the sentence's clauses, split once per sentence by styleOf: `c` without
// and `ce` with enumeration commas (a 金句 candidate is scored once, but there are many).
export function couplet(text: string, c: string[]): boolean {
  // 信心凝聚力量，实干谱写华章: a sentence of two equal short clauses is a couplet by itself
  // (unless it is two instructions or a narration: 实施…战略，加强…保护 / 回顾过去一年，…).
  // (在财力紧张情况下，持续加大民生投入: a circumstance and what was done in it are no pair.)
  if (c.length === 2 && c[0]!.length === c[1]!.length && c[0]!.length >= 4 && c[0]!.length <= 8)
    return !TASK_START.test(c[0]!) && !TASK_START.test(c[1]!) && !NARRATION.test(text) && !CIRCUMSTANCE.test(c[0]!);
  if (halvesMatch(text)) return true;
  // (营商环境没有终点，只有新的起点: what the subject has only, set against what it never has.)
  if (onlyNot(text)) return true;
  // (作风建设没有局外人，每一名党员干部都是责任人: nobody outside it, everyone in it.)
  if (NONE_BUT_EVERY.test(text)) return true;
  const total = c.reduce((n, x) => n + x.length, 0);
  for (let i = 0; i + 1 < c.length; i++)
    if (sameShape([c[i]!, c[i + 1]!]) && c[i]!.length <= 12 && (c[i]!.length * 2) / total >= 0.6) return true;
  return false;
}

/** 从一盏灯、一条路、一个垃圾桶做起; 体现在一个窗口、一次办事、一张笑脸上: three single things, one
 * of each, named to make a principle concrete. */
const ONE_OF_EACH =
  /(?:一[个盏条张次件份句把间扇座所][\u4e00-\u9fff]{1,4}、){2}一[个盏条张次件份句把间扇座所][\u4e00-\u9fff]{1,4}/;

export function parallel(c: string[], ce: string[]): boolean {
  if (ONE_OF_EACH.test(c.join('，'))) return true;
  for (const parts of [c, ce]) {
    for (let i = 0; i + 3 <= parts.length; i++) {
      const [x, y, z] = [parts[i]!, parts[i + 1]!, parts[i + 2]!];
      if (sameShape([x, y, z])) return true;
      const long = x.length >= 3 && y.length >= 3 && z.length >= 3;
      if (long && sameUnits(x, 0, y, 0, 2) && sameUnits(x, 0, z, 0, 2)) return true;
      if (long && sameUnits(x, x.length - 2, y, y.length - 2, 2) && sameUnits(x, x.length - 2, z, z.length - 2, 2))
        return true;
      if (COPULA.test(x) && COPULA.test(y) && COPULA.test(z)) return true; // 第一要义是…，核心是…，基本要求是…
      // 放在心上、扛在肩上、抓在手上: the items end alike even when their heads differ.
      const k = Math.min(x.length, y.length, z.length);
      if (k >= 3 && sameShape([x.slice(-k), y.slice(-k), z.slice(-k)])) return true;
    }
    // 政治过硬、本领过硬、作风过硬: one word repeated across three items (each item counts a word once).
    if (repeatedInThree(parts)) return true;
  }
  return false;
}

const COPULA = /.是./;
/** Whether a[i…i+n) and b[j…j+n) are the same units. */
function sameUnits(a: string, i: number, b: string, j: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  return true;
}

function repeatedWord(t: string): boolean {
  for (let k = 0; k + 2 <= t.length; k++) {
    const g = t.slice(k, k + 2);
    if (!commonPair(g.charCodeAt(0), g.charCodeAt(1)) && t.indexOf(g, k + 2) >= 0) return true;
  }
  return false;
}

/** 对偶 or 反复 in a text of its own, list items counted as clauses (极不寻常、极不平凡). `strict`:
 * two four-character phrases that share nothing (极不平凡，令人振奋) are no pair. */
export function echoes(text: string, strict = false): boolean {
  const ce = clausesOf(text, true);
  return echo(text, ce, ce, !strict);
}

/** 对偶 (a matched pair of clauses) or 反复 (a content word repeated in a short sentence). */
export function echo(text: string, c: string[], ce: string[], loose = true): boolean {
  let parts = c;
  for (let i = 0; i + 1 < parts.length; i++) if (matchedPair(parts[i]!, parts[i + 1]!, loose)) return true;
  // 回环: 发展需要和平，和平离不开发展 (A…B, B…A).
  if (c.length === 2 && c[0]!.length >= 4 && c[1]!.length >= 4) {
    const [x, y] = [c[0]!, c[1]!];
    if (x.slice(0, 2) === y.slice(-2) && x.slice(-2) === y.slice(0, 2)) return true;
  }
  // 政府干的，都应是人民盼的: two 的-phrases set against each other.
  if (parts.length === 2 && parts.every((p) => p.endsWith('的')) && text.length <= 16) return true;
  // 各国的事情要由各国人民自己作主，国际上的事情要由大家商量解决: two clauses built on one phrase
  // of four characters or more are a pair however long each is.
  if (c.length === 2 && text.length <= 44 && sharedPhrase(c[0]!, c[1]!, 4)) return true;
  // 反复: a content word said again in another clause (or list item) of a short sentence
  // (服务…服务, 极不寻常、极不平凡).
  if (text.length > 30) return false;
  if (parts.length < 2 && text.length <= 20) parts = ce;
  // 振兴经济首先要振兴科技: a word said twice in one short clause.
  if (parts.length < 2) return parts.length === 1 && text.length <= 16 && repeatedWord(parts[0]!);
  for (let i = 0; i < parts.length; i++)
    for (let k = 0; k + 2 <= parts[i]!.length; k++) {
      const g = parts[i]!.slice(k, k + 2);
      if (!commonPair(g.charCodeAt(0), g.charCodeAt(1)) && parts.some((p, j) => j !== i && p.includes(g))) return true;
    }
  return false;
}
