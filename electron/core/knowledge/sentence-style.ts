// What makes a sentence a 金句 and what makes it a fragment: parallel form (对仗, 排比), an
// aphoristic judgement (X是Y之本, 只有…才…), a metaphor, shortness, and self-containedness (no
// dangling connective or pronoun, no statistics, no list numbering). Pure string features; the
// weights live in quote-rank.ts.
import { foldForSearch } from '../text/normalize.js';
import { lexiconMatcher } from './lexicon.js';
import { commonPair, repeatedInThree, repeatedPhrase, sharedPhrase, tightRun } from './pair-repeats.js';
import { classical, metaphors } from './sentence-figures.js';
import {
  APPRAISAL,
  ARISEN,
  BOUND_TOGETHER,
  JUDGE_VERB,
  CORE_JUDGED,
  KEY_NOUN,
  DUTY,
  FIRST_JUDGED,
  ROOT_LIES,
  ALL_JUDGED,
  LISTED_JUDGED,
  LIST_JUDGED,
  MUST_NOT,
  onlyNot,
  UNCHANGED,
  WHETHER_JUDGED,
  LIKENED,
  NONE_BUT_EVERY,
} from './judgement-words.js';
import { CHANGE_TOLD, DATED, DONE, NARRATION, trendTold } from './narration-words.js';
import { followsFrom, isTask, subjectTask, TASK_START, topicKey } from './sentence-tasks.js';
import { withoutPopulation } from './sentence-fragment.js';
import { seriesMembers } from './semicolon-series.js';
import { NECESSITY, PATTERNS, withoutCondition } from './thesis-patterns.js';
import { weightyClose } from './weighty-predicates.js';
import { RECORDED } from './work-records.js';
import { principle } from './principles.js';

export interface StyleFeatures {
  /** 对仗: two adjacent clauses of one shape making up most of the sentence. */
  couplet: boolean;
  /** 排比: three or more clauses of one shape, head, tail or copula. */
  parallel: boolean;
  /** 对偶 / 反复: a matched pair of clauses inside a longer sentence, or a repeated word. */
  echo: boolean;
  /** A short judgement: X是Y之本, …，这是…, …说到底是…. */
  aphorism: boolean;
  /** 只有…才, 既…更, 越…越, 唯有…方能, 寓…于…. */
  pattern: boolean;
  /** Distinct metaphor words or figures (活水, 宣战, 这根弦, 像…一样). */
  metaphors: number;
  /** Terse classical wording (者, 之, 惟, 于) in short clauses. */
  classical: boolean;
  /** Starts like a task instruction (加强…、推进…、坚持…). */
  task: boolean;
  /** Statistical wording (增长, 亿, 百分之…). */
  dated: boolean;
  /** Narration of a particular year or event rather than a general truth. */
  narration: boolean;
  /** Every clause is short (≤ 8 characters): a tight couplet or series. */
  tight: boolean;
  /** A complete sentence of at most ten characters that is not an instruction (打铁必须自身硬). */
  terse: boolean;
}

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

/** 归根到底是, 归根结底是: the second clause says what the subject comes down to. */
const ROOT_OF_ALL = /^归根(?:到底|结底)(?:还)?是/;

/** 在…情况下, 在…中: a clause telling the circumstances of what the next one does. */
const CIRCUMSTANCE = /^在.{2,}(?:下|中|时|里)$/;

/** A retrospect set against a prospect (回顾过去…；展望未来…): the past named only to turn to
 * the future, not the narration of a period. */
const LOOKING_BACK = /^回顾(?![^，,]*一年)[^，,；;]{0,6}[，,][^；;]+[；;]展望[^，,；;]{0,6}[，,]/;

// The features below take the sentence's clauses, split once per sentence by styleOf: `c` without
// and `ce` with enumeration commas (a 金句 candidate is scored once, but there are many).
function couplet(text: string, c: string[]): boolean {
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

function parallel(c: string[], ce: string[]): boolean {
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
function echo(text: string, c: string[], ce: string[], loose = true): boolean {
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

function aphorism(text: string, c: string[]): boolean {
  // 国家计划是宏观调控的重要手段之一: one of a class is a classification, not a judgement.
  if (/之一[。！]?$/.test(text)) return false;
  // 企业之间的联合，是横向经济联合的基本形式: which form of a thing it is classifies it too.
  // (文化建设是精神文明建设的重要方面: which side of a whole it is, the same.)
  if (/的(?:基本|主要|一种|具体|重要)?(?:形式|形态|方面)[。！]?$/.test(text)) return false;
  // 社会治安是当前人民群众普遍关心的一个问题: a topic introduced, the judgement follows.
  // (中美、中苏关系，是大家关心的问题: the same, whoever is said to care.)
  if (/(?:普遍|大家|人们|群众)(?:都|所)?关心的(?:一个)?问题[。！]?$/.test(text)) return false;
  if (APPRAISAL.test(text)) return false;
  // …，是在…的基础上提出来的: where and how a thing arose is its history, not a judgement of it.
  if (ARISEN.test(text)) return false;
  // 要继续贯彻科学技术是第一生产力的指导思想: after 要 the copula is inside the object of an instruction.
  if (/^要/.test(text) || subjectTask(text)) return false;
  // 树立绿水青山就是金山银山理念，…: the copula is inside the 理念 an instruction names.
  if (TASK_START.test(text) && /(?:理念|观念)$/.test(c[0] ?? '')) return false;
  // (社会主义民主政治的本质和核心，是人民当家作主: what a thing is at its core weighs as a key noun.)
  // (…的较量，归根到底是科技和人才的竞争: what a thing comes down to in the end is its core, too.)
  const core = CORE_JUDGED.test(text) || ROOT_OF_ALL.test(c[1] ?? '');
  const key = core || KEY_NOUN.test(text) || weightyClose(text);
  if (text.length > (key ? 60 : 45)) return false;
  const judged =
    core ||
    FIRST_JUDGED.test(c[0] ?? '') ||
    /^(?:是|这是|说到底是)/.test(c[1] ?? '') ||
    ROOT_OF_ALL.test(c[1] ?? '') ||
    // (解决好“三农”问题，仍然是全部工作的重中之重: a copula kept on by 仍然, 始终 is one still.)
    c.slice(0, 3).some((x, i) => i > 0 && /^(?:仍然|依然|始终|永远)?是/.test(x)) ||
    // 巩固民族团结，维护祖国统一，促进共同繁荣，是…所在: three short activities judged by one copula.
    (c.length > 3 && c[3]!.startsWith('是') && c.slice(0, 3).every((x) => x.length <= 8)) ||
    c.slice(1).some((x) => x.startsWith('这是'));
  // 公务员的素质决定着…, 前途命运取决于人心向背: a general subject said to decide or bear on
  // something, in one clause, is a thesis (a short one: a long clause is a report's detail); so
  // is one whose second clause is categorical or a duty that orders no task (sentence-tasks.ts).
  if (text.length <= 30 && JUDGE_VERB.test(text) && (c.length === 1 || (c.length === 2 && followsFrom(c[1]!))))
    return true;
  // 一个地方的营商环境好不好，直接关系到…: whether a thing is good or not, said to bear on something.
  if (text.length <= 50 && WHETHER_JUDGED.test(text)) return true;
  // 营商环境就像空气，企业时时刻刻都能感受到: a subject likened to a thing.
  if (LIKENED.test(text)) return true;
  // 不靠改革创新没有出路, 没有稳定，什么事也干不成: what nothing can do without is a thesis.
  if (text.length <= 40 && NECESSITY.test(text)) return true;
  // 我国…长期向好的趋势没有改变: a state of things judged unchanged.
  if (UNCHANGED.test(text)) return true;
  // 农业的根本出路在科技: where the root of a matter lies, said of a general subject.
  if (c.length === 1 && text.length <= 24 && ROOT_LIES.test(text)) return true;
  // 社会主义民主和社会主义法制不可分割: two things judged bound together.
  if (text.length <= 30 && BOUND_TOGETHER.test(text)) return true;
  // 改革是…的自我完善，是推进一切工作的动力: one subject given two predicates is a definition.
  if (c.length === 2 && FIRST_JUDGED.test(c[0]!) && /^(?:也|更|还)?是/.test(c[1]!)) return true;
  // 推进农业现代化，改革是关键: what is key to the activity named first.
  if (topicKey(text)) return true;
  // …是法律赋予农民的财产权利，任何人都不能侵犯: a thing defined, then the duty it lays on everyone.
  if (c.length === 2 && (FIRST_JUDGED.test(c[0]!) || LIST_JUDGED.test(c[0]!)) && DUTY.test(c[1]!)) return true;
  // X，就是Y / …，是A，是B: a definition, whatever its length.
  if (/[，,]就是/.test(text) || /[，,]是[^，,]+[，,]是/.test(text)) return true;
  if (c.length >= 3 && c.slice(1).filter((x) => /.是./.test(x)).length >= 2) return true;
  // (Things listed or every one of a kind judged together, 都是, weigh as a key noun does.)
  if (text.length <= 32 && ALL_JUDGED.test(c[0] ?? '')) return true;
  if (text.length <= 45 && LISTED_JUDGED.test(text)) return true;
  return judged && (key || text.length <= 24 || lexiconMatcher().find(foldForSearch(text)).length > 0);
}

export function styleOf(text: string, optimistic = false): StyleFeatures {
  const clauses = clausesOf(text);
  const withEnum = clausesOf(text, true);
  // (凡…，都要…；凡…，都要…；…: members joined by ； that open and close alike, semicolon-series.ts.)
  const series = seriesMembers(text)?.length ?? 0;
  const trend = trendTold(clauses);
  const f = {
    // (只能…，不能…: what alone may be done set against what may not weighs as a couplet.)
    couplet: couplet(text, clauses) || series === 2 || MUST_NOT.test(text),
    parallel: parallel(clauses, withEnum) || series >= 3,
    // (越来越 said in every clause is a trend told twice, no 反复: trendTold.)
    echo: !trend && echo(text, clauses, withEnum),
    aphorism: aphorism(text, clauses),
    pattern: PATTERNS.test(text) || (text.length <= 16 && /则/.test(text)) || (!trend && repeatedPhrase(text, clauses)),
    metaphors: metaphors(text, optimistic),
    classical: classical(text, clauses, optimistic),
  };
  // (政府该管的事一定要管好，不该管的事坚决不管; 绝不能以…为代价: a principle laid down, principles.ts.)
  const rule = principle(text);
  const task = isTask(text, clauses) && !rule;
  return {
    ...f,
    task,
    dated: DATED.test(withoutPopulation(text)),
    narration:
      !rule &&
      (NARRATION.test(withoutCondition(text.replace(LOOKING_BACK, ''))) ||
        DONE.test(text) ||
        CHANGE_TOLD.test(text) ||
        RECORDED.test(text) ||
        trend),
    tight: (clauses.length >= 2 && clauses.every((c) => c.length <= 8)) || tightRun(withEnum),
    terse: clauses.length === 1 && clauses[0]!.length <= 10 && !task && /[。！]$/.test(text.trim()),
  };
}

/** Whether a text has any rhetorical form (the condition for the length bonus). */
export function isRhetorical(f: StyleFeatures): boolean {
  return f.couplet || f.parallel || f.echo || f.aphorism || f.pattern || f.metaphors > 0 || f.classical;
}

/** A form strong enough that being repeated elsewhere means being cited (not boilerplate). */
export function isMemorable(f: StyleFeatures): boolean {
  return !f.task && (f.couplet || f.aphorism || f.pattern || f.metaphors > 0 || f.classical);
}
