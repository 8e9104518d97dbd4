// What a 填空 may blank in a sentence: a 提法 of the lexicon (or a rule formulation) first, then
// key content words — never a function word, a name of a person, place or organisation, or part
// of a 提法 or a name.
import { foldForSearch } from '../text/normalize.js';
import { lexiconMatcher } from '../knowledge/lexicon.js';
import { chooseBlanks, tokenize } from '../text/segment.js';
import { askable } from './term-distractors.js';
import { judgementPredicate } from './judgement-predicate.js';
import { blanksBookTitle } from './blank-in-quotation.js';
import {
  actionAfterMust,
  beforePeopleHead,
  cutsWord,
  kindAfterQuote,
  peopleAfterLevel,
  mannerIdiom,
  mannerVerb,
  peopleBeforeTheirGood,
  ownRole,
  pairItem,
  phaseWord,
  afterLead,
  afterDegree,
  beforeSuffix,
  stateSubject,
  qualityOnly,
  peopleHeard,
  placeSetOn,
  peoplePlural,
  mannerNoun,
  verbalPhrase,
  verbWithObject,
  courseOfAct,
} from './blank-verbal.js';
import { strandedChar, subjectQuality } from './blank-phrase-cuts.js';
import { givenOrOpen, shortFormElsewhere } from './blank-given.js';

export interface Blank {
  start: number;
  end: number;
  text: string;
}

const NAME_TAG = /^(nr|nrfg|nrt|ns|nt)$/;
const KEY_TAG = /^(n|nz|vn|l|i|an)$/;
/** A word glued to a function morpheme (要用, 把握住…, 关键在于) or a number, or a negated modal
 * (不容低估, 不可, 没有), is no key term; nor is one opening on the suffix 化 (绿色/【化发展】: the
 * segmenter's cut of 绿色化发展), nor a verb with its complement (把群众的心【聚起来】: 凝聚起来 fits as well),
 * nor a verb with 了 inside (企业【说了算】: 有发言权 fits as well), nor a verb with where it puts a thing
 * (把群众的冷暖【放在心上】, 【落到实处】: 挂在心上, 落实到位 fit as well). */
const WEAK_WORD =
  /^[要把被对在从向为以将让使和与及的了着过都也就还又才更再所其之化]|^[不没].$|[的了着过于]$|(?:起来|下来|出来|上来|下去|过来)$|^\p{Script=Han}了\p{Script=Han}$|^\p{Script=Han}[在到]\p{Script=Han}{1,2}[上处]$|[\d０-９]/u;
/** A modal, a dummy verb or a degree before a verb (难以解决, 加以解决, 必须坚持, 高度负责, 不断前进) says
 * how a thing is done, not what: the blank asks for a guess (一时____的，要…加以解决; 激励我们____的动力). */
const MODAL_PHRASE =
  /^(加以|予以|给予|进行|难以|无法|可以|能够|应当|应该|必须|不得|不宜|不必|务必|难免|只能|亟待|有待|高度|不断)/;
/** Tags of the words of a bare subject (政治/n 体制改革/l, 正确/ad 决策/n, 大型/b 国有企业/n), and the copula after it. */
const SUBJECT_TAG = /^(n|nz|vn|l|a|ad|an|b|j|i)$/;
const SUBJECT_END = /^(?:从来|始终|一直|历来)?(?:就|都|也|才)?是/;
/** Words that frame what is said (说到底是责任问题) rather than say it. */
const CONNECTIVES = new Set(
  '说到底 归根到底 归根结底 总而言之 总的来说 总之 换言之 换句话说 一句话 事实上 实际上 一般来说 反过来'.split(' '),
);
/** Nouns and noun-like words that make a compound with the word after them (党建 工作, 安全 生产). */
const NOUNISH = /^(n|nz|vn|j|an|ng)$/;
/** Adverbs, manner words and how many (通过【全体】中华儿女共同努力: 海内外 fits) that segmenters may tag as content words. */
const ADVERBS = new Set(
  '大力 全力 奋力 倾力 竭力 尽力 切实 进一步 不断 积极 认真 坚决 全面 深入 努力 加快 更加 持续 扎实 稳步 有序 逐步 着力 始终 必须 继续 充分 广泛 普遍 基本 主要 重要 一切 各项 有效 明显 显著 非常 全部 全体 所有 广大 一定 真正 特别 尤其 十分 已经 正在 开始'.split(
    ' ',
  ),
);

/**
 * Up to `max` blanks for `text`, 提法 first; `docFreq` lowers the weight of common words. With
 * `oneWord`, a key word is blanked only where no 提法 is, and only one: a second blank on an
 * ordinary word (危害 beside 自我革命, 祖国 beside 统一) scatters what the question asks.
 */
export function keyBlanks(
  text: string,
  max: number,
  docFreq?: (w: string) => number,
  termsOnly = false,
  oneWord = false,
): Blank[] {
  const folded = foldForSearch(text);
  // A variant written with marks (“三个代表”重要思想) is blanked on its canonical words only.
  let terms = lexiconMatcher()
    .find(folded)
    .filter((m) => askable(m.term))
    .flatMap((m) => {
      const at = /[\p{P}\s]/u.test(folded.slice(m.start, m.start + m.length))
        ? folded.indexOf(foldForSearch(m.term), m.start)
        : m.start;
      const len = at === m.start ? m.length : m.term.length;
      if (at < 0 || at + len > m.start + m.length) return [];
      return [{ start: at, end: at + len, text: text.slice(at, at + len) }];
    });
  const tokens = tokenize(text);
  // A 提法 whose edge falls inside a word of the sentence is not there (稳增长 in 经济平【稳增长】):
  // the blank would read 平____.
  const inside = (at: number) => tokens.some((t) => t.start < at && at < t.end);
  // Nor is a part of a title in book marks (《中国共产党【纪律处分】条例》): half a name.
  terms = terms.filter((t) => !inside(t.start) && !inside(t.end) && !blanksBookTitle(text, [t]));
  const names = tokens.filter((t) => NAME_TAG.test(t.tag));
  // The head of a compound (党建【工作】, 安全【生产】, 人民【群众】): a two-character word right
  // after a noun names the general kind; the word before it is what the sentence is about.
  // A noun the segmenter takes for a name (秋收/nr 【时节】) makes such a compound too.
  const headOfCompound = (w: { start: number; end: number }) =>
    w.end - w.start === 2 && tokens.some((t) => t.end === w.start && (NOUNISH.test(t.tag) || t.tag === 'nr'));
  // The small thing a frame grows big (把小【茶叶】做成大产业): only the document knows which, 土豆 fits as well.
  const smallMadeBig = (w: { start: number; end: number }) =>
    text[w.start - 1] === '小' && /^(?:做成|变成|打造成|培育成|发展成)大/.test(text.slice(w.end));
  // What is said to swell (农民的【钱袋子】才能鼓起来) is a purse in any of its words: 腰包, 口袋 fit as well.
  const swells = (w: { end: number }) => /^(?:才能|才|就|都|也|更)?鼓起来/.test(text.slice(w.end));
  // After 任何 any noun fits (任何【艰难险阻】都挡不住, 任何【敌人】都压不倒): the blank asks a guess.
  // So is one after 各项, 各类 or 一切 (保障各项【工作】落实: 任务, 决策部署 fit as well).
  const afterAny = (w: { start: number }) =>
    /^(?:任何|各项|各类|一切)$/.test(text.slice(Math.max(0, w.start - 2), w.start));
  // The noun of a hedge (在一定【意义】上说, 在很大【程度】上): it frames the claim, it says nothing.
  const hedge = (w: { start: number; end: number }) =>
    /(?:一定|某种|很大|相当|较大)$/.test(text.slice(Math.max(0, w.start - 2), w.start)) && text[w.end] === '上';
  // Whose a thing is, said by the speaker (我们【国家】的真正稳定, 咱们【工人】): fixed by who speaks, 社会 fits as well.
  // So is a word for people at large (靠我们基层的【同志】, 【人们】常说): 干部, 群众 fit as well.
  const speakersOwn = (w: { start: number; word: string }) =>
    /(?:我们|咱们)$/.test(text.slice(Math.max(0, w.start - 2), w.start)) || /^(?:同志|人们|大家)$/.test(w.word);
  // A subject said to be ours (【社区】是我们共同的家) is fixed by who speaks, not by the sentence: 家园,
  // 祖国, 地球 fit as well. 我们党 is no such word: the Party is named.
  const ours = (w: { end: number }) => /^(?:就|才|都)?是(?:我们|咱们)(?!党)/.test(text.slice(w.end));
  // A word that announces what follows a colon (我们的【口号】是：一、不调查没有发言权…) names the kind of
  // what is said, not what is said: 原则, 要求, 办法 fit as well. So does a modified noun set off by a
  // comma before or after 是 (我的【体会】是，…; 最重要的【经验】，就是…): 体会, 启示, 收获 fit as well.
  // So is one a superlative modifies before 是 (最深的【体会】是政策稳定才能…).
  const announces = (w: { start: number; end: number }) =>
    /^(?:就|都)?是[：:]/.test(text.slice(w.end)) ||
    (text[w.start - 1] === '的' && /^(?:[，,](?:就|都)?是|(?:就|都)?是[，,])/.test(text.slice(w.end))) ||
    (/最\p{Script=Han}{1,3}的$/u.test(text.slice(Math.max(0, w.start - 5), w.start)) &&
      /^(?:就|都)?是/.test(text.slice(w.end)));
  // An item of a list (有【勇气】、有智慧、有能力) is any word of its kind: 信心, 决心 fit as well. A set the
  // Party fixes (自治、法治、德治) is a 提法 of the lexicon, blanked above, or a series (generate-series.ts);
  // items that share a word with the blank (【打江山】、守江山) give its form, as a series does. A shared
  // character (【水库】、钱库、粮库; 新产业、新模式、新【动能】) does not: 碳库, 新业态 fit as well. The first
  // item is read at the blank's item's length, not with the clause's opening (科技创新能够催生新产业).
  const listItem = (w: { start: number; end: number; word: string }) => {
    if (text[w.end] !== '、' && !/、\p{Script=Han}?$/u.test(text.slice(Math.max(0, w.start - 2), w.start)))
      return false;
    const from = Math.max(...['，', '。', '；', '：', '！', '？'].map((c) => text.lastIndexOf(c, w.start - 1))) + 1;
    const ends = ['，', '。', '；', '：', '！', '？'].map((c) => text.indexOf(c, w.end)).filter((i) => i >= 0);
    const clause = text.slice(from, ends.length ? Math.min(...ends) : text.length);
    const items = clause.split('、');
    const own = items.find((item) => item.includes(w.word)) ?? w.word;
    const others = items.filter((item) => !item.includes(w.word)).map((item) => item.slice(-own.length));
    const pairs = [...w.word].slice(1).map((c, i) => w.word[i]! + c);
    return !others.some((item) => pairs.some((g) => item.includes(g)));
  };
  // The speaker's own jurisdiction or office (【全市】上下要算好生态账, 【区政府】将继续…) is fixed by who
  // speaks: 全县, 全省, 市政府 fit as well; 中央 is said 党中央 as well (统一到【中央】和省委的决策部署上来).
  const ownLevel = (w: { word: string }) =>
    /^(?:全|本)[省市县区镇乡村院校厂局系]$|^[省市县区镇乡村](?:委|政府|党委)$|^党?中央$/.test(w.word);
  // A question put to the subject (营商环境【好不好】，不是政府说了算…) is any A不A: the answer is what follows.
  const asksWhether = (w: { word: string }) => /^(\p{Script=Han})不\1$/u.test(w.word);
  // The word a judgement turns on (农业现代化，【关键】是农业科技现代化) only announces what the sentence
  // says after it: 核心, 根本 fit as well. What follows it to the clause's end, when it is a short run of
  // whole words (农业科技现代化), is blanked instead.
  const turnWord = (w: { word: string; end: number }) =>
    /^(?:关键|根本|核心|重点|要害|前提|基础)$/.test(w.word) && /^(?:就|都|还|也)?(?:是|在于?)/.test(text.slice(w.end));
  const turnedTo = (w: { word: string; end: number }) => {
    const from = w.end + (/^(?:就|都|还|也)?(?:是|在于?)/.exec(text.slice(w.end))?.[0].length ?? 0);
    const to = from + (/^\p{Script=Han}{2,8}(?=[，,。；;！!]|$)/u.exec(text.slice(from))?.[0].length ?? 0);
    const whole = tokens.some((t) => t.start === from) && tokens.some((t) => t.end === to);
    const plain = tokens.every((t) => t.end <= from || t.start >= to || KEY_TAG.test(t.tag) || NOUNISH.test(t.tag));
    return to > from && whole && plain ? { word: text.slice(from, to), tag: 'n', start: from, end: to } : null;
  };
  const blocked = [...terms, ...names];
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && b.start < a.end;
  const picked: Blank[] = [];
  // A 提法 that is an item of a list of other words (顺民意、解民忧、【惠民生】: 暖民心 fits as well) is asked
  // as a word of that list; a list of 提法 (稳增长、…、惠民生) is the Party's set and stays.
  const clauseOf = (at: number) => {
    const cut = /[，。；：！？,;:!?]/g;
    let from = 0;
    for (let m = cut.exec(text); m && m.index < at; m = cut.exec(text)) from = m.index + 1;
    return from;
  };
  const inOpenList = (t: Blank) =>
    listItem({ ...t, word: t.text }) && !terms.some((o) => o !== t && clauseOf(o.start) === clauseOf(t.start));
  for (const t of terms.sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (picked.length >= max) break;
    if (inOpenList(t)) continue;
    if (text.indexOf(t.text) !== text.lastIndexOf(t.text)) continue;
    if (!picked.some((p) => overlaps(p, t) || Math.abs(p.start - t.end) < 1 || Math.abs(t.start - p.end) < 1))
      picked.push(t);
  }
  const words = oneWord ? (picked.length === 0 ? 1 : 0) : max;
  if (picked.length < max && !termsOnly && words > 0) {
    // Whole words only, and none touching a 提法 or a name (no “复辟希望”, no half of 邓小平).
    // Key terms are names of things (nouns, idioms): a verb or an adjective blank (需要, 清楚,
    // 突出) asks for a guess, not for knowledge.
    // In a judgement (…是…的Y) a word of a modifier (一切【问题】的基础, 【国家】的统一) gives way to the
    // predicate Y, what the sentence says; the subject (【纪律】是带电的高压线) keeps its place.
    const predicate = judgementPredicate(text, tokens);
    const inModifier = (w: { start: number; end: number }) =>
      !!predicate && w.end <= predicate.start && (text[w.end] === '的' || text.slice(0, w.start).includes('是'));
    // So does a word glued to another word of the subject (政治【体制改革】是…, 【实体】经济从来都是…, 正确【决策】是…):
    // half of what the sentence is about, which its other half leaves open (领导 fits 正确____ as well, 基础 fits
    // ____教育; questions-imported19.json). A subject of one word (【纪律】是带电的高压线) keeps its place.
    const partOfSubject = (w: { start: number; end: number }) => {
      if (!predicate || w.end > predicate.start) return false;
      const from = clauseOf(w.start);
      const copula = tokens.find(
        (t) => t.start >= w.end && t.end <= predicate.start && SUBJECT_END.test(text.slice(t.start)),
      );
      if (!copula) return false;
      const subject = tokens.filter((t) => t.start >= from && t.end <= copula.start);
      // Its first word may be one the segmenter tags a verb (收入/v 【分配制度】是…: 收入分配制度 is the subject; 管理 fits
      // ____制度 as well; questions-imported26.json).
      return subject.length > 1 && subject.every((t, i) => SUBJECT_TAG.test(t.tag) || (i === 0 && t.tag === 'v'));
    };
    const candidates = chooseBlanks(text, max * 3, docFreq)
      .map((w) =>
        inModifier(w) || partOfSubject(w)
          ? { word: predicate!.text, tag: 'n', start: predicate!.start, end: predicate!.end }
          : turnWord(w)
            ? (turnedTo(w) ?? w)
            : w,
      )
      .filter((w) => KEY_TAG.test(w.tag) && !blocked.some((b) => overlaps(b, w)));
    const before = picked.length;
    for (const w of candidates) {
      if (picked.length >= max || picked.length - before >= words) break;
      if (w.word.length < 2 || picked.some((p) => p.start <= w.end && w.start <= p.end)) continue;
      if (
        WEAK_WORD.test(w.word) ||
        MODAL_PHRASE.test(w.word) ||
        ADVERBS.has(w.word) ||
        CONNECTIVES.has(w.word) ||
        headOfCompound(w) ||
        afterAny(w) ||
        hedge(w) ||
        speakersOwn(w) ||
        smallMadeBig(w) ||
        swells(w) ||
        ours(w) ||
        announces(w) ||
        listItem(w) ||
        verbalPhrase(text, w) ||
        mannerIdiom(tokens, w) ||
        mannerVerb(w) ||
        peopleBeforeTheirGood(text, w) ||
        verbWithObject(tokens, w) ||
        beforePeopleHead(text, w) ||
        pairItem(tokens, w) ||
        ownRole(text, w) ||
        actionAfterMust(text, w) ||
        phaseWord(w) ||
        afterLead(text, w) ||
        afterDegree(text, w) ||
        beforeSuffix(tokens, w) ||
        stateSubject(text, tokens, w) ||
        qualityOnly(text, w) ||
        peopleHeard(text, w) ||
        placeSetOn(text, w) ||
        peoplePlural(w) ||
        mannerNoun(text, w) ||
        ownLevel(w) ||
        asksWhether(w) ||
        turnWord(w) ||
        cutsWord(text, w) ||
        peopleAfterLevel(text, w) ||
        kindAfterQuote(text, w) ||
        courseOfAct(tokens, text, w) ||
        strandedChar(tokens, text, w) ||
        subjectQuality(text, w) ||
        blanksBookTitle(text, [w])
      )
        continue;
      // A 金句's best word given away or left open (blank-given.ts): the next is weaker still (进程, 命运), so none.
      if (givenOrOpen(text, tokens, w)) {
        if (oneWord) break;
        continue;
      }
      // A word said twice in the sentence is answered by its other occurrence.
      if (text.indexOf(w.word) !== text.lastIndexOf(w.word)) continue;
      picked.push({ start: w.start, end: w.end, text: w.word });
    }
  }
  // Never more than half of the sentence hidden.
  const out: Blank[] = [];
  let covered = 0;
  for (const b of picked.sort((a, b) => a.start - b.start)) {
    if (covered + (b.end - b.start) > text.length / 2 || shortFormElsewhere(text, b)) continue;
    covered += b.end - b.start;
    out.push(b);
  }
  return out;
}
