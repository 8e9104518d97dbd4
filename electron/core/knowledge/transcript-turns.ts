// A press conference, an interview or a meeting set down as a transcript: `问：……` or
// `主持人（市委副书记许文杰）：……` paragraphs, and turns that open on the speaker's name
// (`邵明：稳外贸，关键是……`, `王秀英（青石村党支部书记）：……`). A turn is that person's words when the
// text names him under a post (`市商务局局长邵明回答记者提问`, or the post in the turn's own brackets);
// `答：` is the interviewee's only in an interview (`专访`, `采访`) whose opening names one person under
// a post, or an 答记者问 whose opening names one 发言人. A name given nowhere else, or `答：` anywhere
// else, gives no speaker. The questions are nobody's to quote; the host's turns are his when the text
// names one host (`主持人（区委常委、常务副区长　龚建华）：`), else nobody's.
import { isBylineName } from './byline-name.js';
import { ROLE } from './post-role.js';
import { postedPeople } from './pronoun-speaker.js';

const QUESTION = /^\s*(?:问|记者问?|提问|主持人(?:[（(][^（）()]{0,30}[）)])?)[：:]/;
// (`高志勇答：`, an 答记者问's turn: the name, then 答.)
const TURN = /^\s*([\u4e00-\u9fff]{2,4}?)(?:[（(]([^（）()]{2,30})[）)])?答?[：:]\s*/;
const ANSWER = /^\s*答[：:]\s*/;
/** The post in a turn's brackets, ending on its title word (`青石村党支部书记`, `县委书记`). */
const POST = new RegExp(`^${ROLE}$`);
const INTERVIEW = /专访|采访|访谈|答记者问|回答(?:了)?记者(?:的)?提问/;
/** `新闻发言人谭永刚就……回答了记者提问`: a spokesperson, whose post ROLE does not hold. */
const SPOKESPERSON = /发言人([\u4e00-\u9fff]{2,3}?)(?=就|回答|答|表示|介绍|[^\u4e00-\u9fff]|$)/g;
/** `主持人（市委副书记许文杰）：`: the host, a post (or none) and his name in the brackets. */
const HOST = new RegExp(`^\\s*主持人[（(](?:${ROLE})?[\\s　]*([\\u4e00-\\u9fff]{2,3})[）)][：:]`);
const HOST_TURN = /^\s*主持人(?:[（(][^（）()]{0,30}[）)])?[：:]\s*/;
/** A post, then two or three characters that may be a name (`局长高志勇就`). */
const ROLE_NAME = new RegExp(`(?:${ROLE})([\\u4e00-\\u9fff]{2,3})`, 'g');
/** A post, then the name up to a break: `专访了青石县委书记李国强，`. */
const POSTED_NAME = new RegExp(`(?:${ROLE})([\\u4e00-\\u9fff]{2,3})(?=同志|[^\\u4e00-\\u9fff]|$)`, 'g');

/** The one person an interview's opening (the paragraphs before its first question) names under a post. */
function interviewee(opening: readonly string[]): string | null {
  const text = opening.join('\n');
  if (!INTERVIEW.test(text)) return null;
  const spokes = [...text.matchAll(SPOKESPERSON)].map((m) => m[1]!).filter((n) => isBylineName(n));
  const names = new Set(
    [...text.matchAll(POSTED_NAME)]
      .map((m) => m[1]!)
      .filter((n) => isBylineName(n))
      .concat(spokes),
  );
  // Everyone under a post, whatever follows the name (`县委书记李国强和县长孙立华`): one person only.
  const people = new Set(
    postedPeople(text)
      .concat(spokes)
      .map((n) => n.slice(0, 2)),
  );
  return names.size === 1 && people.size === 1 ? [...names][0]! : null;
}

/** A host's sentence that runs the meeting (`下面，请…讲话。`, `会议到此结束。`) or retells another's words
 * (`刚才赵明同志讲到，…`): not his to quote. */
export const HOST_PROCEDURE = /请|发言|讲话|讲到|讲得|说得|召开|会议|散会|结束|刚才|汇报|通报|介绍|欢迎|首先|下面/;

/** Per paragraph (folded, null for a heading): the speaker and where the turn starts, or null;
 * `host` for the turns of the meeting's one named host. */
export function transcriptTurns(
  paragraphs: readonly (string | null)[],
): ({ name: string; at: number; host?: true } | null)[] {
  const isTurnWithPost = (p: string | null) => {
    const m = p === null ? null : TURN.exec(p);
    return !!m?.[2] && POST.test(m[2]) && isBylineName(m[1]!);
  };
  const firstQuestion = paragraphs.findIndex((p) => p !== null && QUESTION.test(p));
  if (firstQuestion < 0 && paragraphs.filter(isTurnWithPost).length < 2) return paragraphs.map(() => null);
  const whole = paragraphs.filter((p) => p !== null).join('\n');
  // (A name right after a post is read as a byline's (`局长高志勇`, jieba's 高志/n 勇/n): a turn must
  // still open on exactly that name.)
  const posted = new Set([
    ...postedPeople(whole),
    ...[...whole.matchAll(ROLE_NAME)].flatMap((m) => [m[1]!, m[1]!.slice(0, 2)]).filter((n) => isBylineName(n)),
  ]);
  const answerer =
    firstQuestion < 0 ? null : interviewee(paragraphs.slice(0, firstQuestion).filter((p): p is string => p !== null));
  const hosts = new Set(
    paragraphs
      .map((p) => (p === null ? undefined : HOST.exec(p)?.[1]))
      .filter((n): n is string => !!n && isBylineName(n)),
  );
  const host = hosts.size === 1 ? [...hosts][0]! : null;
  return paragraphs.map((p) => {
    if (p === null) return null;
    const h = HOST_TURN.exec(p);
    if (h) return host ? { name: host, at: h[0].length, host: true } : null;
    const a = ANSWER.exec(p);
    if (a) return answerer ? { name: answerer, at: a[0].length } : null;
    const m = TURN.exec(p);
    if (!m) return null;
    if (m[2] ? isTurnWithPost(p) : posted.has(m[1]!)) return { name: m[1]!, at: m[0].length };
    return null;
  });
}
