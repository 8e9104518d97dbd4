// The kind of a document (讲话, 会议报道, 文件, 文章) from its title, its opening lines and its text.
import type { DocType } from '../../contract/api.js';
import { isNamedLeader } from '../knowledge/speakers.js';
import { speechNote } from '../knowledge/speech-note.js';
import { isBylineName } from '../knowledge/byline-name.js';
import { ROLE } from '../knowledge/post-role.js';
import { postOnlyVisit } from './post-only-visit.js';
import { occasionLine } from './header.js';
import {
  ABOUT_DOCUMENT,
  DOC_TITLE_END,
  HEADLINE_STRESS,
  HEADLINE_VISIT,
  MINUTES_TITLE,
  NEWS_VERB,
  NOTE_TITLE_END,
  REPORT_ON_SPEECH,
  STUDY_NOTE,
  COMMENTARY_TITLE,
  PEN_NAME_LINE,
  WORK_SUMMARY,
} from './title-patterns.js';

/** A headline on a leader's words or visit: a leader of the alias table, or a name under its post (`省委书记李明`),
 * never a bare `全省各地`; with no name in it, a visit under the post alone whose lead names the visitor. */
const reportedHeadline = (foldedTitle: string, foldedLead: string) => {
  const m = HEADLINE_STRESS.exec(foldedTitle) ?? HEADLINE_VISIT.exec(foldedTitle);
  // `李明在青石县调研时强调` over a lead that names him under his post (`省委书记李明`); failing a name, `市长调研…`.
  const posted = () => !!m && new RegExp(`(?:${ROLE})${m[2]!}`).test(foldedLead);
  const named = !!m && (isNamedLeader(m[2]!) || ((!!m[1] || posted()) && isBylineName(m[2]!)));
  return named || postOnlyVisit(foldedTitle, foldedLead);
};

// A meeting held (`召开/举行…会`, `…座谈会…举行`), a 主题党日 held or attended, a 典礼 held (`舉行…頒獎典禮`; not a
// 揭牌仪式 leaders attend, whose story is told as an article), a
// an official who 出席…活動 (a HK 新聞公報), a study session (`召开…集体学习`, `举行第五次专题学习`, `就…进行第五次集体学习`); a meeting held at a place
// (`……报告会在市委党校举行`) or closed (`……代表大会胜利闭幕`).
const HELD_MEETING =
  /(召开|举行|召開|舉行|开展|開展|参加|參加|出席).{0,40}(会|會|主题党日|主題黨日|论坛|論壇)|(举行|舉行).{0,40}(典礼|典禮)|出席[^，。；\n]{0,30}(活动|活動)|(会|會)议?.{0,4}(召开|举行|召開|舉行)|(会议|大会|报告会|座谈会|研讨会|會議|大會|報告會|座談會)在[^，。；\n]{2,16}?(召开|举行|召開|舉行)|(会议|大会|全会|會議|大會)(胜利|隆重|顺利|勝利|順利)?(闭幕|开幕|閉幕|開幕)|(召开|举行|开展)(了)?[^，。；\n]{0,12}?(集体|专题)学习|进行第[一二三四五六七八九十百]+次(集体|专题)学习|(会议|會議)[^，。；\n]{0,6}?分组(审议|讨论|審議|討論)/;
/** `立法會今日舉行全體會議，…`, `文化局今日舉行新聞發布會，`: a lead opening on the body that holds the meeting that
 * day, as a title saying it. */
const LEAD_HELD =
  /^(?:\d{1,2}月\d{1,2}日(?:上午|下午)?[，,])?[^，。；,\n]{2,20}?(?:今日|今天|昨日|昨天|\d{1,2}日|(?<=[办局委府]))(?:上午|下午)?(?:召开|举行|召開|舉行)[^，。；,\n]{0,16}(?:会议|會議|大会|大會|发布会|發布會)/;
/** `出席市政协……会议的委员们分组讨论…`, `……在記者會上表示`, `在議會答詢時表示`, `回應傳媒查詢時說`: the lead tells of a session's members, or of
 * someone speaking at a meeting, so the story reports the words said there. */
const AT_MEETING =
  /(?:出席|列席)[^，。；]{2,40}?(?:会议|大会|會議|大會)的[^，。；]{0,12}?(?:代表|委员|委員)|在[^，。；]{0,12}(?:会|會)(?:上|[^，。；]{0,8}?(?:时|時))(?:表示|介绍|介紹|说|說)|(?:其后|其後|会后|會後)[，,]?(?:会见|會見)(?:传媒|傳媒|媒体|媒體|记者|記者)|(?:回应|回應)(?:传媒|傳媒|媒体|媒體|记者|記者)(?:查询|查詢|提问|提問)/;

// (`新華社北京5月18日電`: a traditional-script text's lines are not folded.)
const NEWS_DATELINE = /(?:新华社|新華社|本报|本報|中新社)[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日(?:电|電)/;

/** `某某在……上致辞` over a news dateline (`新华社北京5月18日电`, under the 提要 lines) that tells of the speaker
 * in the third person (`某某强调`): a report on the speech, not its text (a speech's own title says `……上的讲话`). */
function newsOnSpeech(foldedTitle: string, lines: string[], foldedBody: string): boolean {
  const who = /^([\u4e00-\u9fff]{2,4})在[^的]{2,40}(?:讲话|致辞|发言)$/.exec(foldedTitle)?.[1];
  return (
    !!who &&
    lines.slice(0, 6).some((l) => NEWS_DATELINE.test(l)) &&
    new RegExp(`${who}(?:强调|指出|表示)`).test(foldedBody)
  );
}

/** Where a speech's note stands: over the text, or closing it. */
export const noteLines = (lines: string[]) => [...lines.slice(0, 2), ...lines.slice(-2)];

/** What the type is read from: the import's own type (`hinted`), whether the file was a recording
 * (`spoken`) or a 讲稿 under `主讲人：` (`lectured`), and the title, the lines under it, the lead and the
 * body, each as written and folded. */
export interface TypeClues {
  hinted?: DocType;
  spoken?: boolean;
  /** A writer's note was stripped (`（作者为…）`): a signed piece. */
  signed?: boolean;
  lectured: boolean;
  title: string;
  foldedTitle: string;
  lines: string[];
  lead: string;
  foldedLead: string;
  body: string;
  foldedBody: string;
}

export function docType(c: TypeClues): DocType {
  const { title, foldedTitle, lines, lead, foldedLead, body, foldedBody } = c;
  let type: DocType;
  if (c.hinted) type = c.hinted;
  else if (
    c.spoken ||
    // A 党课 讲稿 or deck under `主讲人：`/`讲课人：` with a name is the talk its presenter gave.
    c.lectured ||
    // (`新闻发言人…答记者问`: a 发言人 is a post, not a speech.)
    (/讲话|致辞|发言(?!人)|講話|致辭|發言(?!人)/.test(foldedTitle) &&
      !REPORT_ON_SPEECH.test(foldedTitle) &&
      !newsOnSpeech(foldedTitle, lines, foldedBody)) ||
    /^(同志们|同志們|各位代表)/.test(lines[0] ?? '') ||
    // A 题注 or 编者按 over the text, or a note closing it, says it is a speech (`这是县委书记王建国……在……上的讲话`).
    noteLines(lines).some((l) => speechNote(l)) ||
    lines
      .slice(0, 3)
      // (`——在县委党校……上的专题党课`: a 党课 is a talk given, as under `主讲人：`.)
      // (`——在…纪律检查委员会第四次全体会议上的工作报告`: a report delivered at a meeting is spoken.)
      .some(
        (l) =>
          /^——.*(讲话|致辞|发言|讲稿|党课)$/.test(l) ||
          /^——在.{2,80}会(?:议)?上的(?:工作)?报告$/.test(l) ||
          (/(讲话|致辞|发言)[)）]$/.test(l) && occasionLine(l)),
      )
  )
    type = '讲话';
  else if (newsOnSpeech(foldedTitle, lines, foldedBody)) type = '会议报道';
  else if (
    STUDY_NOTE.test(foldedTitle) ||
    lines.slice(0, 1).some((l) => /^——/.test(l) && STUDY_NOTE.test(l)) ||
    COMMENTARY_TITLE.test(title) ||
    c.signed ||
    lines.slice(0, 3).some((l) => PEN_NAME_LINE.test(l.trim()))
  )
    type = '文章';
  else if (
    // A 中心组 study session is reported like a meeting (`市委理论学习中心组举行集体学习`); a 纪要 is no report.
    // (The title may say it: `全市劳动模范表彰大会召开`, `……座談會舉行`; a leader who only 出席…并讲话/并致辞
    // and 勉励/希望 still spoke at it.)
    !MINUTES_TITLE.test(foldedTitle) &&
    (HELD_MEETING.test(`${title}\n${lead}`) || AT_MEETING.test(lead)) &&
    // (A title that itself says the meeting was held needs only someone's words: `……座談會舉行` where the
    // attendees 表示.)
    (/强调|指出|強調|[并並](?:讲话|講話|致辞|致辭)/.test(body) ||
      ((HELD_MEETING.test(title) || AT_MEETING.test(lead) || LEAD_HELD.test(lead)) && /表示|說|说|要求/.test(body)))
  )
    type = '会议报道';
  // Many people's words set down together: a press conference, `……座谈会发言摘登`, `……发言实录`,
  // `……推进会会议实录` (a 讲话实录 is one speech).
  // (`……座谈会记录（摘要）`, `……座谈实录`: the turns of a 座谈会, set down.)
  else if (/新闻发布会|发言(?:摘登|摘编|选登|实录|摘要)|会(?:议)?实录|座谈(?:会)?(?:实录|记录)/.test(foldedTitle))
    type = '会议报道';
  // `省委书记李明在安平清河调研时强调 ……`: a news story headed on a leader's words narrates them
  // as a meeting report does.
  else if (reportedHeadline(foldedTitle, foldedLead) && /强调|指出|要求|叮嘱|嘱咐|勉励/.test(foldedBody))
    type = '会议报道';
  // (A visit headlined under the post alone, its lead naming the visitor: `她表示` is enough.)
  else if (postOnlyVisit(foldedTitle, foldedLead) && /表示|说/.test(foldedBody)) type = '会议报道';
  else if (
    MINUTES_TITLE.test(foldedTitle) ||
    WORK_SUMMARY.test(foldedTitle) ||
    (!ABOUT_DOCUMENT.test(foldedTitle) &&
      !NOTE_TITLE_END.test(foldedTitle) &&
      // (`……就《……条例》实施答记者问`: an official answering on a document, not the document.)
      !/答记者问/.test(foldedTitle) &&
      // (A 对照检查材料 or 检视剖析材料 is a paper handed to the organisation, as a 述职报告 is: see the o19 README.)
      (/报告(?!会|团)|決議|决议|条例|通知|意见|办法|(?:对照检查|检视剖析)材料/.test(foldedTitle) ||
        // `……关于商请支持……的函`: a document's title, whatever verbs its subject holds.
        (DOC_TITLE_END.test(foldedTitle) && (!NEWS_VERB.test(foldedTitle) || /关于.{2,80}的/.test(foldedTitle)))))
  )
    type = '文件';
  else type = '文章';
  return type;
}
