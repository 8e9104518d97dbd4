// Blanks of a 金句 in a user's import with a local voice that ask nothing a group should remember: the obvious
// half of a proverb, a common word beside a series the line holds, the modifier of the people after it. Found by
// judging questions-imported14.json (小事不办，大事难成; 实践是最好的【课堂】; 教育党员、管理党员、监督党员的【职责】;
// 【新时代】的基层干部), and, from questions-imported15.json, a common word that completes an everyday phrase of the
// line (发展就有【底气】, 拿出只争朝夕的【劲头】, 青年人才是城市发展的【生力军】: 主力军 fits as well).
import { lexiconMatcher } from '../knowledge/lexicon.js';
import { sayingIn } from '../knowledge/sayings.js';
import { foldForSearch, hanChars } from '../text/normalize.js';
import { modifiesActor } from './fact-cut.js';
import { holdsSeries } from './generate-series.js';
import { unsaidListItem } from './list-item.js';
import type { Blank } from './key-blanks.js';
import { localVoice, MAXIM_HAN } from './local-voice.js';
import type { SourceDoc } from './types.js';

/** Whether `text` is a whole 提法 of the lexicon (乡村振兴, 三会一课), not a word of one. */
export function wholeLexiconTerm(text: string): boolean {
  const folded = foldForSearch(text);
  return lexiconMatcher()
    .find(folded)
    .some((t) => t.start === 0 && t.length >= folded.length);
}

/** Whether `text` is a short line (up to MAXIM_HAN Han) of a user's import with a local voice: a
 * proverb or a turn of phrase it repeats (小事不办，大事难成; 斯人已逝，风范长存; 实践是最好的课堂). Its blank is
 * the obvious half of a couplet or a common word another fits as well (老师 for 课堂); only a 提法 of
 * the lexicon blanked in it is worth asking. */
export function shortLocalLine(text: string, doc: SourceDoc, docs: readonly SourceDoc[]): boolean {
  return localVoice(doc, docs) && (text.match(/\p{Script=Han}/gu)?.length ?? 0) <= MAXIM_HAN;
}

/** Marks that end a clause. */
const STOPS = '，,；;。！？!?：:、';

/** Whether a blank of a local voice's own line has one answer a learner can be expected to know: a whole 提法 of
 * the lexicon (战斗堡垒), a term the line sets in quotation marks (“枫桥经验”), a well-known saying, or words the
 * library says too, the clause round the blank found in a shipped document (纪律是管党治党的【戒尺】). An ordinary noun that
 * completes an everyday phrase (把项目现场当作【主战场】, 今年是【攻坚】之年, 过上更好的【日子】) has rivals as
 * standard as the key. `inLibrary`: whether a run of Han characters occurs in a shipped document. */
export function knowableBlank(text: string, blank: Blank, inLibrary: (han: string) => boolean): boolean {
  if (wholeLexiconTerm(blank.text)) return true;
  if (/[“‘「]$/.test(text.slice(0, blank.start)) && /^[”’」]/.test(text.slice(blank.end))) return true;
  // A well-known saying holding the blank (调查研究是谋事之基、成事之道，没有调查就没有【发言权】), looked for from
  // each clause's start up to the blank's own (sayingIn finds the longest saying only).
  for (let k = 0; k <= blank.start; k++) {
    if (k > 0 && !STOPS.includes(text[k - 1]!)) continue;
    const m = sayingIn(text.slice(k));
    if (m && k + m.start <= blank.start && blank.end <= k + m.end) return true;
  }
  const from = Math.max(...[...STOPS].map((c) => text.lastIndexOf(c, blank.start - 1))) + 1;
  const ends = [...STOPS].map((c) => text.indexOf(c, blank.end)).filter((i) => i >= 0);
  const clause = hanChars(text.slice(from, ends.length ? Math.min(...ends) : text.length));
  return clause.length >= blank.text.length + 2 && inLibrary(clause);
}

/** A verb of service a plan's theme slogan ends on (践行初心使命，服务【乡村振兴】): any 提法 takes its object. */
const SLOGAN_VERB = /(?:服务|助力|赋能|护航|聚焦|建功|奉献|投身|助推)$/;
/** A tool or a lever a 提法 is said to have (项目建设是【高质量发展】的主抓手): 经济发展, 乡村振兴 fit as well. */
const LEVER = /^的(?:重要|主要|有力|关键)?(?:主?抓手|引擎|支撑|载体|突破口|切入点|着力点|助推器|压舱石|主战场)/;

/** A verb that furthers a goal (推动【绿色发展】的实际成效, 奋进【新征程】的强大力量): any goal takes its place. */
const FURTHER = /(?:推动|推进|促进|助推|助力|奋进|服务)$/;
/** What furthering a goal gives or needs, after its 的. */
const OUTCOME = /^的(?:实际|具体|显著|重要|强大|有力|不竭|磅礴)?(?:成效|实效|成果|力量|动力|支撑|保障|合力)/;
/** A quotation named only by who stressed it (习近平总书记强调的“【绿水青山就是金山银山】”): any of his sayings fits. */
const NAMED_ONLY = /(?:强调|提出|指出|倡导|要求)的[“"]$/;
/** The beneficiary of a pledge (为全市【高质量发展】提供坚强组织保证) and the guide of a year's work (坚持以【习近平新时代
 * 中国特色社会主义思想】为指导): a stock frame whose slot every speaker fills alike (questions-imported67.json). */
const PLEDGED_TO = /为(?:全[省市县区镇乡])?$/;
const PLEDGE = /^(?:提供|作出|做出|贡献|营造)/;
/** A writer's gloss naming what he does by a quoted 提法 (办好每一所学校…就是最根本的“【投资于人】”): the slot is his word. */
const GLOSSED_AS = /就是[^，,。；;：:“”"]{0,6}的[“"]$/;

/** Whether a 提法 blank of a local voice's line stands in a slot any 提法 fills: the whole object of a slogan's
 * verb of service, the field of a lever (questions-imported14.json, held out: 服务____, ____的主抓手), a goal
 * furthered to a result or a force (推动____的实际成效, 推动____的重要力量, 奋进____的强大力量), a quotation
 * the line names only by who stressed it (questions-imported16.json), a stock frame (为____提供…, 以____为指导)
 * or the writer's gloss (…就是最根本的“____”). */
export function openSlotBlank(text: string, blank: Blank): boolean {
  const before = text.slice(0, blank.start);
  const after = text.slice(blank.end);
  return (
    (SLOGAN_VERB.test(before) && /^(?:[，,。；;！!、]|$)/.test(after)) ||
    // The whole field of the lever (项目建设是【高质量发展】的主抓手), not a goal its verb ties (是实现高水平【科技自立自强】的重要支撑).
    (LEVER.test(after) && /(?:是|为|作为|成为)$/.test(before)) ||
    (FURTHER.test(before) && OUTCOME.test(after)) ||
    (NAMED_ONLY.test(before) && /^[”"]/.test(after)) ||
    (PLEDGED_TO.test(before) && PLEDGE.test(after)) ||
    (/以$/.test(before) && /^为指导/.test(after)) ||
    (GLOSSED_AS.test(before) && /^[”"](?:[。！!；;]|$)/.test(after))
  );
}

/** Whether the blanks of a local voice's 金句 ask nothing worth asking. `cited`: the words are a known person's it
 * quotes (毛泽东同志说过：“军队向前进，生产长一寸。”), kept as his; a person only the import knows (a press conference's
 * 发布人) is asked as the text's own voice. A line holding a series is asked by the series' last
 * item (generate-series.ts); a 提法 of the lexicon blanked keeps a short line or a series line. */
export function weakLocalBlanks(
  text: string,
  blanks: readonly Blank[],
  cited: boolean,
  doc: SourceDoc,
  docs: readonly SourceDoc[],
  inLibrary: (han: string) => boolean = () => false,
): boolean {
  if (!localVoice(doc, docs)) return false;
  // An item of a 、 list the library never says beside its neighbours (思想路线、【群众路线】: 组织路线). A named
  // leader's words the text cites are his quotation (不驰于空想、不骛于【虚声】), fixed whether the library holds it or not.
  if (!cited && blanks.some((b) => unsaidListItem(text, b, inLibrary))) return true;
  if (!cited && !blanks.every((b) => knowableBlank(text, b, inLibrary) && !openSlotBlank(text, b))) return true;
  const lexiconKeys = blanks.every((b) => wholeLexiconTerm(b.text));
  if (!cited && shortLocalLine(text, doc, docs) && !lexiconKeys) return true;
  if (holdsSeries(text) && !lexiconKeys) return true;
  // 【新时代】的基层干部: 当代 fits as well.
  return blanks.some((b) => modifiesActor(text.slice(b.end).replace(/^的(?:基层|各级|广大)?/, '')));
}
