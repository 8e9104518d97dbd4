// Ranks candidate 金句 and keeps the best few per document, each with the reason it was chosen
// (shown in the app): cited again elsewhere in the library, parallel form, an aphoristic
// judgement, a metaphor, brevity. Fragments and plain task sentences never qualify.
import type { QuoteCandidate } from './quote-candidates.js';
import { lexiconMatcher } from './lexicon.js';
import { tokenize } from '../text/segment.js';
import { echoes, isMemorable, isRhetorical, styleOf } from './sentence-style.js';
import { fragmentReason } from './sentence-fragment.js';
import { BELIEF, CONVICTION, PLEDGE, TASK_SIZE } from './judgement-words.js';
import { foldForSearch } from '../text/normalize.js';
import { seriesMembers } from './semicolon-series.js';
import { recordsVerdict } from './verdict-shapes.js';
import { COUNT_TOLD, PERSON_APPRAISED } from './narration-words.js';
import { ANYONE_YOU, GROUNDED, ONLY_IF } from './thesis-patterns.js';
import { sayingIn } from './sayings.js';
import { principle } from './principles.js';
import { fitsBeyond, quotaFor, quotaWithForms, weighedTask } from './quote-quota.js';

/** Share of a line's characters a listed saying must cover for the line to be that saying. */
const KNOWN_SHARE = 0.7;

/** The line is essentially a listed saying, not an order to hold it (各学校要把师德师风作为…第一标准). */
export function knownSaying(text: string): boolean {
  const m = sayingIn(text);
  return !!m && m.coverage >= KNOWN_SHARE && !/要(?!求)|必须|应当|应该/.test(text.slice(0, m.start));
}

function placesIn(text: string): number {
  return tokenize(text).filter((t) => t.tag === 'ns' && !/^(中国|中华|我国|国家|台湾|香港|澳门)/.test(t.word)).length;
}

function termsIn(text: string): string[] {
  return [
    ...new Set(
      lexiconMatcher()
        .find(foldForSearch(text))
        .map((m) => m.term),
    ),
  ];
}

export interface RankedQuote extends QuoteCandidate {
  score: number;
  /** Why it is a 金句, in Chinese: `对仗；比喻；书库中另有2篇文献引用`. */
  reason: string;
  /** A thesis (a judgement or a 关联句式) that is no instruction: admitted below MIN_SCORE in a
   * document that has too few 金句 (selectQuotes). */
  thesis?: boolean;
  /** Its score before its form alone (只有…才能) lifted it to MIN_SCORE: it takes a near-threshold slot
   * of a short report only if it would have had one (selectQuotes). */
  lifted?: number;
}

/** Greetings, wishes (祝…), thanks, questions, the listener addressed (not 你中有我、你追我赶),
 * the speaker's own experience (我都在看, 我去过), or a person of the story spoken of (我死了以后，她会
 * 闹事; not 其他, 他人, 他山之石, 他国). */
const CONVERSATION =
  /^祝|谢谢|辛苦了|你好|再见|[你您]|[吗呢吧][？?！!。]?$|[？?]$|我(?:都|也|很|还|曾|去|来|看|听|想|记得)|(?<!其)[他她](?![山乡人们国])/;
const isConversation = (text: string) =>
  CONVERSATION.test(text.replace(ANYONE_YOU.test(text) ? /你/g : /你中有我|我中有你|你追我赶|你来我往/g, ''));

/** `请大家往这边看`: a guide or a host showing the visitors the way (round speech73, speech72's 讲解词). */
const GUIDE_DIRECTION = /^请(?:大家|各位)(?:往|朝|看)/;

/** A directive's bare opening (`要……`, `紧紧依靠……`, `把……作为……来抓`), not a thesis opening on a verb. */
const BARE_ORDER = /^(?:要|紧紧|把[^，,。；;]{2,30}(?:作为|当作|当成))/;

// (What a whole people shares or owes — 共同愿望, 共同要求, 神圣义务, 基本立足点 — is as strong: 维护和平是中国
// 人民和全世界人民的共同要求; 世世代代友好下去，是中日两国人民的共同愿望.)
const ROOT_NOUN =
  /根本(?!上)|关键(?:所在|抉择|一招)|生命(?!力)|灵魂|之本|之源|之魂|基石|最大(?:的)?(?:优势|危险|政治|利益)|重中之重|头等大事|必由之路|共同(?:要求|愿望|心愿)[。！]?$|神圣(?:义务|职责|使命)[。！]?$|基本立足点/;

/** 决不辜负人民期待！, 胜利一定是属于我们的！: a resolve declared with an exclamation, the 表态 a
 * report ends a part on (a plain exclamation, 大会开幕了！, is not one). */
export function resolves(text: string): boolean {
  // (A long one is a list of what is promised, remembered by its other forms if any, unless the
  // speaker pledges himself in it as a resolve: 我们一定要…，不辱历史使命，不负人民重托。)
  const t = text.trim();
  // (A firm belief declared in a sure outcome, BELIEF, is a resolve at any of its lengths.)
  if (t.length > 36) return BELIEF.test(t) || (t.length <= 60 && /^我们一定/.test(t) && PLEDGE.test(t));
  // (A sure outcome of the conditions before, 国家必将生机勃勃, is declared whatever its end mark.)
  // (绝不允许任何人…分裂出去: a prohibition laid on anyone is a stance declared, whatever its end mark.)
  return (
    (/[！!]$/.test(t) && /决不|绝不|一定|必将|必定|永远|始终|任何[^，,；;]{1,14}都/.test(text)) ||
    CONVICTION.test(t) ||
    BELIEF.test(t) ||
    /^(?:决不|绝不)(?:允许|容许)任何/.test(t)
  );
}

/** Minimum score of a 金句; below it a sentence is ordinary prose. */
export const MIN_SCORE = 4;
export const NEAR_SCORE = 3;
/** The most being cited elsewhere can add to a score. */
export const MAX_CITE_BONUS = 3;

function lengthScore(n: number): number {
  return n <= 20 ? 2 : n <= 35 ? 1 : n <= 50 ? 0 : n <= 70 ? -1 : -2;
}

/** A candidate's score and reasons, or null when it cannot stand alone. `optimistic`: an upper
 * bound of the score without word segmentation (jieba, the costly part), to rule most sentences
 * out first: every feature found by words is assumed when its characters are there (the score
 * only rises with a feature), and the deduction for listing places, found by words, is left out. */
export function scoreCandidate(c: QuoteCandidate, cited = 0, optimistic = false): RankedQuote | null {
  if (fragmentReason(c.text, optimistic)) return null;
  // (我们面临的任务艰巨而繁重，…: the size of a task said clause by clause is the report's closing formula.)
  if (TASK_SIZE.test(c.text)) return null;
  // (…是完全正确的，取得的成效是明显的; …是中华民族的盛事: a verdict or an event recorded, verdict-shapes.ts.)
  // (社区二十个网格，每个网格都有…: a count of what a place has, narration-words.ts.)
  if (c.source === 'own' && (recordsVerdict(c.text) || PERSON_APPRAISED.test(c.text) || COUNT_TOLD.test(c.text)))
    return null;
  const styled = styleOf(c.text, optimistic);
  // Words said to someone in a story (“大家辛苦了，谢谢大家！”, “你们的路子已经找对了…”) are
  // the speaker's, but a remark, not a 金句, unless they form a couplet (我将无我，不负人民).
  // (So are words someone said to the speaker: `林某某曾对我说：“村里人心齐了，什么事都好办…”`.)
  if (c.source === 'frame' && (isConversation(c.text) || c.toMe) && !styled.couplet) return null;
  // (So are words a report gives as said to those present: `李克强说，你们做到了两手抓，…`.)
  // (`他说，你不干，我不干，…`: 你 as anyone, thesis-patterns.ts ANYONE_YOU, is no one addressed.)
  if (c.reported && /[你您](?!中有我|追我赶|来我往)/.test(c.text) && !ANYONE_YOU.test(c.text)) return null;
  // A report's own question (什么是我们克服困难的道路呢？) opens the answer that follows it.
  if (c.source === 'own' && /[？?]\s*$/.test(c.text)) return null;
  // (`请大家往这边看，这是…`: a guide's direction to the visitors, whatever judgement follows it.)
  if (c.source === 'own' && GUIDE_DIRECTION.test(c.text)) return null;
  // An instruction (加强…，推进…) is a task list however neat its form: only a judgement, a
  // metaphor or classical wording can make it memorable.
  // (A leader's instruction quoted in a frame is the leader's words, and stays when it has a form of its
  // own; a plain one, `……指出：“要构建以数据为关键要素的数字经济。”`, is an item of a work list.)
  const formed =
    styled.couplet || styled.parallel || styled.echo || styled.pattern || styled.aphorism || styled.metaphors;
  // (A short one, `要团结干部的大多数。`, is a watchword.)
  const watchword = c.text.replace(/[。！!]$/, '').length <= 12;
  // (A text's words in marks, `党的十五大报告强调，“……”`, were chosen by the author as a framed quotation is.)
  const framed = c.source === 'frame' || !!c.quoted;
  if (framed && styled.task && BARE_ORDER.test(c.text) && !watchword && !formed && !styled.classical) return null;
  const task = styled.task && !framed;
  const f = task
    ? { ...styled, couplet: false, parallel: false, echo: false, pattern: false, tight: false }
    : { ...styled, task: false };
  const rhetorical = isRhetorical(f);
  // 私营经济是存在雇佣劳动关系的经济成份。但在社会主义条件下…: a plain statement the next sentence
  // turns against is conceded, its point is in the turn (a form of its own still stands: 离开了宏观
  // 调节，市场会乱，企业也会乱。但是…).
  if (c.conceded && !(f.couplet || f.parallel || f.echo || f.pattern || f.metaphors)) return null;
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string) => {
    score += points;
    reasons.push(reason);
  };
  if (f.parallel) add(f.task ? 1 : 2.5, '排比');
  else if (f.couplet) add(2.5, '对仗');
  else if (f.echo) add(1.5, '对偶反复');
  if (f.aphorism) add(2, '格言式论断');
  // What a thing is at root (根本保障, 关键所在, 最大危险, 生命): the strongest kind of thesis.
  if (f.aphorism && !f.task && ROOT_NOUN.test(c.text)) score += 1;
  if (f.pattern) add(2, '关联句式');

  if (c.source === 'own' && !f.task && resolves(c.text)) add(1.5, '表态');
  // (政府该管的事一定要管好，不该管的事坚决不管: a principle laid down weighs as a stance, principles.ts.)
  else if (c.source === 'own' && principle(c.text)) add(1.5, '原则');
  // Two figures in one sentence (一池活水…浇灌…之树, 扛稳…饭碗) make it as vivid as a couplet, and more.
  if (f.metaphors) add(f.metaphors > 1 ? 3 : 1.5, '比喻');
  if (f.classical) add(1, '古语凝练');
  if (f.tight && (f.couplet || f.parallel || f.echo)) score += 1;
  if (f.terse && c.source === 'own') add(1.5, '警句');
  // A framed quotation is the cited speaker's own words, chosen by the author: length matters less.
  if (framed) {
    // One sentence cut from a longer quotation needs a form of its own to stand out.
    score += (c.part && !rhetorical ? 2 : 3.5) + Math.max(0, lengthScore(c.text.length)) - (c.text.length > 80 ? 1 : 0);
    reasons.unshift(c.speaker ? `${c.speaker}的原话` : '文献原话');
  } else {
    // Words a report or an article retells as a named person's (`李强强调，……`) are his, as a frame's
    // are: a form of their own makes them as worth remembering as a quoted line. (In a speech or a
    // document they are a line it cites among its own, and compete as its own lines do.)
    if (c.retold && rhetorical) add(1.5, `${c.speaker}的讲话`);
    // (A series joined by ； is remembered member by member: its length is its longest member's.)
    const n = Math.max(...(seriesMembers(c.text) ?? [c.text]).map((m) => m.length));
    score += rhetorical ? lengthScore(n) : Math.min(0, lengthScore(n));
  }
  // Being repeated elsewhere counts for sentences with a form of their own (not for boilerplate).
  if (cited > 0 && (isMemorable(f) || c.source === 'frame')) {
    score += Math.min(MAX_CITE_BONUS, 1.5 + cited / 2);
    reasons.push(`书库中另有${cited}篇文献引用`);
  }
  if (f.task) score -= rhetorical ? 1 : 2;
  if (f.dated) score -= 1;
  // Narration of one year (回顾过去一年, 今年是…之年) is not a general truth, unless it is itself
  // an antithesis (困难比预料的多，结果比预想的好).
  // (极不寻常、极不平凡 is remembered; “九五”计划胜利完成，“十五”计划开局良好 is a record, and so is a
  // works' completion told twice: 东线一期工程提前通水，中线一期主体工程如期完工.)
  const antithesis =
    (f.echo || (f.couplet && f.pattern)) &&
    !/完成|开局|建成|形成|取得|推进|加快|加强|提高|增强|深化|完善|改善|开展|实施|讲述了|讲起了/.test(c.text) &&
    !/完工|竣工|通水|通车|通航|投产|投运|开通|贯通|并网|落成|交付|启用/.test(c.text) &&
    // (…以来的五年，是…的五年: the span said twice is no antithesis; nor are two four-character
    // phrases that share nothing: 过去的一年，极不平凡，令人振奋.)
    echoes(c.text.replace(/[一二三四五六七八九十]+年/g, ''), true) &&
    // (当今世界是开放的世界: a word said twice in one clause sets nothing against anything.)
    /[，,；;、]/.test(c.text.replace(/[。！]$/, ''));
  if (f.narration) score -= antithesis ? 0.5 : 5;
  // Listing places (广东、天津、福建…) makes a sentence a report of particulars, not a 金句.
  if (c.source === 'own' && !optimistic && placesIn(c.text) >= 2) score -= 1.5;
  // A judgement about a key formulation (高质量发展是…首要任务) is what a Party-school class studies.
  const judges = (f.aphorism || f.couplet || f.parallel) && c.source === 'own';
  const terms = judges && !optimistic ? termsIn(c.text) : [];
  if (terms.length) add(1, `阐释提法“${terms[0]}”`);
  else if (judges && optimistic) score += 1;
  // A topic sentence (first of its paragraph) that states a judgement is what a reader remembers.
  if (c.first && rhetorical) add(1, '段首');
  // A thesis drawn as a lesson (实践表明，…) is one the text itself singles out.
  else if (c.lesson && rhetorical) add(1, '结论');
  if (rhetorical && c.text.length <= 20) reasons.push('短小精炼');
  // 只有…，才能…: the only way to an end is a thesis the reports state at every length; it clears the
  // minimum, never more (a long one does not outrank the theses a dense speech keeps).
  // (安全生产责任重于泰山: a short line that is a well-known saying, said as a sentence of its own, is
  // one readers have met and quote; it clears the minimum the same way, credited as sayings.ts says.)
  const plainLine = c.source === 'own' && !f.task && !f.narration && !f.dated && score < MIN_SCORE;
  // (国际合作必须建立在自力更生的基础上: a subject grounded on another, thesis-patterns.ts, the same.)
  const grounded = plainLine && GROUNDED.test(c.text);
  const onlyIf = plainLine && (ONLY_IF.test(c.text) || grounded);
  const known = plainLine && !onlyIf && c.text.length <= 24 && knownSaying(c.text);
  const lifted = onlyIf || known ? score : undefined;
  if (onlyIf || known) {
    score = MIN_SCORE;
    reasons.push(grounded ? '立论基础' : onlyIf ? '条件论断' : '常用名句');
  }
  const thesis = (f.aphorism || f.pattern) && !f.task && !f.parallel && !f.echo;
  return {
    ...c,
    score,
    reason: reasons.join('；'),
    ...(thesis ? { thesis } : {}),
    ...(lifted !== undefined ? { lifted } : {}),
  };
}

/** A score few sentences reach: two marked forms at least (对仗 and 格言式论断, 排比 and 比喻). */
export const STRONG_SCORE = 6;

export { quotaFor };

/** Two 金句 with the same words, whatever their punctuation and spacing, are one. */
export const sameTextKey = (text: string) => text.replace(/[\s，。、；：！？“”‘’,.;:!?]/g, '');

/** Share of the quota plain theses just below the minimum may fill when the firm 金句 leave it empty. */
const NEAR_SHARE = 0.5;

/** The best candidates above MIN_SCORE, at most the quota, in reading order; one per sentence.
 * `historical`: a 历史文献 (never study material) keeps the length quota only (quotaFor). */
export function selectQuotes(ranked: RankedQuote[], chars: number, historical = false): RankedQuote[] {
  const above = ranked
    .filter((r) => r.score >= MIN_SCORE && r.reason && !r.clause)
    .sort((a, b) => b.score - a.score || a.paragraph - b.paragraph || a.start - b.start);
  // (Counted one per sentence: a sentence and the thesis cut from it are one line.)
  const formed = new Set(above.map((r) => `${r.paragraph}:${r.start}`)).size;
  const lengthQuota = quotaFor(chars);
  const quota = historical ? lengthQuota : quotaWithForms(chars, formed);
  const out: RankedQuote[] = [];
  const seen = new Set<string>();
  const heads = new Set<string>();
  const take = (r: RankedQuote): void => {
    const key = sameTextKey(r.text);
    // One of a run of sentences opening alike (中国式现代化是…的现代化 ×5) is enough.
    const head = key.slice(0, 5);
    if (seen.has(key) || heads.has(head)) return;
    if (out.some((o) => o.paragraph === r.paragraph && o.start < r.end && r.start < o.end)) return;
    seen.add(key);
    heads.add(head);
    out.push(r);
  };
  for (const r of above) {
    // (A text's words in marks, `党的十五大报告强调，“……”`, are a citation, not the page's own point: no slot.)
    const n = r.quoted ? 0 : out.filter((o) => !o.quoted).length;
    if (n >= lengthQuota && weighedTask(r.text)) continue;
    // A short speech dense with sayings keeps its strongest beyond the quota (up to twice its length's).
    if (n >= quota && (r.score < STRONG_SCORE || n >= lengthQuota * 2)) {
      if (historical || r.score < MIN_SCORE || !fitsBeyond(r, out, lengthQuota)) continue;
    }
    take(r);
  }
  // A document whose quota its firm 金句 leave half empty takes plain theses just below the minimum, up to
  // half the quota: counted on what is kept (a sentence and the thesis cut from it are one), not on the
  // candidates.
  const firm = out.filter((r) => r.lifted === undefined || (r.lifted >= NEAR_SCORE && r.thesis)).length;
  const near = ranked
    .filter((r) => r.score >= NEAR_SCORE && r.score < MIN_SCORE && r.thesis)
    .sort((a, b) => b.score - a.score || a.paragraph - b.paragraph);
  for (const r of near) {
    if (firm + out.filter((o) => o.score < MIN_SCORE).length >= Math.floor(quota * NEAR_SHARE)) break;
    take(r);
  }
  // (The opening judgement of a long sentence takes what slots are left: opening-judgement.ts.)
  const clauses = ranked.filter((r) => r.clause && r.score >= MIN_SCORE).sort((a, b) => b.score - a.score);
  for (const r of clauses) if (out.length < quota) take(r);
  return out.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}
