// Whether a 金句 is worth a question: lines of a document that read like a judgement but say
// nothing a learner studies — what the hall is told of its own meeting, what a reporter says of a
// villager — and “which document” questions whose right title gives itself away.
import { isContentToken, tokenize } from '../text/segment.js';
import type { SourceDoc } from './types.js';

/** A line about the meeting itself (大家的发言很实在…, 刚才…同志讲得很好, 会议精神要…传达到每一个部门):
 * what the hall is told of its own proceedings, which nobody studies. */
const PROCEEDINGS =
  /(?:大家|同志们|各位|与会同志)的(?:发言|讲话|汇报|交流)|^(?:刚才|下面|会后|这次会议|本次会议|今天的会)|讲得(?:都)?很好|我都同意|作了(?:一个)?很好的|精神要?[^，。；]{0,8}传达(?:到|至)/;

export const aboutProceedings = (text: string) => PROCEEDINGS.test(text);

/** A notice's request to its readers (请各单位高度重视，按时选派人员参训; 请于3月10日前报送): what to do
 * this once, addressed to them, not a judgement anyone studies. */
const REQUEST = /^请(?:各|你|贵|有关|相关|于|在|按|务必|认真|及时|高度)/;

/** A list of whom a text is addressed to or who attends (各乡镇党委书记、县直各单位党组织书记): posts and
 * bodies joined by 、 with nothing said of them. */
const ADDRESSEE =
  /^(?:[^，。；：、！？]{2,16}(?:书记|主任|负责人|部门|单位|团体|党组织|党委|党支部|党组|机关|同志)、)+[^，。；：、！？]{2,16}(?:书记|主任|负责人|部门|单位|团体|党组织|党委|党支部|党组|机关|同志)[。；：]?$/;

/** A scene of the season a text opens on (春回大地，万物生长; 金秋时节，硕果累累): the weather, not a
 * judgement; 春暖花开, 万物复苏 fit a blank as well. */
const SEASON_SCENE =
  /^(?:春回大地|春暖花开|春意盎然|春风(?:浩荡|拂面|送暖|和煦)|冬去春来|万物(?:复苏|生长|更新|竞发)|金秋(?:时节|十月|送爽)|秋高气爽|丹桂飘香|盛夏时节|烈日炎炎|隆冬时节|寒冬腊月|岁末年初|辞旧迎新)[，,]/;

/** “We” said to be a kind of people (我们是乐观主义者): nothing the document says of the world; which
 * document or year said it cannot be known from the words. */
const SELF_DESCRIPTION = /^(?:我们|我)(?:都|就|永远|始终)?是[^，。；！？、]{1,8}[。！]?$/;

/** Whether a line that the extraction kept says nothing to study: a request, a list of addressees,
 * a short scene of the season (a longer line may go on to a judgement), or a bare description of “us”. */
export const saysNothing = (text: string) =>
  REQUEST.test(text) ||
  ADDRESSEE.test(text) ||
  (SEASON_SCENE.test(text) && text.length <= 20) ||
  SELF_DESCRIPTION.test(text);

/** Words after which the document names a person (村党支部书记张大山, 村民刘桂芝) or before which it
 * reports him speaking (张大山告诉记者, 张大山表示). */
const POST_BEFORE = /(?:书记|主任|村民|党员|县长|镇长|乡长|村长|厂长|经理|董事长|代表|队长|站长|老师|医生)$/;
const SPEAKS_AFTER = /^(?:告诉|表示|介绍|说|笑着说|感慨|坦言|回忆)/;

/** Whether the line, in a user's import with a local voice, says what a person the document
 * narrates is (张大山是村里的“带头人”): a reporter's word on one villager, not a judgement to learn;
 * 带头人, 能人, 领头雁 fit the blank as well. */
export function aboutNarratedPerson(text: string, doc: SourceDoc): boolean {
  const subject = /^(\p{Script=Han}{2,3})(?:同志)?是/u.exec(text)?.[1];
  if (!subject) return false;
  // A common noun of one word (党员, 干部: 一位老党员说…) is a kind of person, not one the text narrates.
  const words = tokenize(subject);
  if (words.length === 1 && !/^(?:nr|x)/.test(words[0]!.tag)) return false;
  return doc.paragraphs.some((p) => {
    for (let at = p.text.indexOf(subject); at >= 0; at = p.text.indexOf(subject, at + 1))
      if (POST_BEFORE.test(p.text.slice(0, at)) || SPEAKS_AFTER.test(p.text.slice(at + subject.length))) return true;
    return false;
  });
}

const NAME_TAG = /^(nr|nrfg|nrt|ns|nt)$/;

/** Whether the right title of “which document” shares a word of the line that no other option has
 * (“安全生产没有局外人…” beside 在全县安全生产工作会议上的讲话 alone): read, not known. A name the line
 * and the title share (中国共产党 in a line on the Party's leadership) says what it is about, not where. */
export function titleGivesAway(line: string, options: readonly string[], correct: number): boolean {
  const words = new Set(
    tokenize(line)
      .filter((t) => isContentToken(t) && !NAME_TAG.test(t.tag) && /^\p{Script=Han}{2,}$/u.test(t.word))
      .map((t) => t.word),
  );
  return [...words].some(
    (w) => options[correct]!.includes(w) && options.every((o, i) => i === correct || !o.includes(w)),
  );
}
