// Who may be the speaker of a document's framed words besides its speakers, by the kind of document: a report's or a
// speech's people narrated speaking; an article's officials, session members and subjects, and in a story of a
// meeting (会见, 座谈, 宣讲, 报告会, 代表通道, 读书班, 回信) its people narrated speaking as a report's.
import { articleSubjects } from './article-subjects.js';
import { isBylineName } from './byline-name.js';
import { DELEGATE_AFTER, DELEGATE_BEFORE, matchesWhere, narratedNames, SEAT_WORD } from './narrated-names.js';
import { speakersIn } from './speakers.js';
import { postedOfficials } from './article-officials.js';

/** `王丽娟代表说，`, `代表刘振华在审议时说，`: in a story on a 人代会/政协 session, its delegates and members speaking
 * there, as in a meeting report (the seat word fixes where the name starts or ends). */
function sessionMembers(folded: string): string[] {
  const out = new Set<string>();
  for (const m of [
    ...matchesWhere(folded, DELEGATE_BEFORE, SEAT_WORD),
    ...matchesWhere(folded, DELEGATE_AFTER, SEAT_WORD),
  ])
    if (!speakersIn(m[1]!).length && isBylineName(m[1]!)) out.add(m[1]!);
  return [...out];
}

/** `省长某某在省城会见了…代表团团长某某一行。`: a 会见 story (an article) opens on the meeting, then reports what host and
 * guest said there as a meeting report does; so does a 座谈 story (`市委书记…与民营企业家代表座谈交流`), its attendees' turns. */
// (A 宣讲 story, `宣讲团走进…`, likewise its lecturers' words, and a 先进事迹报告会's; a 代表通道/委员通道 story its
// members' answers, a 读书班's exchange its members' turns, a 回信 story the words of those who received it, a 颁奖典礼's
// (or a `最美…` 发布仪式's) the words of those it honours.)
// (A 村史馆's or 展馆's 讲解词 likewise the words it tells of the people it shows, `老支书黄德元常说：`.)
const MEETING_STORY =
  /会见|會見|会晤|會晤|座谈|座談|宣讲|宣講|报告会|報告會|(?:代表|委员|委員)通道|读书班|讀書班|回信|(?:颁奖|頒獎|发布|發佈)(?:典礼|典禮|仪式|儀式)|讲解词|講解詞/;
// (`市委书记与青年创业者代表座谈`: the title may be the only place that names the meeting.)
export const isMeetingStory = (folded: string, title = ''): boolean =>
  MEETING_STORY.test(title) || MEETING_STORY.test(folded.slice(0, 200));

/** `老党员蒙志成给家乡小学的孩子们写了一封回信`: a 回信 story's writer, whose letter it quotes (`他在信中写道：`). */
const LETTER_WRITER = /([\u4e00-\u9fff]{2,3})(?:给[^，,。！？“”]{1,24}?)?写(?:了|下了?)?(?:一封|两页|一份)?回信/g;
const letterWriters = (folded: string): string[] =>
  [...folded.matchAll(LETTER_WRITER)].map((m) => m[1]!).filter((n) => !speakersIn(n).length && isBylineName(n));

/** `…党支部5月主题党日活动记录`: a record (a 文件) of who spoke at a branch's meeting, its turns set down as a report's. */
// (`关于…情况的调研报告`: a survey's report, which names the people it heard, `村民覃桂英告诉调研组：`.)
const PARTY_DAY_RECORD = /(?:主题党日|组织生活会|党小组会|党员大会)[^\n]{0,6}记录$|(?:调研|调查)报告$/;

/** The people whose quotations a document's frames may name besides its speakers: those a report or a
 * speech narrates speaking; in an article, only the officials it names under their post (and those a 会见 story
 * narrates speaking). */
export const speakingPeople = (type: string, folded: string, title = ''): string[] =>
  type === '会议报道' || type === '讲话' || (type === '文件' && PARTY_DAY_RECORD.test(title))
    ? narratedNames(folded)
    : type === '文章'
      ? [
          ...new Set([
            ...postedOfficials(folded),
            ...sessionMembers(folded),
            ...articleSubjects(folded),
            ...(isMeetingStory(folded, title) ? [...narratedNames(folded), ...letterWriters(folded)] : []),
          ]),
        ]
      : [];
