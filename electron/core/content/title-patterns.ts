// The patterns metadata.ts reads a document's head with, run on folded (simplified) text: a
// leader's post (ROLE), speech titles (`在……上的讲话`, `某某：在……上的讲话`, `……（某某）`), the
// endings of document titles, news titles about a document or a speech, and news agency datelines.

import { ROLE } from '../knowledge/post-role.js';

export { ROLE };
export const SENTENCE_END = /[。！？!?；;…：:]$/;
// The title must end on the speech (`……上的讲话（摘要）`): `……上的讲话学习体会` is someone else's text.
const SPEECH_END = '(?:要点|摘要|节选|全文)?(?:[（(][^）)]{1,16}[)）])?$';
export const TITLE_SPEECH = new RegExp(
  `^([\\u4e00-\\u9fff]{2,4}?)(?:同志)?([：:]\\s*)?在(.{4,60}?)上的(?:对照检查|交流|表态|典型)?(?:讲话|报告|致辞|发言|政治报告)${SPEECH_END}`,
);
export const TITLE_ROLE_SPEECH = new RegExp(
  `^(${ROLE})([\\u4e00-\\u9fff]{2,3}?)(?:同志)?(?:[：:]\\s*)?在.{4,60}?上的(?:对照检查|交流|表态|典型)?(?:讲话|报告|致辞|发言)${SPEECH_END}`,
);
// `在……上的讲话（王建国）`: the speaker named in the title's closing brackets.
export const TITLE_BRACKET_NAME = /^在.{4,60}?上的(?:讲话|报告|致辞|发言)[（(]([\u4e00-\u9fff]{2,4}?)(?:同志)?[)）]$/;
// `在全区……上的讲话　范文强`: the speaker's name set after the title, as a Word export puts it.
export const TITLE_TRAILING_NAME = /^在.{4,60}?上的(?:讲话|报告|致辞|发言)\s+([\u4e00-\u9fff]{2,4}?)(?:同志)?$/;
export const TITLE_OCCASION = /在(.{4,60}?)上的(?:讲话|报告|致辞|发言)/;
// Each with the words it cannot match without: a lead without them is not searched (the second
// pattern tries up to 50 characters at every position).
export const OCCASION_RE: [RegExp, string[]][] = [
  [/召开(?:了)?([^，。,；;“”]{2,50}?(?:会议|座谈会|大会|部署会|评议会|推进会|报告会|研讨会|全会))/, ['召开']],
  [/([^，。,；;\s“”]{4,50}?(?:会议|座谈会|大会|部署会|评议会|推进会|报告会|全会))(?:举行|召开)/, ['举行', '召开']],
];
/** A 纪要's title (`……常务会议纪要`, `……会议纪要（摘要）`), or a record's (`……支部委员会会议记录`,
 * `……党小组会记录`, `“三会一课”记录表`): the meeting's record as a document, however its lead narrates
 * the meeting (`主持召开……会议`, `会议指出`). */
export const MINUTES_TITLE = /(?:纪要|会议?记录|活动记录|记录表)(?:[（(][^）)]{1,10}[)）])?$/;
/** How the title of a document or speech ends (`……的通知`, `……实施方案（试行）`, `……上的讲话`, and an
 * office's reply to a 提案 or 建议, `关于……第0123号提案的答复`, a document signed and dated in its 落款). */
export const DOC_TITLE_END =
  /(?:通知|意见|办法|决定|规定|方案|通报|批复|答复|公告|通告|细则|规则|纲要|规划|要点|条例|决议|报告|讲话|致辞|发言|纪要|公报|倡议书|请示|函)(?:[（(][^）)]{1,10}[)）])?$/;
/** An organ's name, as a 范文 may mask it (`中共××县纪委办公室`, `XX市人民政府`). */
export const ISSUER =
  /^[\u4e00-\u9fff（）()、×xXＸ○]{2,40}(?:委员会|人民政府|政府|办公室|办公厅|中央|国务院|部|局|厅|委|院|署|党组|党委|中心)$/;
export const SUBTITLE = /^——.{4,60}(?:讲话|报告|致辞|发言)$/;
export const SPEECH_TITLE = /^(?:[\u4e00-\u9fff]{2,4}(?:同志)?)?在.{4,60}上的(?:讲话|报告|致辞|发言|讲稿|党课)$/;
/** A news title about a document (`某市发布数字经济发展方案`) is not the document. */
export const NEWS_VERB = /发布|出台|印发|敦促|讨论|表示|支持|撤销|落实|通过|制定|公布|推出|审议|签署/;
/** `代表委员热议政府工作报告`, `解读二十大报告`: a story about a document, not the document; so is a 政策解读
 * headed on the document it explains (`关于《某某条例》的解读`, `《某某办法》政策解读`, `一图读懂《……》`). */
export const ABOUT_DOCUMENT =
  /(?:热议|畅谈|聚焦|解读|点赞|热评|共话|漫谈)[^，,。]{0,12}(?:报告|决议|条例|意见)|》(?:的)?(?:政策|文字|图文)?解读$|^(?:一图读懂|图解)/;
// A news story's lead: an agency or site, or its day (`央广网北京3月5日消息`, `中国经济网北京3月5日讯`).
export const NEWS_LEAD =
  /^(?:[（(【]?\s*(?:据\S{0,8}?)?(?:新华社|本报|人民网|央视网|中新社|中新网|光明网|记者)|(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日|近日|日前|连日来|今年以来|[\u4e00-\u9fff]{2,10}(?:网|社|台|报)[\u4e00-\u9fff]{2,6}\d{1,2}月\d{1,2}日(?:电|讯|消息))/;
/** A title about a meeting or about a speech (`省委常委会召开会议 传达学习……重要讲话精神`,
 * `……上的讲话学习体会`), not a speech: its lines are the reporter's or the student's. */
export const REPORT_ON_SPEECH =
  /(?:讲话|致辞|发言)(?:精神|学习|心得|体会|解读|辅导|感悟|笔记|述评|综述)|发言(?:摘登|摘编|选登|实录|摘要)|^(?!.*上的(?:讲话|致辞|发言)).*(?:召开|举行|出席)/;
export const DATELINE =
  /[（(](新华社|中新社|人民网|央视网)([\u4e00-\u9fff]{2,4}?)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日电[)）]/;

/** A news headline on a leader's words: `省委书记李明在……调研时强调`, `习近平在……座谈会上强调`. */
export const HEADLINE_STRESS = new RegExp(
  `^(${ROLE})?([\\u4e00-\\u9fff]{2,3}?)(?:同志)?在[^，。；“”\\s]{2,40}?(?:时|中|上|期间)?(?:强调|指出)`,
);
/** A news headline on an official's visit, under his post (or under his name alone, the lead giving the post:
 * `贺立军到安平县调研…`): `市长邹明辉到青河县调研…`, `省委书记李明赴…考察`,
 * `县委书记某某深入乡村调研…`, `市委书记某某调研…` (the place may be left to the lead), `县长某某走访慰问…`;
 * or on his 党课 (`县委书记某某为全县党员干部讲专题党课`). */
export const HEADLINE_VISIT = new RegExp(
  `^(${ROLE})?([\\u4e00-\\u9fff]{2,3}?)(?:同志)?(?:\\d{1,2}日)?(?:(?:深入|到|赴|在)[^，。；“”\\s]{2,30}?)?(?:调研|考察|视察|检查|走访|到访|(?:为[^，。；“”\\s]{2,20}?)?讲(?:专题)?党课)`,
);
/** A paper on the writer's own work or conduct, by its title's end (`……述职报告`, `……述职述廉报告`,
 * `个人对照检查材料`, `……民主生活会个人发言提纲`): the name on it is the writer's, who speaks for no one,
 * and such a paper is no public speech: no speaker is read from it. A leader's speech at such a meeting
 * (`在……述职评议会议上的讲话`) and a story of the meeting (`……召开述职评议会`) end otherwise. */
export const OWN_REVIEW =
  /(?:述职|述廉|述责|对照检查|检视剖析|剖析|民主生活会|组织生活会)[^，。：:]{0,16}(?:报告|材料|提纲|发言)(?:[（(][^）)]{1,10}[)）])?$/;

/** A title, or the `——` line under it, that calls the text a learner's 体会 (`——学习贯彻……会议精神的
 * 体会`): an article about a meeting, whose lead tells of the meeting, not a report of it (a report's
 * `中心组集体学习交流心得体会` has no 的). */
export const STUDY_NOTE = /的(?:学习)?(?:心得)?(?:体会|心得|感悟|体悟|體會)$/;
/** A learner's own note titled as such without `的` (`学习《……条例》心得体会`, `……读后感`): an article,
 * whatever document its title names (the 条例 studied is not the note). */
export const NOTE_TITLE_END = /(?:心得体会|心得體會|学习心得|学习体会|读后感|观后感|讀後感|觀後感)$/;
/** A unit's `2024年工作总结` or `……工作总结和2025年工作安排`: a paper handed up in a fixed form, as a
 * 工作报告 is (the o19 kind rule). */
export const WORK_SUMMARY = /工作总结(?:[和及].{0,20}(?:安排|计划|打算|思路))?$/;
/** A commentary's column in brackets on its title (`……（评论员观察）`, `……（连线评论员）`, `……（人民时评）`): an
 * article, though its lead tells of a meeting and quotes who 强调. */
/** A commentary's byline line of its own near the top: the paper's commentator or a collective pen name (`本报评论员`,
 * `任仲平`, `求是杂志编辑部`): no one's meeting reported, whatever meeting the piece speaks of. */
export const PEN_NAME_LINE =
  /^(?:本报|本刊|人民日报|光明日报|经济日报|新华社)?(?:特约)?评论员$|^(?:任仲平|国纪平|钟声|宣言|仲音|求是杂志编辑部|本刊编辑部|本报编辑部)$/;
export const COMMENTARY_TITLE = /[（(][^（）()]{0,8}(?:评论员|社论|短评|时评|評論員|社評)[^（）()]{0,6}[)）]$/;

/** `某某县2025年大事记`, `党建工作纪事`, `大事年表`: a chronicle, one text whose entries carry their own days. */
export const CHRONICLE_TITLE = /大事记|大事年表|纪事|编年|年谱/;
