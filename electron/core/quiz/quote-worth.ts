// Whether a 金句 is worth a question: lines of a document that read like a judgement but say
// nothing a learner studies — what the hall is told of its own meeting, what a reporter says of a
// villager — and “which document” questions whose right title gives itself away.
import { isContentToken, tokenize } from '../text/segment.js';
import type { SourceDoc } from './types.js';
import { leadJudgementElsewhere, restatedSlogan } from './shared-wording.js';

/** A line about the meeting itself (大家的发言很实在…, 刚才…同志讲得很好, 会议精神要…传达到每一个部门,
 * 辅导报告主题鲜明…很有帮助, 提出的意见建议很有针对性): what the hall is told of its own proceedings,
 * which nobody studies. */
const PROCEEDINGS =
  /(?:大家|同志们|各位|与会同志)的(?:发言|讲话|汇报|交流)|^(?:刚才|下面|会后|这次会议|本次会议|今天的会)|讲得(?:都)?很好|我都同意|作了(?:一个)?很好的|精神要?[^，。；]{0,8}传达(?:到|至)|(?:报告|发言|意见建议|讲解|交流)[^，。；]{0,12}[，、]?[^。；]{0,12}(?:很|十分|非常)有(?:针对性|帮助|启发|见地|价值)/;

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

/** A moment the hall is told is near (同志们，新学期即将开始，各学校要…; 汛期就要来临): the occasion of
 * this meeting's arrangements, not a judgement. */
const MOMENT_NEAR = /^(?:同志们[，,])?[^，。；！？]{2,8}(?:即将|就要)(?:开始|来临|到来)/;

/** How those present received something (对…政策普遍反映良好): a report of the hall, nothing to study. */
const RECEPTION = /普遍反映(?:良好|很好|较好|强烈)/;

/** A matter said only to be tangled (体制改革，头绪纷繁): a paragraph's lead-in to the tasks that
 * follow, no judgement; 千头万绪, 任务繁重 fit a blank as well. */
const TANGLE_ONLY = /^[^，。；！？]{2,8}[，,](?:头绪纷繁|千头万绪|错综复杂|纷繁复杂|任务繁重|头绪繁多)[。！]?$/;

/** A plan or a document the text names elsewhere, pointed back to by its kind (方案把秋冬季作为攻坚的
 * 重点时段; 该意见明确…; 把《意见》的各项要求落到实处): what that one paper arranges, unreadable alone. */
const PAPER_BACK =
  /^(?:该|这个|这一|此)?(?:方案|文件|意见|通知|办法|规划|细则|通报)(?:把|将|对|明确|提出|要求|规定|强调)|《(?:方案|意见|通知|办法|规划|细则|通报|决定|实施方案|实施意见)》/;

/** An answer to the question before it (记者：…主要原因是什么？ — 主要是制造业技术改造投资增长较快): half
 * of an exchange, not a judgement. */
const ANSWER_LEAD = /^(?:主要是|主要原因是|原因(?:主要)?是|这是因为|因为)/;

/** What the speaker's own village, firm or school does (我们村推行“积分制”管理，…): one unit's report. */
const OWN_UNIT = /^(?:我们|咱们)(?:村|镇|乡|街道|社区|公司|厂|企业|学校|单位|支部|合作社)/;

/** A report's or a letter's frame announcing what follows (现将本人…情况报告如下，请予评议), or a notice passing a
 * paper on (现将…中关于推动绿色发展的内容转发给你们; questions-imported52.json): its own procedure. */
const ANNOUNCES_BELOW =
  /(?:报告|说明|通报|汇报|介绍|公布|通知|摘录|摘编|转发|印发)如下|请予(?:评议|审议|审阅|批评指正)|现将[^。；;]{0,60}(?:转发|印发|摘录|转送|发送|下发|发)给你们/;

/** A cheer of victory a text closes on (胜利一定是属于我们的！): every report's last word in its own
 * words, nothing to learn; the blank (胜利) is the guess anyone makes. */
const VICTORY_CHEER = /^[^，。；！]{0,8}胜利(?:一定|必将|终将|必然|永远|终究)?(?:是)?属于/;

/** A question put to the reader, as a study guide's 思考题 sets it (1.如何理解…是…的主题？; 谈谈如何增强…): it asks, it does
 * not state, so a blank in it has no truth to recall (questions-imported53.json). */
const READER_QUESTION =
  /^(?:[0-9０-９]+[.．、]|[（(][0-9０-９一二三四五六七八九十]+[）)])?\s*(?:(?:如何|怎样|怎么|为什么)[^。！？?]*[？?]|(?:结合[^。；？]{0,12}?)?(?:谈谈|试述|简述)[^。！？?]*[。？?]?)$/;

/** A field of a plan or a record (活动主题：…, 二、活动时间：…, 会议内容：…): the paper's own form, not a statement
 * (questions-imported53.json: 活动主题：树立【总体国家安全观】 筑牢…). */
const FORM_FIELD =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])?\s*(?:活动|会议|学习|课程)?(?:主题|时间|地点|内容|形式|目的|对象|安排|要求)[:：]/;

/** Whether a line that the extraction kept says nothing to study: a request, a list of addressees,
 * a short scene of the season (a longer line may go on to a judgement), a bare description of “us”,
 * a matter only said to be tangled, a moment announced, a reception reported, a paper pointed back to,
 * an answer's opening, a unit's own report, a frame announcing what follows, a cheer of victory, a question put to the
 * reader, a field of a plan. */
export const saysNothing = (text: string) =>
  REQUEST.test(text) ||
  ADDRESSEE.test(text) ||
  (SEASON_SCENE.test(text) && text.length <= 20) ||
  SELF_DESCRIPTION.test(text) ||
  TANGLE_ONLY.test(text) ||
  MOMENT_NEAR.test(text) ||
  RECEPTION.test(text) ||
  PAPER_BACK.test(text) ||
  ANSWER_LEAD.test(text) ||
  OWN_UNIT.test(text) ||
  ANNOUNCES_BELOW.test(text) ||
  VICTORY_CHEER.test(text) ||
  READER_QUESTION.test(text) ||
  FORM_FIELD.test(text);

/** A local body announcing what it will do (区政府将继续把教育作为…; 我们将完善有奖举报制度; 工作队将联系…; 古城区将全力打造…): in a local
 * voice a plan of that office, not a judgement; a national resolve (我们将以最大的诚意…实现祖国的和平
 * 统一) is the caller's to keep. */
export const localPlan = (text: string) =>
  SCHEDULE.test(text) ||
  ATTENDANCE.test(text) ||
  /^(?:(?:下一步|今后|接下来)[，,])?(?:我们|[省市县区镇乡](?:委|政府)|\p{Script=Han}{1,4}(?:区|县|市|镇|乡|村|街道)|\p{Script=Han}{0,6}(?:工作队|工作组|专班|办公室|合作社|村委会|居委会|党支部|服务中心))(?:还|也|今年)?将/u.test(
    text,
  );

/** A call to the hall a speech closes on (让我们以更加务实的作风…交出人民满意的答卷) or a retort to words quoted just
 * before (我看这不是理由，…): the first is every speech's last line with a blank anything fits (合格, 优异), the
 * second cannot be read without the words its 这 points back to. In a local voice neither is a 金句. */
export const hallCallOrRetort = (text: string) =>
  /^(?:同志们[，,])?让我们|^(?:我看|我想|我认为)?[，,]?这/.test(text) || WEIGHT_ONLY.test(text);

/** An exhortation only to see a thing's weight (全院上下要深刻认识全面从严治党的重要性，…): the blank is anything the
 * meeting is about (党风廉政建设 fits as well), or the weight word itself. */
const WEIGHT_ONLY =
  /^[^，。；！？]{0,8}要[^，。；！？]{0,4}认识到?[^，。；！？]{2,16}的(?:重要性|必要性|紧迫性|重大意义)/;

/** Who attends, as a plan lists it (村党支部全体党员，入党积极分子列席): a field of the plan, no judgement. */
const ATTENDANCE = /(?:列席|参加|出席)[。！]?$/;

/** A schedule one's own plan sets (每月至少两次深入分管领域一线…): a commitment of this year, no judgement. */
const SCHEDULE = /^每(?:年|半年|季度|月|周|天|日)(?:至少|不少于)/;

/** An instruction to the units under the speaker (各区要把加装电梯…作为改造重点; 各乡镇各部门要认真学习…; 各村要把
 * 防火责任落实到山头地块): what each is to do this once, in a local voice no judgement anyone studies. */
export const unitDirective = (text: string) =>
  /^各(?:县区|县市区|乡镇|街道|部门|单位|学校|村组|[省市县区乡镇村])[^，。；！？]{0,12}?要/.test(text);

/** The vow a report closes on (我们一定要以对国家和人民高度负责的精神，…决不辜负人民的重托): every year's
 * report says it in other words, so which year or document said these cannot be known. */
export const closingVow = (text: string) =>
  /(?:不负|不辜负|无愧于)[^，。；！？]{0,6}(?:重托|期待|期望|厚望|重任)/.test(text);

/** Characters from which a title is long enough for one character to pass unseen. */
const TWIN_TITLE_MIN = 12;

/** Whether two long titles differ in one character only, not a numeral (在全市优化营商环境大会上的讲话 /
 * 在全县…): beside each other in “which document” a learner cannot tell them apart, unless he read both.
 * Reports of two years or two congresses (2008年… / 2009年…, 十六大 / 十七大) are told apart by their
 * number; in a short title (在县委会议上的讲话 / 在省委…) the one character is a third of what it says. */
export function nearTwinTitle(a: string, b: string): boolean {
  if (a.length !== b.length || a === b || a.length < TWIN_TITLE_MIN) return false;
  const at = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  const numeral = /[\d〇零一二三四五六七八九十百千]/;
  return at.length === 1 && !numeral.test(a[at[0]!]!) && !numeral.test(b[at[0]!]!);
}

/** Words after which the document names a person (村党支部书记张大山, 村民刘桂芝, 第一任老书记是何光明) or before which it
 * reports him speaking (张大山告诉记者, 张大山表示). */
const POST_BEFORE =
  /(?:书记|主任|村民|党员|县长|镇长|乡长|村长|厂长|经理|董事长|代表|队长|站长|老师|医生)(?:是|叫|名叫)?$/;
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

const BODY_OR_PLACE = /^(ns|nt)$/;

/** Whether the right title of “which document” shares a word of the line that no other option has
 * (“安全生产没有局外人…” beside 在全县安全生产工作会议上的讲话 alone): read, not known. The name of a body
 * or a place the line and the title share (中国共产党 in a line on the Party's leadership) says what it
 * is about, not where. A word tagged a person's name is no such exception: the segmenter tags common
 * nouns so (文明/nr in 文明是一座城市的灵魂 beside 文明城市创建倡议书), and a person the line and the title
 * both name (焦裕禄) gives the title away as well, and so does an abbreviation the segmenter tags j (党建 in
 * 全市推行“网格+党建”模式 beside 临江：党建引领基层治理见实效) or a word it does not know (做实/x in 做实，就是要…
 * beside 在学懂弄通做实上下功夫). */
export function titleGivesAway(line: string, options: readonly string[], correct: number): boolean {
  const words = new Set(
    tokenize(line)
      .filter(
        (t) =>
          (isContentToken(t) || t.tag === 'j' || t.tag === 'x') &&
          !BODY_OR_PLACE.test(t.tag) &&
          /^\p{Script=Han}{2,}$/u.test(t.word),
      )
      .map((t) => t.word),
  );
  return [...words].some(
    (w) => options[correct]!.includes(w) && options.every((o, i) => i === correct || !o.includes(w)),
  );
}

/** Whether the line names its level (全县上下…, 我市…) and the right title of “which document” alone is of that
 * level (中共青河县委… beside 省委…, 市委…, 全省…): read off, not known. */
export function levelGivesAway(line: string, options: readonly string[], correct: number): boolean {
  const level = /(?:全|我|本)([省市县区镇乡])/.exec(line)?.[1];
  if (!level) return false;
  return options[correct]!.includes(level) && options.every((o, i) => i === correct || !o.includes(level));
}

/** Words no learner can place in one document or year: a closing vow or a restated line; an opening
 * judgement counts where a document the options may show (`kin`: of the same source) says it too. */
export const restatedOrVow = (
  text: string,
  docId: string,
  bodies: ReadonlyMap<string, string>,
  kin: (id: string) => boolean = () => true,
) =>
  closingVow(text) ||
  restatedSlogan(text, docId, bodies) ||
  leadJudgementElsewhere(text, docId, new Map([...bodies].filter(([id]) => kin(id))));

/** Whether `at` in a paragraph lies inside single quotation marks (‘…’), a quotation within a quotation. */
export function insideInnerQuote(p: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++)
    if (p[i] === '‘') depth++;
    else if (p[i] === '’') depth = Math.max(0, depth - 1);
  return depth > 0;
}
