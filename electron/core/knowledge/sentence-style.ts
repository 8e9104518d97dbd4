// What makes a sentence a 金句 and what makes it a fragment: parallel form (对仗, 排比), an
// aphoristic judgement (X是Y之本, 只有…才…), a metaphor, shortness, and self-containedness (no
// dangling connective or pronoun, no statistics, no list numbering). Pure string features; the
// weights live in quote-rank.ts.
import { foldForSearch } from '../text/normalize.js';
import { lexiconMatcher } from './lexicon.js';
import { repeatedPhrase, tightRun } from './pair-repeats.js';
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
  UNCHANGED,
  WHETHER_JUDGED,
  EVEN_THE_BEST,
  LIKENED,
} from './judgement-words.js';
import { CHANGE_TOLD, DATED, DONE, DONE_PAIR, NARRATION, PLACE_TOLD, trendTold } from './narration-words.js';
import { followsFrom, isTask, subjectTask, TASK_START, topicKey } from './sentence-tasks.js';
import { withoutPopulation } from './sentence-fragment.js';
import { seriesMembers } from './semicolon-series.js';
import { NECESSITY, PATTERNS, withoutCondition } from './thesis-patterns.js';
import { weightyClose } from './weighty-predicates.js';
import { RECORDED } from './work-records.js';
import { principle } from './principles.js';
import { clausesOf, couplet, echo, LOOKING_BACK, parallel } from './sentence-form.js';

export { clausesOf, echoes } from './sentence-form.js';

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

/** 归根到底是, 归根结底是: the second clause says what the subject comes down to. */
const ROOT_OF_ALL = /^归根(?:到底|结底)(?:还)?是/;

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
  // 再好的蓝图，不抓落实就是一纸空文: the best of a thing judged nothing without what makes it count.
  // (一分部署，九分落实；再好的蓝图，不干也只是一张白纸: the same as one member of a series.)
  if (text.split(/[；;]/).some((m) => EVEN_THE_BEST.test(m))) return true;
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

/** The features found without word segmentation's help or hindrance: the same for both passes. */
type PlainFeatures = Omit<StyleFeatures, 'metaphors' | 'classical'> & { clauses: string[] };

/** The forms a sentence's words take (对仗, 排比, 对偶, 论断, 关联句式), with the clauses they are read on. */
function formsOf(text: string) {
  const clauses = clausesOf(text);
  const withEnum = clausesOf(text, true);
  // (凡…，都要…；凡…，都要…；…: members joined by ； that open and close alike, semicolon-series.ts.)
  const series = seriesMembers(text)?.length ?? 0;
  const trend = trendTold(clauses);
  return {
    clauses,
    withEnum,
    trend,
    // (只能…，不能…: what alone may be done set against what may not weighs as a couplet.)
    couplet: couplet(text, clauses) || series === 2 || MUST_NOT.test(text),
    parallel: parallel(clauses, withEnum) || series >= 3,
    // (越来越 said in every clause is a trend told twice, no 反复: trendTold.)
    echo: !trend && echo(text, clauses, withEnum),
    aphorism: aphorism(text, clauses),
    pattern: PATTERNS.test(text) || (text.length <= 16 && /则/.test(text)) || (!trend && repeatedPhrase(text, clauses)),
  };
}
type Forms = ReturnType<typeof formsOf>;

function plainFeatures(text: string, f: Forms = formsOf(text)): PlainFeatures {
  const { clauses, withEnum, trend } = f;
  // (政府该管的事一定要管好，不该管的事坚决不管; 绝不能以…为代价: a principle laid down, principles.ts.)
  const rule = principle(text);
  const task = isTask(text, clauses) && !rule;
  return {
    clauses,
    couplet: f.couplet,
    parallel: f.parallel,
    echo: f.echo,
    aphorism: f.aphorism,
    pattern: f.pattern,
    task,
    dated: DATED.test(withoutPopulation(text)),
    narration:
      !rule &&
      (NARRATION.test(withoutCondition(text.replace(LOOKING_BACK, ''))) ||
        DONE.test(text) ||
        DONE_PAIR.test(text) ||
        CHANGE_TOLD.test(text) ||
        PLACE_TOLD.test(text) ||
        RECORDED.test(text) ||
        trend),
    tight: (clauses.length >= 2 && clauses.every((c) => c.length <= 8)) || tightRun(withEnum),
    terse: clauses.length === 1 && clauses[0]!.length <= 10 && !task && /[。！]$/.test(text.trim()),
  };
}

// A candidate is scored twice, optimistically and then in full (quote-rank.ts): only the metaphors
// and the classical wording differ, so the rest is found once. Shared, never changed.
const MEMO_SIZE = 512;
const memo = new Map<string, PlainFeatures>();

export function styleOf(text: string, optimistic = false): StyleFeatures {
  let p = memo.get(text);
  if (!p) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    p = plainFeatures(text);
    memo.set(text, p);
  }
  return {
    couplet: p.couplet,
    parallel: p.parallel,
    echo: p.echo,
    aphorism: p.aphorism,
    pattern: p.pattern,
    metaphors: metaphors(text, optimistic),
    classical: classical(text, p.clauses, optimistic),
    task: p.task,
    dated: p.dated,
    narration: p.narration,
    tight: p.tight,
    terse: p.terse,
  };
}

/** isRhetorical(styleOf(text, true)), found without the features that make no form (task, narration,
 * statistics): most sentences have none, and quote-rank.ts rules them out on that alone. */
export function hasOptimisticForm(text: string): boolean {
  let p = memo.get(text);
  if (!p) {
    const f = formsOf(text);
    if (!(f.couplet || f.parallel || f.echo || f.aphorism || f.pattern))
      return metaphors(text, true) > 0 || classical(text, f.clauses, true);
    if (memo.size >= MEMO_SIZE) memo.clear();
    p = plainFeatures(text, f);
    memo.set(text, p);
  }
  return isRhetorical(styleOf(text, true));
}

/** Whether a text has any rhetorical form (the condition for the length bonus). */
export function isRhetorical(f: StyleFeatures): boolean {
  return f.couplet || f.parallel || f.echo || f.aphorism || f.pattern || f.metaphors > 0 || f.classical;
}

/** A form strong enough that being repeated elsewhere means being cited (not boilerplate). */
export function isMemorable(f: StyleFeatures): boolean {
  return !f.task && (f.couplet || f.aphorism || f.pattern || f.metaphors > 0 || f.classical);
}
