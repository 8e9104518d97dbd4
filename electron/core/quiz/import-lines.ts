// Lines of a user's import that teach a weaker form of what the library says (questions-imported19.json, judged
// again in round questions26): the library's line with words dropped (发展是解决一切问题的【基础和关键】: the 十九大 says 发展是解决
// 我国一切问题的基础和关键; a learner should learn the full line), and a blank on a word for the world at large or for
// everyday life (【世界】的发展也决不能…, 乡亲们的【日子】一定会越过越红火: 国家, 生活 fit as well).
import { hanChars } from '../text/normalize.js';
import { tokenize } from '../text/segment.js';

/** Han characters a shortened line may lack of the library's (我国, 全面, 坚定不移). */
const MAX_DROPPED = 6;

/** Whether `text` is a line of the library (`shipped`: its documents' Han characters) with a few words left out: the
 * library holds a run opening on its first four characters and closing on its last two that holds all of its
 * characters in order, and more, and nowhere says it word for word. */
export function shortenedLine(text: string, shipped: readonly string[]): boolean {
  const han = hanChars(text);
  // A line the library says word for word is its own wording, whatever it also says longer elsewhere.
  if (han.length < 8 || shipped.some((b) => b.includes(han))) return false;
  const head = han.slice(0, 4);
  for (const body of shipped)
    for (let at = body.indexOf(head); at >= 0; at = body.indexOf(head, at + 1)) {
      const window = body.slice(at, at + han.length + MAX_DROPPED);
      let i = 0;
      let end = 0;
      for (let j = 0; j < window.length && i < han.length; j++)
        if (window[j] === han[i]) {
          i++;
          end = j + 1;
        }
      if (i === han.length && end > han.length && window.slice(0, end).endsWith(han.slice(-2))) return true;
    }
  return false;
}

/** Words for the world at large or for everyday life: as a key, any of them fits where one does. */
const BROAD_KEY = /^(?:世界|国家|祖国|社会|人民|民族|中国|我国|日子|生活)$/;

export const broadKey = (blank: { text: string }) => BROAD_KEY.test(blank.text);

/** A blank right before 地 and a verb (只有【坚定不移】地深化改革): an adverb of manner, which 积极稳妥, 坚持不懈 fill as
 * well (questions-imported29.json). Not a place (【西部】地区). */
export const mannerBlank = (text: string, blank: { end: number }) =>
  /^地(?![区方位球图域段带])\p{Script=Han}/u.test(text.slice(blank.end));

/** A blank opening on a word of quantity (无产阶级的【整个思想体系】): it asks the modifier with the noun, and the
 * frame takes a rival as standard (无产阶级的最高理想; questions-imported29.json). */
export const quantifiedKey = (blank: { text: string }) => /^(?:整个|全部|所有|一切|各种|各项|一些)/.test(blank.text);

/** A blank with nothing but quote marks or spaces before it: the line's opening words. */
const opensLine = (text: string, blank: { start: number }) => /^[“”"‘’\s]*$/.test(text.slice(0, blank.start));

/** Two blanks, one of them the sentence's opening subject (【精神文明】既是【有中国特色社会主义】的重要内容): nothing is left to
 * say what the sentence is about, and any pair of its kind fits (questions-imported29.json). */
export const subjectAndMore = (text: string, blanks: readonly { start: number }[]) =>
  blanks.length > 1 && blanks.some((b) => opensLine(text, b));

/** Words that place a line in its time: a number or year, 今年, 当前, 新时代, 新常态, a five-year plan, 周年. */
const TIME_WORDS =
  /[0-9０-９]|今年|明年|去年|当前|目前|现阶段|当今|新时代|新征程|新常态|新阶段|新世纪|本世纪|周年|年来|十[一二三四五]五|“十\p{Script=Han}{1,2}五”/u;

/** Whether a line of a user's import may be asked “which year is it from”: its wording places it in its time
 * (questions-imported19.json: 职业教育是经济发展的重要支柱 and questions-imported27.json: 社保是民生之基 say nothing a
 * learner could date). */
export const timeTied = (text: string) => TIME_WORDS.test(text);

/** A 提法 that is the whole opening clause of its sentence (【巩固拓展脱贫攻坚成果】，坚决防止出现规模性返贫), or with
 * only a place word after it (【新征程】上，…: the time the line is set in, and 新起点, 新时代 fit as well): the blank
 * is a clause of its own, and the rest hints at it only loosely (questions-imported27.json held out, imported32). */
export const wholeOpeningClause = (text: string, blank: { start: number; end: number }) =>
  opensLine(text, blank) && /^[”"’]?[上中里]?[，,；;]/.test(text.slice(blank.end));

/** A sentence that holds its document's own title (党课讲稿｜坚定不移全面从严治党…2022年11月编者按：…): the heading was
 * joined to the lines after it, and a blank in it asks the title, not a statement (questions-imported32.json). A title
 * cut short ends on …; a short one (工作报告) may stand in a sentence, so only a title of eight characters or more. */
export const holdsOwnTitle = (text: string, title: string) => {
  const head = title.replace(/(?:…|\.{3})$/, '');
  return head.length >= 8 && text.includes(head);
};

/** Two words for the nation, the Party or society at large joined (实现【经济社会】发展, 保证【党和人民】事业发展):
 * what the line is about is elsewhere, and 党和国家, 国家和民族 fit as well (questions-imported30.json). */
const BROAD_PAIR = /^(党|国家|人民|社会|经济|民族|政府)(?:和|与|、)?(党|国家|人民|社会|经济|民族|政府)$/;

export const broadPairKey = (blank: { text: string }) => {
  const m = BROAD_PAIR.exec(blank.text);
  return !!m && m[1] !== m[2];
};

/** A graded role word closing a judgement (合理的收入分配制度是社会公平的【重要体现】): the blank asks what part the
 * subject plays, not what the line teaches, and 重要基础, 集中体现 fit as well (questions-imported30.json). */
const GRADED_ROLE =
  /^(?:重要|根本|基本|主要|集中|显著|内在|本质|必要|有力|有效)(?:体现|标志|内容|条件|保证|保障|基础|前提|途径|特征|要求|支撑|方面|环节|举措|手段|表现|力量|动力|源泉)$/;

export const gradedRoleKey = (text: string, blank: { start: number; end: number; text: string }) =>
  GRADED_ROLE.test(blank.text) && text[blank.start - 1] === '的' && /^(?:[，,。；;！!]|$)/.test(text.slice(blank.end));

/** A short verb between a modal and a comma (全党必须【牢记】，只有…): it only opens the clause after it, which holds
 * what the line says (questions-imported30.json). */
export const clauseOpeningVerb = (text: string, blank: { start: number; end: number; text: string }) =>
  blank.text.length <= 3 &&
  /(?:必须|要|应|应当|应该|务必|一定要|始终)$/.test(text.slice(Math.max(0, blank.start - 3), blank.start)) &&
  /^[，,：:]/.test(text.slice(blank.end));

/** A two-character verb opening a condition on its object (只有【植根】本国、本民族历史文化沃土，…才能…: 扎根 fits as well;
 * questions-imported58.json): after 只有/只要/唯有, not a 提法, and a noun or a pronoun right after it. A subject there is
 * followed by what it does (只有人民满意). */
export const conditionVerb = (
  text: string,
  blank: { start: number; end: number; text: string },
  named: (t: string) => boolean,
) =>
  blank.text.length === 2 &&
  !named(blank.text) &&
  /(?:只有|只要|唯有)$/.test(text.slice(0, blank.start)) &&
  /^(?:n|nr|ns|nt|nz|r)$/.test(tokenize(text.slice(blank.end, blank.end + 8))[0]?.tag ?? '');

const TURN_BEFORE = /(?:但是?|然而|可是|不过)[，,]?\s*$/;
const TURN_AFTER = /^[。；;！!？?”"’\s]*(?:但是?|然而|可是|不过)/;

/** Whether the line at `span` of its paragraph answers a turn (…。但是，【共产主义首先是一种运动】) or is turned against by
 * the next sentence (…是好的。但…): read alone it means something else than in its text (questions-imported29.json,
 * questions-imported30.json). Reads only the characters next to the span. */
export const turnedLine = (paragraph: string, span: { start: number; end: number }) =>
  TURN_BEFORE.test(paragraph.slice(Math.max(0, span.start - 6), span.start)) ||
  TURN_AFTER.test(paragraph.slice(span.end, span.end + 8));

/** A plain noun given in a larger amount (赋予自由贸易试验区更大改革【自主权】): 空间, 权限 fit the slot as well; a 提法 of the
 * lexicon there (更高水平的平安中国) is asked by the 提法 rules (questions-imported53.json). */
export const moreOfKey = (text: string, blank: { start: number; text: string }, lexiconTerm: (t: string) => boolean) =>
  /更(?:大|多)的?\p{Script=Han}{0,2}$/u.test(text.slice(0, blank.start)) && !lexiconTerm(blank.text);

/** A sentence in which the writer pledges his own part (我将认真做好预算编制工作，为全县“十五五”开好局…贡献自己的力量;
 * 今后，我将…): a member's own line, not the Party's wording, whatever 提法 it names (questions-imported66.json). */
export const ownPledge = (text: string) =>
  /^(?:[^，,。；;]{1,6}[，,]|(?:\d{4}|今|明)年)?(?:我|本人)(?:将|要|会|一定|决心)/u.test(text);

/** A line of the unit's own work (我县是农业大县，实施乡村振兴战略离不开农业科技; 在编制我县“十五五”规划过程中) or of its
 * procedure (活动情况由组织委员记入“三会一课”记录本): a member's import speaks of itself there, not in the Party's
 * wording, whatever 提法 it names (questions-imported68.json). */
export const unitOwnLine = (text: string) =>
  /我(?:们)?(?:县|镇|乡|村|局|校|院|市|区|厂|公司|单位|支部)|本(?:单位|县|镇|局|支部)|记入|录入|记录本|台账|报送|上报/u.test(
    text,
  );
