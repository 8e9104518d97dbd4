// The 关联句式 of a thesis (只有…才, 没有…就没有, 任何…都, 决不 …): forms that make a sentence a
// categorical assertion rather than a report. Pure string patterns, used by sentence-style.ts.
import { BELIEF, CONVICTION, MUST_NOT, PLEDGE, WHETHER_JUDGED } from './judgement-words.js';

/** 不靠改革创新没有出路, 经济不发展，什么事情都办不成, 没有…安定团结，经济建设搞不成, 照搬书本不行，
 * 照搬外国也不行: what cannot be
 * done without a thing (necessity by negation), a thesis however plainly it is said. */
// (没有工业的支撑，县域经济就是无源之水: what a subject is without it.)
export const NECESSITY =
  /不[^，,；;。]{1,10}(?:就|便)?(?:没有|毫无)出路|不[^，,；;。]{1,10}[，,][^，,；;。]{1,10}(?:就|便)(?:没有|毫无)出路|什么事(?:情|业)?(?:也|都)(?:干|办|搞|做)不成|没有[^，,；;]{1,12}[，,][^，,；;]{1,16}(?:干|办|搞|做)不成|[^，,；;]{2,8}不行[，,][^，,；;]{2,8}也不行|^没有[^，,；;]{1,12}[，,][^，,；;]{1,10}就(?:是|成了)[^，,；;。]{2,14}[。！]?$/;

/** 只有坚持…，才能使…充满生机和活力; 只有着力保障和改善民生，经济发展才有持久的动力: a condition set
 * as the only way to an end (the whole sentence, opening on it or on its subject) is a thesis, never
 * an instruction, however long its condition (quote-rank.ts does not count its length against it). */
// (A lead may set the circumstances or announce the lesson: 在经济全球化深入发展…的情况下，只有…才能…;
// 我们深切体会到，只有…才能…; 我们一向认为，只有…才能….)
export const ONLY_IF =
  /^(?:[^，,；;。]{0,12}|在[^，,；;。]{2,30}(?:情况|条件|形势|背景)下[，,]|我们[^，,；;。]{0,4}(?:体会到|认识到|认为)[，,])只有[^。！；;]{2,70}?[，,][^。！；;]{0,24}?才(?:能|会|可以|有|是|不会)/;

/** `要让人才引得进、留得住，县域发展才会有源源不断的后劲`: what must be brought about, short, and what follows from it
 * alone — a condition and its end, as 只有…才 is, not an order (round speech73, a 纪要's turn). */
export const MAKE_THEN = /^要(?:让|使)[^，,；;。]{2,14}[，,][^，,；;。]{2,8}才(?:能|会)[^，,；;。]{2,14}[。！]?$/;

/** 国际合作必须建立在自力更生的基础上; 发展必须以安全为前提: a general subject grounded on another in one
 * clause of its own is a thesis with no marker of form (a principle, not a step of a plan: no 要/我们
 * opening it, no object to carry out). */
export const GROUNDED =
  /^(?![要我各])[\u4e00-\u9fff“”]{2,16}(?:必须|只能|应当|应该|始终)?(?:建立在[\u4e00-\u9fff“”]{2,20}基础(?:之)?上|以[\u4e00-\u9fff“”]{2,16}为(?:根本)?前提)[。！]?$/;

/** 只有改革不断深化，…，才能…: the conditions before 才 record nothing (不断深化 is no progress told). */
export function withoutCondition(text: string): string {
  return ONLY_IF.test(text) ? text.replace(/^[^才]*才/, '') : text;
}

/** Forms of a quotable local line (round local28), each a judgement about work stated generally:
 * - measure for measure: `干部的脚底沾了多少泥，群众的心里就有多少情`, `政府的服务多一分，企业的信心就多十分`,
 *   `作风漂浮一寸，群众就疏远一尺`, `审批多跑一次腿，企业就多一分负担`;
 * - what counts set against what does not: `算账要算在群众的口袋里，不能只算在报表上`, `发展不能只看速度，更要看质量`;
 * - the small against the large: `小事办不好，大事就无从谈起`, `小节不守，大节难保`;
 * - one thing rather than another: `引来一只“金凤凰”，不如培育一片“梧桐林”`, `与其…，不如…`;
 * - what seems against what is: `作风问题看似小节，连着的却是民心`;
 * - a concession that changes nothing: `政府的账本再紧，民生的投入也不能减`;
 * - where a fall begins: `年轻干部出问题，往往是从吃一顿饭…开始的`, `贪腐之路往往始于小节`;
 * - a short condition and what it alone gives: `心中有敬畏，行动才有底线`, `政府守信用，企业才有信心`;
 * - what a thing rests on at bottom: `…之所以…，靠的就是…`, `一个地方的发展，拼到最后拼的是营商环境`;
 * - the two edges of one thing: `用好了能为民造福，用歪了就会伤及自身`;
 * - whoever does the one does the other: `谁在创新上慢一步，谁就可能在发展上落一程`;
 * - where a thing's worth lies, and where not: `医生的价值不在城市大医院里，而在病人的需要里`;
 * - what does not count and what alone does: `种得出来不算本事，卖得出去才是本事`;
 * - what a thing is judged by, and what not: `…办没办好，不看材料写得多漂亮，要看群众脸上的笑容多不多`;
 * - the what and the how of a work left to those it serves: `建什么、怎么建，都要先听听乡亲们的意见`;
 * - what not to do in a saying's words, then what to do: `抓民生项目不能“眉毛胡子一把抓”，要分清轻重缓急` (a figure of five
 *   characters or more in the marks: `查隐患不能“走过场”，要“挂账销号”` is a work order in stock words; round speech73). */
const MEASURE = '(?:多少|[一半](?:分|寸|尺|步|次|点|丈|里|厘|毫))';
export const LOCAL_FORMS = new RegExp(
  `^[^，,；;。]{2,20}${MEASURE}[^，,；;。]{0,6}[，,][^，,；;。]{0,10}就[^，,；;。]{0,6}(?:多少|[一二三四五六七八九十百千万](?:分|寸|尺|步|次|点|丈|里))` +
    '|要[^，,；;。]{1,16}[，,](?:而)?不能只|不能只[^，,；;。]{1,16}[，,](?:而|更|还)?要' +
    '|小(?<small>[\\u4e00-\\u9fff])[^，,；;。]{0,6}[，,][^，,；;。]{0,4}大\\k<small>' +
    '|与其[^，,；;。]{1,16}[，,]?(?:还|倒)?不如|^[^，,；;。]{2,14}[，,](?:倒|还)?不如[^，,；;。]{2,14}[。！]?$' +
    '|看似[^，,；;。]{1,10}[，,][^，,；;。]{0,8}(?:却|实则|其实)' +
    '|^[^，,；;。]{2,10}再[^，,；;。]{1,3}[，,][^，,；;。]{2,10}也(?:不能|不会|不可|要|得)[^，,；;。]{1,8}[。！]?$' +
    '|往往(?:是)?(?:从[^，,；;。]{2,24}开始|始于)' +
    '|^[^，,；;。]{2,10}[，,][^，,；;。]{1,6}才有[^，,；;。]{2,8}[。！]?$' +
    '|之所以[^；;。]{1,24}[，,](?:靠的|就在于|在于)|(?<again>[\\u4e00-\\u9fff])到最后\\k<again>的(?:就)?是' +
    '|[，,](?<edge>[\\u4e00-\\u9fff])(?:好|对)了[^，,；;。]{1,12}[，,]\\k<edge>(?:歪|偏|错|坏)了' +
    '|^[^，,；;。]{0,8}谁[^，,；;。]{2,16}[，,]谁(?:就|便|也)?[^，,；;。]{2,16}[。！]?$' +
    '|不在[^，,；;。]{1,16}[，,](?:而|却)在[^，,；;。]{1,16}[。！]?$' +
    '|不算[^，,；;。]{1,8}[，,][^，,；;。]{2,20}才(?:是|算)' +
    '|不看[^，,；;。]{1,16}[，,](?:而|就|只|要|更)?要?看[^，,；;。]{2,16}' +
    '|(?<what>[\\u4e00-\\u9fff])什么[、，,]怎么\\k<what>' +
    '|不能“[^”]{5,10}”[，,](?:而)?要',
);

/** 一颗辣椒也能撑起一个产业，关键是把标准立起来: a claim of what can be done, then the key to it in the next clause (a
 * topic and its key, `贯彻落实…精神，关键是要…`, is an instruction's opening: speech-formulas.ts). */
// (…的计划能否完成，关键是在农村: a whether and where it turns, no claim.)
export const KEY_TO_CLAIM = /^[^，,；;。]{2,16}(?:也|都)?能(?!否)[^，,；;。]{2,12}[，,]关键(?:是|在于)/;

// The second line: a categorical assertion (任何…都挡不住, 决不, 永远不称霸, 不…就不能, 没有…不可能,
// 不仅…更, 之所以…因为) — the form of a thesis, not of a report.
export const PATTERNS = new RegExp(
  // (越来越 is a trend, not 越…越, whichever of its two 越 the pattern would start on.)
  '(只有.{1,30}才|没有.{1,20}(?:就|便)没有|(?<!越来)越(?!来越).{1,10}越|既.{1,20}(?:也|又|更)|不会.{1,10}只会|唯有.{1,20}方能|宁.{1,10}不|不是.{1,20}而是|寓.{1,8}于|方能|方得|必先|关键在|说到底|归根(?:到底|结底)|贵在|重在|成在' +
    '|' +
    PLEDGE.source +
    '|任何.{1,14}都|凡[^，,；;]{1,20}[，,]?都|没有[^，,]{1,12}[，,].{0,24}不成|决不|绝不|是绝对(?:没有|不)|永远不|永不|从来都|不仅.{1,24}(?:更|也|还|而且)|之所以.{1,24}因为|没有.{1,20}不(?:可能|能)|不.{1,10}就不' +
    '|不.{1,12}[，,].{0,12}不(?:可能|能)|要.{1,10}更要' +
    // 抓落实不怕起点低，就怕不起步: what is not feared set against what is, a maxim's fixed frame.
    '|不怕[^，,；;]{1,12}[，,]就怕' +
    // 村里的好东西不少，缺的是一条路: what there is plenty of set against what is wanting, the same kind of frame.
    '|(?:不缺|不少|不乏)[^，,；;]{0,12}[，,](?:缺|少)的(?:就)?是' +
    // 发展的成果，最终要体现在群众的获得感上: what a thing comes down to in the end, as 说到底 and 归根结底 say.
    '|^[^，,；;]{2,12}[，,]最终(?:还|都)?要(?:看|由|体现在|落在|靠)' +
    '|' +
    KEY_TO_CLAIM.source +
    // A condition stated alone (赢得青年，才能赢得未来; 有效益的速度，才是硬道理) and a thesis
    // introduced as the root of the matter (从根本上说).
    '|^[^，,；;]{2,16}[，,]?(?<![人天刚方英口])才(?:能|是)|从根本上说' +
    // 一切权力都是人民赋予的: a universal judgement; 重任在肩，更须砥砺奋进: a short maxim's second half.
    '|一切[^，,；;]{1,10}[，,]?都是|^[^，,；;]{2,8}[，,]更(?:须|需|要|应)[^，,；;]{2,8}[。！]?$' +
    // 一切为了群众，…，我们党就能获得…: the speaker's side (we, the Party) sure to gain once the
    // conditions before it hold (a bare 就能 after a condition is explanatory prose: …，就能抵偿…).
    '|[，,](?:我们|我们党|全党)就(?:一定)?(?:能够?|会|可以)[^，,；;]{2,20}[。！]$' +
    // 食品药品安全事关人民健康，必须管得严而又严: what a thing is at stake for, then the duty it lays.
    '|^[^，,；;]{2,12}(?:事关|关系到?|关乎)[^，,；;]{2,12}[，,](?:必须|一定要)[^，,；;]{2,14}[。！]$' +
    // …，国家才能兴旺发达: a sentence closing on what follows only from the conditions before it.
    // (…，乡村振兴的底气才能足起来: its subject up to eight characters, round speech73.)
    '|[，,][^，,；;]{2,8}才能[^，,；;]{2,8}[。！]$' +
    // 大道至简，有权不可任性: a short maxim closing on a rule (不可, 勿).
    '|^[^，,；;]{3,6}[，,][^，,；;]{1,4}(?:不可|勿)[^，,；;]{1,4}[。！]?$|' +
    CONVICTION.source +
    '|' +
    BELIEF.source +
    '|' +
    NECESSITY.source +
    // (…好不好，关系到…: a subject asked A不A, then judged, judgement-words.ts.)
    '|' +
    WHETHER_JUDGED.source +
    // (只能…，不能…: a principle set against its opposite, sentence-style.ts weighs it as a couplet too.)
    '|' +
    MUST_NOT.source +
    '|' +
    ONLY_IF.source +
    '|' +
    MAKE_THEN.source +
    '|' +
    LOCAL_FORMS.source +
    ')',
);

/** `你不干，我不干，好日子不会从天上掉下来`, `你对山好一分，山就还你十分`, `群众不看你说了什么，只看你干了什么`, `把群众的小事
 * 当成自己的大事，群众才会把你当成自己人`: 你 as anyone, in a saying's turn (你… then 我…, a condition and what comes of
 * it to 你, 不看你…只看你…), not someone addressed (你们, 您, 你看, 你尝尝, 你要…). */
export const ANYONE_YOU =
  /^(?![^]*(?:你们|您|你(?:看|瞧|听|尝|来|去|放心|别|可|要|得)))(?=[^]*你)[^]*(?:你[^，,。；;]{1,10}[，,](?:[^，,。；;]{0,6}(?:就|才|便|也|都)|我)|^[^你，,。；;]{4,16}[，,][^你，,。；;]{0,6}(?:就|才|便)[^，,。；;]{0,4}你|不看你[^，,。；;]{1,8}[，,]只看你)/;
