// Words a text reports without marks, whose speaker it makes certain: `李强在讲话中指出，要……`,
// `总书记强调，……`, `他指出，……` (他 resolved by pronoun-speaker.ts). The reporting clause must be one
// person and nothing else — a post before the name, 同志/总书记 after it, `在讲话中`/`在会上`/`在…时`,
// adverbs and the verb: `会议指出`, `俗话说`, `有关负责人表示`, `两人都说`, `习近平和李强强调` give
// no candidate. The words are the person's, as a frame's are; a sentence holding a long quotation
// is left to the frames.
import { OCCUPATION, ROLE, SEAT, TRADE, YOUNG_CALLING } from './post-role.js';
import { ADVERBS, EXHORT_VERB, REPORTING, reportedClauses } from './reported-speech.js';
import { sayingIn } from './sayings.js';
import { citesInside, speakersIn, type NamedSpeaker, type OwnName } from './speakers.js';

export interface ReportedWords {
  /** Offsets of the words (after the clause's comma or colon) in the folded paragraph. */
  start: number;
  end: number;
  speaker: string;
}

/** A news agency's dateline may open the sentence (`新华社北京3月5日电　`), then the post. */
// (`来自城西街道的代表许丽萍说，`: a session's delegate or member, named after the word; `年轻教师缪志远说，`: a calling,
// after a seat too, `全国人大代表、一家汽车集团的高级技师许志刚…表示，`;
// `老干部代表石永年说，`: a group's delegate at a 座谈会; `返乡创业青年邱海涛说，`.)
const BEFORE_NAME = new RegExp(
  `^(?:[^，,。；;“”\\s]{2,20}?电\\s*)?(?:${ROLE}|(?:${SEAT}、)?[^，,。；;“”\\s]{0,16}?(?:${OCCUPATION}|${TRADE}|${YOUNG_CALLING})|(?:来自[^，,。；;“”\\s]{2,16}?的)?(?:${SEAT}|[\\u4e00-\\u9fff]{1,6}?代表)?)?$`,
);
// (`陆德昌对大家说，`, `何志远常对同事说，`: to those he spoke to, the gathering or his colleagues.)
// (`罗建国插话说，`: a host's words put in between the turns are his, marked so; `贺振东认真听取发言后指出，`: after them.)
// (`凌云结合工作谈体会时说，`: what he speaks from runs up to the verb that ends the clause; lazily it stopped after one
// character and left the rest unread.)
const AFTER_NAME =
  /^(?:同志|总书记|主席|总理|委员长|(?:常务副|副)?(?:书记|省长|市长|县长|区长|镇长|主任|部长|局长|司长|议员)|代表|委员)?(?:\d{1,2}日|今日|今天|昨日|昨天)?(?:上午|下午|晚上|晚间)?(?:在(?:[^，,。；;“”]|“[^“”，,。；;]{1,8}”){1,24}?[中上时后])?(?:(?:回应|答复|答询|答问|回答|接受)[^，,。；;“”]{0,12}?时|在(?:[^，,。；;“”]|“[^“”，,。；;]{1,8}”){1,24}?[中上时后]|(?:发言|讲话|致辞|交流)时?|插话|(?:认真|仔细|耐心)?听(?:取|完|了|罢)[^，,。；;“”]{0,12}?后|(?:结合|围绕)[^，,。；;“”]{1,12}?(?=(?:也|还|又|进一步)?(?:指出|强调|坦言|表示|介绍|认为|谈到|说|讲)$))?(?:(?:常|总|经常|常常)?(?:对|跟)(?:大家|同事们?|[^，,。；;“”]{0,6}?(?:干部|同志|党员|年轻人)们?))?/;
const LONG_QUOTE = /“[^“”]{8,}”/;
const MAX_WORDS = 80;
/** A quotation that opens and does not close within the words (`“一带一路”建设要…` closes). */
const OPEN_QUOTE = /“[^”]*$/;
/** A later clause where the reporter sets his own 我们 against the person reported
 * (`总书记强调，领导干部要沉到一线，我们基层干部更要…`): the text turns back to its own voice, and the
 * words reported end before it. (A news report lets a leader say 我 in reported words, `习近平表示，
 * 今天是…，我代表中国政府…`: a plain 我 is his.) */
const OWN_VOICE_CLAUSE = /[，,；;](?=\s*(?:我们|咱们)[^，,。；;]{0,8}?(?:更|也|同样|尤其|更加)(?:要|应|需|必须))/;
const FIRST_PERSON = /^\s*(?:我们|我|咱们)/;
/** `韩立平指出，安全生产……，“安全生产的账，算不得小账”。`: reported words that close on a quotation
 * go on in his own words, in marks: both parts are his. */
const CLOSING_QUOTE = /[，,]\s*“([^“”]{8,})”[。！？!?]?\s*$/;
/** The clause before the closing quotation cites someone else's words (`正如古人所说，“……”`,
 * `有句话说得好，“……”`, `用一句诗来说，“……”`): then the quotation is not his. */
const CITES_BEFORE =
  /(?:说|讲|云|曰|道|写|指出|强调|要求|号召|指示|说得好|讲得好|那样|所言)的?$|古|俗|诗|谚|语|话|名言|常言/;
const NESTED = /[‘’「」『』]/;
/** A sentence in marks that makes up the rest of the paragraph. */
const FOLLOWING_QUOTE = /^\s*“([^“”]{8,}[。！？!?])”\s*$/;
/** `做到“山有人管、林有人护、火有人防”`, `坚持“人民至上、生命至上”，以…`: marks around a phrase his words take as an
 * object (no clause of its own, no verb of citing before it, no well-known saying): they only stress it. */
const TERM_INSIDE = /^[^，,。！？!?；;：:]+$/;
/** Whose words a phrase may be (`总书记“……”的嘱托`, `古人“……”的教诲`): then the marks quote, not stress. */
const WORDS_OF_ANOTHER = /总书记|主席|总理|同志|古人|先贤|嘱托|教诲|论述|讲话|指示|批示|名言|诗/;
const termOnly = (text: string, namesIn: (a: number, b: number) => boolean) =>
  !namesIn(0, text.length) &&
  !WORDS_OF_ANOTHER.test(text.replace(/“[^“”]*”/g, '')) &&
  [...text.matchAll(/“([^“”]*)”/g)].every(
    (q) =>
      TERM_INSIDE.test(q[1]!) &&
      !sayingIn(q[1]!) &&
      !CITES_BEFORE.test(
        text
          .slice(0, q.index)
          .split(/[，,；;：:]/)
          .pop() ?? '',
      ),
  );

/** The reported words' parts (offsets in `words`): the words before a closing quotation and the
 * quotation itself, or the whole words when they hold no long quotation; none when not certain
 * (`namesIn(a, b)`: whether someone is named there, `他指出，正如总书记要求的，“……”`). */
function parts(words: string, namesIn: (a: number, b: number) => boolean): [number, number][] {
  const text = words.trimEnd();
  const lead = words.length - words.trimStart().length;
  if (!LONG_QUOTE.test(text)) return [[lead, text.length]];
  const q = CLOSING_QUOTE.exec(text);
  if (!q) return termOnly(text, namesIn) ? [[lead, text.length]] : [];
  const before = text.slice(lead, q.index);
  const lastClause = before.split(/[，,；;：:]/).pop() ?? '';
  // (`基层是干部成长的“练兵场”，“……”`: a term in marks before the quotation only stresses it.)
  if (
    LONG_QUOTE.test(before) ||
    OPEN_QUOTE.test(before) ||
    NESTED.test(q[1]!) ||
    CITES_BEFORE.test(lastClause) ||
    namesIn(lead, q.index)
  )
    return [];
  const open = text.indexOf('“', q.index) + 1;
  return [
    [lead, q.index],
    [open, open + q[1]!.length],
  ];
}

const insideQuotation = (folded: string, at: number) => {
  const before = folded.slice(0, at);
  return (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
};

export function reportedWords(
  folded: string,
  own: readonly OwnName[],
  pronouns: readonly NamedSpeaker[],
): ReportedWords[] {
  const names = [...speakersIn(folded, own), ...pronouns];
  const out: ReportedWords[] = [];
  for (const c of reportedClauses(folded)) {
    const inClause = names.filter((n) => n.start >= c.from && n.end <= c.clauseEnd);
    if (inClause.length !== 1) continue;
    const n = inClause[0]!;
    // (`梁国庆说：“一位老红军对我说：‘……’他还说，……”`: a 他 inside someone's quotation is a person of his story.)
    if (pronouns.includes(n) && insideQuotation(folded, n.start)) continue;
    if (!BEFORE_NAME.test(folded.slice(c.from, n.start).trim())) continue;
    const rest = folded.slice(n.end, c.clauseEnd).replace(AFTER_NAME, '');
    if (c.exhort) {
      if (!EXHORT_VERB.test(rest)) continue;
    } else {
      const verb = REPORTING.exec(rest);
      if (!verb || rest.slice(0, verb.index).replace(ADVERBS, '') !== '') continue;
    }
    let words = folded.slice(c.clauseEnd + 1, c.end);
    // (Words that open on 我们 are the speaker's own 我们 throughout: `习近平强调，我们要…，我们…`.)
    const turn = FIRST_PERSON.test(words) ? null : OWN_VOICE_CLAUSE.exec(words);
    if (turn) words = words.slice(0, turn.index);
    const at = c.clauseEnd + 1;
    // `习近平强调，邓小平同志讲过，……`: the words relay a third person's; `习近平说：“毛泽东同志讲过，…`:
    // a quotation opens and does not close in the sentence. Neither is the reporter's own.
    if (OPEN_QUOTE.test(words) || citesInside(folded, names, at, at + words.trimEnd().length)) continue;
    const namesIn = (a: number, b: number) => names.some((x) => x.start >= at + a && x.end <= at + b);
    const found = parts(words, namesIn).filter(([a, b]) => b - a >= 5 && b - a <= MAX_WORDS);
    for (const [a, b] of found) out.push({ start: at + a, end: at + b, speaker: n.name });
    // (`冯国梁说，基层治理的难点在末梢。“一条小巷管好了，就是一片民心暖了。”`: a whole sentence in marks right after
    // his words, closing the paragraph with no one else named, goes on with them.)
    const next = found.length ? FOLLOWING_QUOTE.exec(folded.slice(c.end)) : null;
    if (next && !NESTED.test(next[1]!) && next[1]!.length <= MAX_WORDS) {
      const open = c.end + folded.slice(c.end).indexOf('“') + 1;
      out.push({ start: open, end: open + next[1]!.length, speaker: n.name });
    }
  }
  return out;
}

/** `欧阳平强调：⏎社区是服务群众的最后一公里，…`: a reporting clause alone in its paragraph, the words in the next one.
 * The two read as one sentence (`欧阳平强调，社区是…。`); what the clause makes certain is his, offsets in `folded`. */
export function nextParagraphWords(
  prev: string | null | undefined,
  folded: string,
  own: readonly OwnName[],
  pronouns: readonly NamedSpeaker[],
): ReportedWords[] {
  if (!prev || prev.length > 30 || !/[：:]\s*$/.test(prev) || /[。！？“”]/.test(prev)) return [];
  const clause = prev.replace(/[：:]\s*$/, '，');
  // (`习近平总书记强调：⏎“耕地是粮食生产的命根子。”`: the words in marks make the whole paragraph.)
  const marked = /^(\s*“)([^“”]{5,80}[。！])”\s*$/.exec(folded);
  const shift = marked ? marked[1]!.length - clause.length : -clause.length;
  return reportedWords(clause + (marked ? marked[2]! : folded), own, pronouns)
    .filter((w) => w.start >= clause.length)
    .map((w) => ({ ...w, start: w.start + shift, end: w.end + shift }));
}
