// Why a sentence cannot stand alone as a 金句: too short, statistics, half a sentence, a start that
// leans on the text before (a connective, a pronoun, 又/还), a lead-in to a list, a plain statement
// of the country's or the Party's condition, unpaired marks, a noun phrase without a predicate.
import { seriesMembers } from './semicolon-series.js';
import { tokenize } from '../text/segment.js';
import { foldForSearch } from '../text/normalize.js';
import { hanCount, marksPaired } from '../text/char-counts.js';
import { OF_THE_MOMENT } from './work-records.js';
import { MOOD_TOLD, SIDES_TOLD } from './narration-words.js';
import { withoutInnerReferences } from './inner-reference.js';

// (第三世界 names the countries, a subject; an ordinal, 第一，/第二是, leads on from a list; 前者, 后一任务 name the
// sentence's subject by its place in the text before: 前一任务是为后一任务扫清障碍, questions-imported31.json.)
const LEAD_CONNECTIVE =
  /^(强调|指出|要求|例如|比如|譬如|特别是|尤其是|特别应该注意的是|应该注意的是|重点是|总起来说|总而言之|二者|两者|[一二三四五六七八九十]要|一个是|另一个是|一方面|另一方面|现在|目前|当前|随着|很清楚|很明显|显然|可见|总的来说|应当看到|必须看到|它们|它|他们|她们|他(?![山乡人])|她|就是说|也就是说|同时|此外|另外|但是|但|却|甚至|而且|并且|因此|所以|为此|对此|其中|这|那|该|此|其|上述|以上|前者|后者|前一|后一|如果|虽然|尽管|因为|由于|当然|重在|据悉|据统计|经研究|在此基础上|与此同时|总之|结果(?:是)?[，,]|一是|二是|三是|四是|五是|首先|其次|第[一二三四五六七八九十](?!世界)|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;
const LEAD_FUNCTION = new Set([
  '是',
  '的',
  '和',
  '与',
  '而',
  '并',
  '及',
  '或',
  '所',
  '之',
  '就',
  '才',
  '也',
  '都',
  '又',
  '被',
  '对',
  '从',
  '向',
  '在于',
]);

/** 14亿人民, 十三亿多人口, 14亿人的粮食安全: the size of the whole people, said to weigh a task, not
 * a statistic (覆盖13.5亿人, 惠及9亿多人，… count people reached, and stay statistics). */
const POPULATION =
  /(?:[近约]?(?:[\d０-９]{1,2}|[一二三四五六七八九十]{1,3}|十几|十多))亿多?(?=中国人|各族人民|人民|人口|人的)/g;
/** A text without its population figures (sentence-style.ts tests its statistics the same way). */
export function withoutPopulation(text: string): string {
  return text.replace(POPULATION, '');
}
/** 我们这样一个…, 中国这样…, 像…这样: 这样 compares with the thing just named; 到现在这个阶段 names
 * the present; 我们这个党, 我们这个国家 say whose, in apposition; 我们这一代人 is the living generation;
 * 我当这个书记 (a model's vow) names the post the speaker holds. None points back. */
const COUNTRY_LIKE =
  /(?:我们|我国|中国|咱们)这样|像[^，,。；;“]{1,12}这样|(?:现在|今天|目前|当前)这个(?=阶段|时候|时代|时期)|(?:我们|咱们)这个(?=党|国家|民族)|这一?代(?=人)|(?<=我(?:当|做|干))这个/g;

/** 那种希望不花费什么力气就能…的想法，是不现实的: 那种 before a view it spells out in full names that view;
 * it points back to nothing told before. */
const VIEW_SPELLED_OUT = /^那种[^，,。；;]{4,30}的(?:想法|看法|观点|做法|认识|说法|主张|论调|倾向)/;

/** 如果不积极进行改革，…，就会失去群众；…: a condition that holds its own consequence (就会, 就将, 就不能)
 * in the same sentence leans on nothing before it. */
const IF_THEN = /^如果[^。！；;]{2,40}?[，,](?:[^，,。；;]{0,8})?就(?:会|将|要|不能|不会|不可能|难以)/;

/** `，不这样，`: the condition denied is the clause before, inside the sentence. */
const IN_SENTENCE_NOT = /(?<=[，,])不这样(?=[，,])/g;

/** Whether b repeats a two-character word of a. */
function sharesPair(a: string, b: string): boolean {
  for (let k = 0; k + 2 <= a.length; k++) if (b.includes(a.slice(k, k + 2))) return true;
  return false;
}

/** Why a text cannot stand alone as a 金句 (fragment, dangling start, statistics), or null;
 * `optimistic`: only the reasons found without word segmentation. */
/** A class of people, not someone (共产党员, 领导干部, 文艺工作者). */
const PEOPLE_AT_LARGE = /(?:党员|干部|团员|工作者|劳动者|公务员|人民|群众|青年|分子)$/;

/** `民心这个最大的政治`: 这个 after a noun, before 最…的, restates the noun (it points nowhere). */
const APPOSITION = /(?<=[\u4e00-\u9fff])这个(?=最[^，,。；;]{1,4}的)/g;

/** `村医这个岗位，守的是…`, `发展这件事，…`: a thing named first, then 这个/这件 and the kind of thing it is (a post, a
 * matter, a standing): the 这 restates the noun before it and points nowhere. Not after a verb (`办好这件事`). */
const NAMED_THEN_THIS = /^([\u4e00-\u9fff]{2,4})这(?:个|件|份)(?=(?:岗位|职业|身份|事情?|行当|担子|称号)[，,是不])/;
function withoutNamedThenThis(simple: string, optimistic: boolean): string {
  const m = NAMED_THEN_THIS.exec(simple);
  if (!m) return simple;
  const named = optimistic ? [] : tokenize(m[1]!);
  const noun = optimistic || (named.length === 1 && /^(?:n|vn|x)/.test(named[0]!.tag));
  return noun ? m[1]! + simple.slice(m[0].length) : simple;
}

/** A demonstrative that points to the text before (这个, 这些, 上述 …), once those that point inside the
 * sentence are read away. */
function pointsBack(simple: string, optimistic: boolean): boolean {
  return /这个(?!“)|这些|这种|这样|这[么幺麽]|这一|这[两二三四五六七八九十几]|上述|前述|以上/.test(
    withoutInnerReferences(
      withoutNamedThenThis(simple, optimistic)
        .replace(COUNTRY_LIKE, '')
        .replace(IN_SENTENCE_NOT, '')
        .replace(APPOSITION, ''),
      optimistic,
    ),
  );
}

// A 金句 candidate is asked optimistically first, then in full (quote-rank.ts): for a text the first
// pass found no reason in, the second redoes only the checks word segmentation changes (the
// demonstratives an apposition reads away, then the words themselves).
const MEMO_SIZE = 512;
const passed = new Set<string>();

export function fragmentReason(text: string, optimistic = false): string | null {
  // (The score bound asks first, then the optimistic score again: score-bound.ts.)
  if (optimistic && passed.has(text)) return null;
  if (!optimistic && passed.has(text))
    return pointsBack(foldForSearch(text), false) ? '指代上文，不能单独成立' : wordReason(text);
  if (hanCount(text) < 5) return '太短';
  // (服务群众的最后一公里, 最后一米, 联系群众的最前一公里: the last or first stretch is a figure of speech, not a distance.)
  // (`已有三百多名志愿者加入`, `已召开议事会四十多场`, `不少于八次`, `八万六千亩`: a count in the last clause, any measure word, of two
  // numerals or more, with 多/余, or after 不少于/超过…; 一名党员, 一件事, 千家万户, 一万次重复 count nothing.)
  if (
    /[\d０-９]|百分之|[一二三四五六七八九十]+(?:万|亿)?(?:元|吨|公斤|公里|千瓦|户|人次)|(?:(?!一[十百千万](?![一二三四五六七八九十百千万两]))[一二三四五六七八九十百千万两]{2,}|[一二三四五六七八九十百千两]+[多余]|(?:不少于|超过|达到|累计)[二三四五六七八九十两])(?:万|亿)?(?:名|户|家|亩|场|次|处|件|项|个|人|元|吨)(?=[^，,；;]*$)/.test(
      withoutPopulation(text).replace(/最[后前初]一(?:公里|百米|米)/g, ''),
    )
  )
    return '含统计数字';
  if (/[，,、：:（(]$/.test(text.trim())) return '半句';
  // (Tested on the simplified form too: 只有這樣 in a report printed in traditional characters.)
  const simple = foldForSearch(text);
  if (
    (LEAD_CONNECTIVE.test(text) || LEAD_CONNECTIVE.test(simple)) &&
    !VIEW_SPELLED_OUT.test(simple) &&
    !IF_THEN.test(simple)
  )
    return '以关联词或指代开头，不能单独成立';
  // (社会财富这个“蛋糕”: 这个 before a quoted figure names the noun it follows, it points nowhere;
  // 我们这样一个人口大国, 中国这样落后的东方大国: 这样 after the country compares, it points nowhere.)
  // (…，必须发挥市场的作用，不这样，经济发展就没有活力: 不这样 between commas denies the clause just
  // before it in the same sentence; it points nowhere outside it; nor do 农业这个…基础, …危害，这种危害…:
  // inner-reference.ts. 这三者, 这两个 count what was told before: they point back.)
  // (关系民心这个最大的政治: 这个 between a noun and a superlative names that noun, an apposition.)
  if (pointsBack(simple, optimistic)) return '指代上文，不能单独成立';
  // 我们认为：这只看到事情的一面…: after a lead and its colon, 这 is what was told before.
  if (/^[^，,。；;：:]{0,8}[：:]这/.test(simple)) return '指代上文，不能单独成立';
  // 关键在技能。: a bare key, the matter it is key to named by the question or the sentence before (关键时刻,
  // 关键核心技术 are nouns of their own; a longer answer, 关键是树立…的用人导向, is a speaker's labelled point).
  if (/^关键(?:还|就)?(?:在于?|是)[^，,。；;]{1,6}[。！]?$/.test(simple)) return '指代上文，不能单独成立';
  // (一边是企业招工难，一边是青年就业难: the two sides of a situation told, narration-words.ts.)
  if (SIDES_TOLD.test(simple)) return '并列两边的情况，是叙述';
  // (看着满山的茶树，韦国良信心满满: a person's mood as the reporter sees it, narration-words.ts.)
  if (MOOD_TOLD.test(simple)) return '记者描写人物神情，是叙述';
  // 准备他们打常规战争 / 忽视它的重要性: a pronoun this early has its antecedent in the text before.
  if (/^[^，,。；]{0,4}(?:他们|她们|它们|它)/.test(simple)) return '指代上文，不能单独成立';
  // 在工作中，他始终以身作则, 平日里，她……: one person named before, after a lead-in of when or where (a
  // feature's narration; a clause before, 荣誉属于过去，她会……, reports what she said).
  if (/^(?:在[^，,。；“]{1,8}|[^，,。；“]{1,8}(?:中|里|时|后|以来))[，,](?:他|她)(?![们人乡山])/.test(simple))
    return '指代上文，不能单独成立';
  // 某某是某医院的一名护士: a person introduced in a feature, no saying.
  // (共产党员是人民群众中的一名普通劳动者: a class of people said to be one of many is a thesis.)
  const introduced = /^([^，,。；“]{2,8})是[^，,。；]{2,24}的一[名位][^，,。；]{1,10}[。！]?$/.exec(simple);
  if (introduced && !PEOPLE_AT_LARGE.test(introduced[1]!)) return '介绍一个人，是叙述';
  // “首店”，就是某一品牌……的首家店面: a quoted term defined, a gloss.
  if (/^“[^”]{1,8}”[，,]?(?:就是|即|是指)/.test(simple)) return '术语释义，不是金句';
  // 我看这不是理由，…: an opinion on what was just said points back as a sentence opening on 这 does.
  if (/^(?:我看|我认为|我觉得|在我看来)[，,]?这/.test(simple)) return '指代上文，不能单独成立';
  // 我国又是发展中的社会主义国家 / 社会主义还必须有一个特征: 又, 还 this early add to the sentence before.
  if (/^[^，,。；“]{1,8}?(?:又|还)(?:是|必须|要|有)/.test(text)) return '承接上文（又、还），不能单独成立';
  // …要突出以下几个方面 / 如下: a lead-in to a list that follows.
  if (/(?:以下|下列)(?:几|[一二三四五六七八九十两]+[个项点条方])|如下[：:。]?$/.test(text))
    return '引出下文，不能单独成立';
  // 主要措施是：一要大力增加投入。/ 做好这项工作，一要…: a list's lead-in with its first item only (after
  // a comma only the numbering that cannot be part of a word: 统一是 is a word).
  if (
    /[：:](?:[一二三四五六七八九十][要是]|第[一二三四五六七八九十]|首先|[（(]?[一二三四五六七八九十][）)、])|[，,](?:一[要是]|[（(]一[）)])/.test(
      text,
    )
  )
    return '引出下文，不能单独成立';
  // 这笔钱, 这项改革, 这场斗争: a measure word after 这 points back as 这个 does (这条道路 in a belief,
  // 这条道路必将越走越宽广, names the road the text is about).
  if (/这[笔项场次件]/.test(withoutNamedThenThis(simple, optimistic))) return '指代上文，不能单独成立';
  // 我们处理对美、对苏关系，是有原则的。: a short line saying only that there are principles (conditions,
  // limits) announces them; they follow.
  if (text.length <= 24 && /是有(?:原则|条件|区别|限度|前提|界限)的[。！]?$/.test(text))
    return '引出下文，不能单独成立';
  // 我国是发展中的国家 / 我国是统一的多民族国家: a plain statement of the country's condition that
  // opens a paragraph, not a saying.
  if (/^我国(?:又)?是[^，,。；]{0,14}国家[。！]?$/.test(text)) return '平实的国情陈述';
  // 我们党是…先锋队 / 我们的国家制度是…制度: the charter's statement of what the Party or the state is.
  if (/^(?:我们党|我们的党|我们的国家制度|我国的国家制度)是[^，,。；]{0,30}(?:先锋队|政党|制度)[。！]?$/.test(text))
    return '平实的性质陈述';
  // 解放思想、实事求是是我们党的思想路线: the line named by its definition, a formulation to know, not a saying.
  if (/^[^，,。；]{2,14}是(?:我们)?党的(?:思想路线|基本路线)[。！]?$/.test(text)) return '平实的性质陈述';
  // 转变的根本途径是… / 调整的重点是… / 克服的根本办法是…: a bare verb as the subject is the change
  // (or the ill to overcome) told just before.
  if (/^(?:转变|转换|调整|整顿|实施|落实|推进|执行|贯彻|改造|治理|克服|解决|纠正|扭转)的/.test(text))
    return '指代上文，不能单独成立';
  // 党政分开即党政职能分开: X即Y restating X's own words glosses a term (时间即生命 shares none).
  const gloss = /^([^，,；;即]{2,10})即([^，,；;]{2,14})[。！]?$/.exec(text);
  if (gloss && sharesPair(gloss[1]!, gloss[2]!)) return '术语释义，不是金句';
  // 我们既要看到成绩，更要看到…困难和挑战: seeing both sides leads in to the problems listed next.
  if (
    /看到[^，,。；]{0,12}(?:成绩|成就)[^。；]{0,8}[，,][^，,。；]{0,8}看到[^。；]{0,16}(?:困难|问题|挑战|不足)/.test(
      text,
    )
  )
    return '引出下文，不能单独成立';
  // 去年，…; 更值得注意的是，…: told of one year or one moment (work-records.ts).
  if (OF_THE_MOMENT.test(simple)) return '叙述一年的事或当时的问题';
  if (!marksPaired(text)) return '引号或书名号不成对，是半句';
  // 少数是死不改悔的，属于敌我矛盾；(多数…): a half cut at ； that names a part of the group told
  // before leans on the other half.
  if (/[；;]$/.test(text.trim()) && /^(?:少数|多数|大多数|绝大多数|一部分|另一部分|有的|有些|另一些)/.test(simple))
    return '分号前的半句，指上文所说的一部分';
  if (optimistic) {
    if (passed.size >= MEMO_SIZE) passed.clear();
    passed.add(text);
    return null;
  }
  return wordReason(text);
}

/** The reasons found by word segmentation (jieba). */
function wordReason(text: string): string | null {
  const toks = tokenize(text);
  // (对偷排、造假的，必须依法惩治；对执法不力…的，必须严肃追究；…: every member of a series opening on
  // the word is a topic and its comment, the whole stands.)
  if (toks[0] && LEAD_FUNCTION.has(toks[0].word) && !seriesMembers(text)) return '以虚词开头，是半句';
  // A quoted span without a sentence end may be a noun phrase (“工人阶级和资产阶级的矛盾”); a
  // classical pair (民之疾苦，国之要事) judges one noun by the other.
  if (
    !/[。！？!?；;]$/.test(text.trim()) &&
    !/^[\u4e00-\u9fff]之[\u4e00-\u9fff]{2}[，,][\u4e00-\u9fff]之[\u4e00-\u9fff]{2}$/.test(text.trim()) &&
    !toks.some((t) => /^(v|vd|vi|vl|vg|a|ad)$/.test(t.tag) || /[是有在为]/.test(t.word))
  )
    return '没有谓语，是名词短语';
  return null;
}

/** `国务院政府工作报告提出`, `唐振华指出`, `韩立群强调：`: a frame cut off from the words it introduces (they follow in marks or in
 * the next paragraph) says nothing of its own — never a line, under whoever it names. (A copula or a noun's `的`
 * makes a thesis: `为民造福是…的本质要求` ends on a noun, not on a frame's verb. A bare 说/讲 ends plain words too:
 * `有什么困难尽管跟我们讲。`.) */
const FRAME_ONLY = /^(?![^。]*是)[^，,。；;：:“”！？]{2,30}(?<![的要])(?:提出|指出|强调|表示)[，,：:。]?$/;
export const isFrameOnly = (text: string): boolean => FRAME_ONLY.test(text.trim());
