// A meeting report's own theses: what the meeting itself states (`会议指出，民生是最大的政治。`, `全会强调：
// “……”`) or a document it quotes (`《意见》明确指出：“……”`) is a 提法 of the meeting, studied as such and
// credited to nobody (RUBRIC: a collective body is not a person, and never the chair who presided).
// Only 指出/认为/强调 frame a thesis: 要求/部署/明确/号召 frame the work list. Within the frame only a judgement
// is offered; a duty (要…, 必须…), a pledge (将…), a directive to the hall and a year's results are the list
// and the record. The ranker then keeps those with a form of their own (quote-rank.ts).
import { splitSentences } from '../text/sentences.js';
import { isReportDirective } from './report-directive.js';
import { joinShortCouplets } from './semicolon-series.js';
import type { QuoteCandidate } from './quote-candidate-types.js';

/** A text by its title, or a paper's editorial (`省报社论`, `新华社评论员文章`, `…网站评论文章`, then `文章强调`), or a report
 * named as a text (`党的二十大报告强调`, `政府工作报告指出`): no person's words, in a news story as in a meeting report. */
// (`2018年政府工作报告强调，“……”`: the year names which report.)
const TEXT =
  '(?:《[^》]{1,40}》(?:明确|进一步)?|(?:\\d{4}年的?)?(?:党的[一二三四五六七八九十]{1,3}大|政府工作)报告|(?:[^，,。；;：:“”\\s]{0,10}?(?:报|网站?|社|台|刊))?(?:社论|评论员文章|评论文章|评论员)|文章)';
/** The collective speaker: the meeting, the plenum, the committee's session, or a text. */
const BODY = `(?:会议|全会|常委会(?:会议)?|座谈会|${TEXT})`;
/** The frame at a sentence's start, up to the mark after the verb (and an opening quotation mark). */
// (`党的十七大报告提出，“……”`: what a text puts forward in marks is stated as its words too; unmarked, 提出 lists work.)
const VERB = '(?:还|同时|再次|也)?(?:指出|认为|强调|提出(?=[，,：:]\\s*“))[，,：:]\\s*“?';
/** `郑国华指出，党的十六大报告强调，“……”`: a speaker relaying a text; the words are the text's, not his. */
const RELAYED_TEXT = `[^，,。；;：:“”]{1,16}?(?:指出|强调|说|表示)[，,：:]${TEXT}`;
const FRAME = new RegExp(`^(?:${BODY}|${RELAYED_TEXT})${VERB}`);
const TEXT_FRAME = new RegExp(`^(?:${TEXT}|${RELAYED_TEXT})${VERB}`);
/** `“就业是最大的民生。”政府工作报告中的这句话，…`: a text's words quoted first, then named as its. */
const TEXT_AFTER = new RegExp(`^“([^“”]{5,80})”(?:${TEXT})中?的这(?:句|段|番)话`);
/** Another voice taking over: a person's or another body's frame (`周启明强调，`, `会议要求，`). */
const OTHER_FRAME = /^[^，,。；;：:“”]{1,16}?(?:指出|强调|认为|要求|表示|说|提出|明确|号召|部署)[，,：:]/;
/** Not a judgement: a duty or a pledge without a subject, a directive's addressee first, a result or a figure. */
const NOT_THESIS =
  /^(?:要|必须|务必|将|进一步|加快|加大|抓紧|把|各|全(?:省|市|县|区|镇|乡|村)|今年以来|一年来|过去一年|近年来|当前|目前)|[0-9０-９%％]/;

/** The sentences of one paragraph a collective body states as its theses, credited to nobody; `textsOnly` (a news
 * story, whose own sentences are already candidates) takes only what a text or an editorial states. */
export function meetingTheses(paragraph: number, folded: string, text: string, textsOnly = false): QuoteCandidate[] {
  const frameOf = textsOnly ? TEXT_FRAME : FRAME;
  const out: QuoteCandidate[] = [];
  let inFrame = false;
  let first = false;
  let inQuote = false;
  let textQuote = false;
  for (const s of joinShortCouplets(splitSentences(folded))) {
    const after = TEXT_AFTER.exec(folded.slice(s.start));
    if (after) {
      const start = s.start + 1;
      const end = start + after[1]!.length;
      out.push({ paragraph, start, end, text: text.slice(start, end), speaker: null, source: 'own', collective: true });
      continue;
    }
    const frame = frameOf.exec(s.text);
    if (frame) {
      inFrame = true;
      first = true;
      inQuote = frame[0].endsWith('“');
      textQuote = TEXT_FRAME.test(s.text);
    } else if (!inFrame || OTHER_FRAME.test(s.text)) {
      inFrame = false;
      continue;
    }
    const start = s.start + (frame ? frame[0].length : 0);
    // (Only a text's words in marks; a meeting's quoted words, `全会强调：“……”`, stay its theses as they were.)
    const quoted = inQuote && textQuote;
    let end = s.end;
    // (A quotation the body states ends the frame where it closes.)
    const close = inQuote ? folded.slice(start, end).indexOf('”') : -1;
    if (close >= 0) end = start + close;
    // (After the quotation closes, the report's narration goes on.)
    if (close >= 0) inQuote = inFrame = false;
    const t = text.slice(start, end).trim();
    const topic = first;
    first = false;
    if (t.length < 5 || NOT_THESIS.test(t) || isReportDirective(t)) continue;
    out.push({
      paragraph,
      start,
      end,
      text: text.slice(start, end),
      speaker: null,
      source: 'own',
      first: topic,
      collective: true,
      ...(quoted ? { quoted: true } : {}),
    });
  }
  return out;
}
