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
import { postedPeople } from './posted-people.js';
import { isPersonName } from './person-name.js';
import { roleMatches } from './role-scan.js';
import { interviewee } from './interviewee.js';

const QUESTION = /^\s*(?:问|记者问?|提问|主持人(?:[（(][^（）()]{0,30}[）)])?)[：:]/;
// (`高志勇答：`, an 答记者问's turn: the name, then 答.)
// (`单国强同志：`: a turn may name him as a comrade.)
const TURN = /^\s*([\u4e00-\u9fff]{2,4}?)(?:同志)?(?:[（(]([^（）()]{2,30})[）)])?答?[：:]\s*/;
/** `…大事。易建国（街道办事处副主任）：…`: a second turn run into the paragraph of the first, after a full stop. */
const INNER_TURN = /(?<=[。！？]\s*)([\u4e00-\u9fff]{2,3}?)(?:同志)?[（(]([^（）()]{2,30})[）)][：:]\s*/g;
/** A turn's label (TURN, INNER_TURN) naming a person under a post (`易建国（街道办事处副主任）：`). */
const postedTurn = (m: RegExpMatchArray | null): boolean => !!m?.[2] && POST.test(m[2]) && isBylineName(m[1]!);
/** `与脱贫户代表杭德顺、祁秀兰等座谈`: the people a lead lists after what they stand for. */
const LISTED = /代表((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})(?=等|[，,。和])/g;
const ANSWER = /^\s*答[：:]\s*/;
/** `[主持人] …`, `【嘉宾】…`, `[韦国平] …`: a 网络访谈 文字实录's turn labels in brackets, read as `主持人：` (same length). */
const BRACKET_LABEL = /^(\s*)[[【]([^[\]【】“”：:]{2,12})[\]】]/;
/** The post in a turn's brackets, ending on its title word (`青石村党支部书记`, `县委书记`). */
const POST = new RegExp(`^${ROLE}$`);
/** `主持人（市委副书记许文杰）：`: the host, a post (or none) and his name in the brackets. */
const HOST = new RegExp(`^\\s*主持人[（(](?:${ROLE})?[\\s　]*([\\u4e00-\\u9fff]{2,3})[）)][：:]`);
const HOST_TURN = /^\s*主持人(?:[（(][^（）()]{0,30}[）)])?[：:]\s*/;
/** A post, then two or three characters that may be a name (`局长高志勇就`). */
const ROLE_NAME = new RegExp(`(?:${ROLE})([\\u4e00-\\u9fff]{2,3})`, 'g');
/** `发布人：市统计局局长　邓晓峰`, `主持人：市政府新闻办副主任　何丽`: a line at a transcript's head giving the
 * one person a role's turns (`发布人：……`) belong to. */
// (`发布人：市人社局副局长、新闻发言人　莫振宇`: posts in a list, the last one no title word.)
const ROLE_LINE = new RegExp(
  `^\\s*(发布人|主持人|发言人|主讲人)[：:]\\s*(?:(?:${ROLE})(?:、[\\u4e00-\\u9fff]{2,8})*)?[\\s　]*([\\u4e00-\\u9fff]{2,3})\\s*$`,
);
/** `陈秀英，石门村党支部书记、……`: a name the text introduces by its post after a comma. */
const NAME_THEN_POST = new RegExp(`(?:^|[。\\n])([\\u4e00-\\u9fff]{2,3})[，,](?:${ROLE})(?=[，,。、])`, 'gm');
/** `本期对话嘉宾：桃源镇党委书记龙海波、返乡创业青年谢婷`: the guests of a 对话, each item ending on a name. */
const GUESTS = /^\s*(?:[\u4e00-\u9fff]{0,6}?嘉宾)[：:]([^。\n]{2,80})$/gm;

/** A guest list's items, each the name it ends on (or none). */
const guestNames = (list: string) =>
  list
    .split(/[、，,；;]|和/)
    .map((item) => [item.slice(-3), item.slice(-2)].find((n) => isBylineName(n) || isPersonName(n)));
/** `本期节目主持人：欧阳宁　嘉宾：省委党校党建教研部教授　邓志坚`: a head line naming the guest after the host, to its end. */
const GUEST_AFTER_HOST = /^\s*[\u4e00-\u9fff]{0,6}?主持人[：:][^。\n]{2,20}?[\s　]+嘉宾[：:]([^。\n]{2,40})$/gm;

/** The people a transcript introduces before their turns: by apposition, or in a guest list. */
function introduced(whole: string): string[] {
  const out = [...whole.matchAll(NAME_THEN_POST)].map((m) => m[1]!);
  for (const m of whole.matchAll(LISTED)) out.push(...m[1]!.split('、'));
  for (const m of whole.matchAll(GUESTS)) out.push(...guestNames(m[1]!).filter((n) => n !== undefined));
  return out.filter((n) => isBylineName(n) || isPersonName(n));
}

/** `本期节目，我们邀请到了市住房和城乡建设局局长黄振宇。`, `做客本期节目的是…覃慧敏。`: a guest introduced in a sentence, under
 * a post. */
const GUEST_INTRO = new RegExp(
  `(?:邀请到了?|做客[^，,。\\n]{0,10}?的是|嘉宾是)${ROLE}([\\u4e00-\\u9fff]{2,3})(?=[，,。])`,
  'g',
);

/** The one guest a head names, whose turns are labelled `嘉宾：`; two, or one unnamed: none. */
function oneGuest(head: string): string | null {
  const lists = [...head.matchAll(GUESTS), ...head.matchAll(GUEST_AFTER_HOST)].map((m) => guestNames(m[1]!.trim()));
  // (The post fixes where an introduced guest's name starts; the 和 of its unit is no list: `住房和城乡建设局`.)
  lists.push(...[...head.matchAll(GUEST_INTRO)].map((m) => [isBylineName(m[1]!) ? m[1]! : undefined]));
  const names = new Set(lists.flat());
  return names.size === 1 && !names.has(undefined) ? [...names][0]! : null;
}

/** `希望大家安心经营、放心投资，我们一定当好“店小二”。`: a wish for those listening, or a pledge, in anyone's turn: a
 * remark of the occasion, no line to study. */
export const TURN_PLEDGE = /^希望(?:大家|各位|广大|你们)|(?:^|[，,；;])我们(?:一定|必将|将)(?!来|近)/;

/** `汤大哥的话很朴实，道出了…`, `万大姐讲得好，…`, `一句话道出了…的心声。`, `这些话，句句都是…`: a remark on the words of the
 * turn before, a host's or an interviewer's aside between turns (or one told in a report, `邵建华听后说，石老的话很朴实`),
 * whoever makes it: praise of another's words, no line of its own. */
export const WORDS_PRAISED =
  /^[^，,。！？；;“”]{0,8}?(?:的话|这番话|这句话|这些话|一句话)[，,]?[^。！？，,]{0,4}?(?:很|真|非常|特别|十分|朴实|实在|生动|精彩|深刻|感人|有分量|在理|道出|说出|句句)|^[^，,。！？；;“”]{0,6}?(?:说|讲)得(?:很|真|非常|特别|十分)?(?:好|对|在理|实在|生动|精彩|深刻|透彻|到位)/;

/** A host's sentence that runs the meeting (`下面，请…讲话。`, `会议到此结束。`) or retells another's words
 * (`刚才赵明同志讲到，…`): not his to quote. */
// (`各位记者朋友，大家上午好！`, `谢谢区局长。`: a greeting or a thanks, in either script — tested folded.)
export const HOST_PROCEDURE =
  /请|发言|讲话|讲到|讲得|说得|召开|举行|主题是|报告人|会议|散会|结束|刚才|汇报|通报|介绍|欢迎|首先|下面|(?:上午|下午|早上|晚上|中午)好|大家好|谢谢|感谢|到此/;

/** Per paragraph (folded, null for a heading): the speaker and where the turn starts, or null;
 * `host` for the turns of the meeting's one named host. */
export function transcriptTurns(
  labelled: readonly (string | null)[],
  /** The headings (folded): a transcript's head lines (`发布人：…`, `对话嘉宾：…`) may be set as headings. */
  bracketed: readonly string[] = [],
): Turns {
  const paragraphs = labelled.map((p) => p && p.replace(BRACKET_LABEL, '$1 $2：'));
  // (`【访谈嘉宾】市生态环境局局长　陆志强`: a head line in brackets names the one guest, as `嘉宾：` does.)
  const heads = bracketed.map((h) => h.replace(BRACKET_LABEL, '$1 $2：'));
  const isTurnWithPost = (p: string | null) => postedTurn(p === null ? null : TURN.exec(p));
  const firstQuestion = paragraphs.findIndex((p) => p !== null && QUESTION.test(p));
  const whole = paragraphs.filter((p) => p !== null).join('\n');
  // (Turns under a post, at a paragraph's start or run into it, or by names alone that the text introduces.)
  const withPost = paragraphs.filter(isTurnWithPost).length + [...whole.matchAll(INNER_TURN)].filter(postedTurn).length;
  if (firstQuestion < 0 && withPost < 2 && !namedTurns(paragraphs, whole)) return paragraphs.map(() => null);
  // (A name right after a post is read as a byline's (`局长高志勇`, jieba's 高志/n 勇/n): a turn must
  // still open on exactly that name.)
  const posted = new Set([
    ...postedPeople(whole),
    ...roleMatches(whole, ROLE_NAME)
      .flatMap((m) => [m[1]!, m[1]!.slice(0, 2)])
      .filter((n) => isBylineName(n)),
  ]);
  // (The title and head lines open it too: `问：` may be the first paragraph under `——访…`.)
  const answerer =
    firstQuestion < 0
      ? null
      : interviewee([...heads, ...paragraphs.slice(0, firstQuestion).filter((p): p is string => p !== null)]);
  const hosts = new Set(
    paragraphs
      .map((p) => (p === null ? undefined : HOST.exec(p)?.[1]))
      .filter((n): n is string => !!n && isBylineName(n)),
  );
  // The head's role lines: one person per role, else none (the lines themselves are no turns).
  const roleLines = paragraphs.map((p) => (p === null ? null : ROLE_LINE.exec(p)));
  const roles = new Map<string, string | null>();
  for (const r of [...roleLines, ...heads.map((h) => ROLE_LINE.exec(h))])
    if (r && isBylineName(r[2]!)) roles.set(r[1]!, roles.has(r[1]!) && roles.get(r[1]!) !== r[2]! ? null : r[2]!);
  for (const n of introduced([whole, ...heads].join('\n'))) posted.add(n);
  // (`主持人：区委副书记　甘志远` at the head, then `甘志远：…`.)
  for (const n of roles.values()) if (n) posted.add(n);
  if (firstQuestion >= 0) for (const n of openingNames(paragraphs, firstQuestion, heads)) posted.add(n);
  const host = hosts.size === 1 ? [...hosts][0]! : (roles.get('主持人') ?? null);
  // (The host's first turn may introduce the guest: `[主持人] …今天我们邀请到…局长韦国平，…`.)
  const guest = firstQuestion < 0 ? null : oneGuest([...heads, ...paragraphs.slice(0, firstQuestion + 1)].join('\n'));
  const turns = paragraphs.map((p, i): Turn | null => {
    if (p === null || roleLines[i]) return null;
    const h = HOST_TURN.exec(p);
    if (h) return host ? { name: host, at: h[0].length, host: true } : null;
    const a = ANSWER.exec(p);
    if (a) return answerer ? { name: answerer, at: a[0].length } : null;
    const m = TURN.exec(p);
    if (!m) return null;
    if (m[1] === '嘉宾' && !m[2]) return guest ? { name: guest, at: m[0].length } : null;
    const role = !m[2] && roles.get(m[1]!);
    if (role) return { name: role, at: m[0].length };
    if (m[2] ? isTurnWithPost(p) : posted.has(m[1]!)) return { name: m[1]!, at: m[0].length };
    return null;
  });
  const all = withSurnameTurns(paragraphs, withUnmarkedAnswers(paragraphs, turns, answerer));
  return withInnerTurns(paragraphs, withContinuedTurns(paragraphs, all));
}

/** `——访县委副书记、县长郑志远`, `本报邀请省委党校教授沈立群、江口镇党委书记罗永刚进行对话`: the names of turns (`郑志远：…`)
 * that the title or the opening (before the first question) gives: the people the interview presents. */
function openingNames(
  paragraphs: readonly (string | null)[],
  firstQuestion: number,
  heads: readonly string[],
): string[] {
  const opening = [...heads, ...paragraphs.slice(0, firstQuestion).filter((p) => p !== null)].join('\n');
  const out: string[] = [];
  for (const p of paragraphs) {
    const m = p === null ? null : TURN.exec(p);
    const n = m && !m[2] ? m[1]! : null;
    if (n && opening.includes(n) && (isBylineName(n) || isPersonName(n))) out.push(n);
  }
  return out;
}

/** `潘国华：…`, `杭德顺：…`, `祁秀兰：…`: turns by names alone, three at least by two people, each introduced by the
 * text (under a post, or listed as those who stand for others: `与脱贫户代表杭德顺、祁秀兰等座谈`). */
function namedTurns(paragraphs: readonly (string | null)[], whole: string): boolean {
  const named = paragraphs.flatMap((p) => {
    const m = p === null ? null : TURN.exec(p);
    return m && !m[2] ? [m[1]!] : [];
  });
  // (Fewer than three such turns, or all by one name, whoever the text introduces: no need to read it all.)
  if (named.length < 3 || new Set(named).size < 2) return false;
  const known = new Set([...postedPeople(whole), ...introduced(whole)]);
  const names = named.filter((n) => known.has(n));
  return names.length >= 3 && new Set(names).size >= 2;
}

/** `柴建平（…）：…⏎我的体会是，…⏎宁晓丽（…）：…`: a paragraph without a name between two turns goes on with the
 * turn before it (the one after shows the speakers' words have not ended). */
function withContinuedTurns(paragraphs: readonly (string | null)[], turns: Turns): Turns {
  const out = [...turns];
  for (let i = 1; i < paragraphs.length; i++) {
    // (`青州电视台记者：…？`: a label of its own, or a question, is someone else's.)
    if (out[i] || paragraphs[i] == null || !out[i - 1] || /^[^，,。！？“”]{1,20}[：:]|[？?]\s*$/.test(paragraphs[i]!))
      continue;
    const next = paragraphs.findIndex((p, k) => k > i && p !== null && !!p.trim());
    if (!(next > 0 && turns[next])) continue;
    const to = out[i - 1]!.host && paragraphs[i - 1] != null ? handedTo(paragraphs[i - 1]!) : undefined;
    if (to !== undefined) out[i] = to ? { name: to, at: 0 } : null;
    else out[i] = { name: out[i - 1]!.name, at: 0, ...(out[i - 1]!.host ? { host: true } : {}) };
  }
  return out;
}

/** `…请听第一场报告，报告人是县人民医院急诊科护士长覃小燕。`: a host's turn handing the floor on. */
const HANDS_OVER = /(?:报告人|发言人|主讲人|讲述人)(?:是|为|[：:])([^。！？，,；\n]{2,40}?)(?:同志)?[。！？]?\s*$/;
const FLOOR_GIVEN = /(?:请|有请)[^。！？]{0,30}?(?:报告|发言|讲话|讲述|分享)[^。！？]{0,10}[。！？]?\s*$/;

/** Whose the unlabelled paragraphs after a host's turn are: the one he hands the floor to by name (after his post),
 * nobody's when he hands it to no name read, or (undefined) his own when he hands it on to no one. */
function handedTo(hostTurn: string): string | null | undefined {
  const m = HANDS_OVER.exec(hostTurn);
  if (m) return guestNames(m[1]!)[0] ?? null;
  return FLOOR_GIVEN.test(hostTurn) ? null : undefined;
}

/** A second turn run into a paragraph (`…大事。易建国（街道办事处副主任）：…`): the first ends where its label
 * starts (`end`), the next follows it (`next`); the label is in neither. */
function withInnerTurns(paragraphs: readonly (string | null)[], turns: Turns): Turns {
  return turns.map((t, i) => {
    if (!t || paragraphs[i] == null) return t;
    const inner = [...paragraphs[i]!.matchAll(INNER_TURN)].filter((m) => m.index! > t.at && postedTurn(m));
    return chain(t, inner);
  });
}

function chain(t: Turn, inner: readonly RegExpMatchArray[]): Turn {
  const [m, ...rest] = inner;
  if (!m) return t;
  return { ...t, end: m.index!, next: chain({ name: m[1]!, at: m.index! + m[0].length }, rest) };
}

/** `陈：……` after `陈秀英：……`: a turn by surname alone is the one speaker of the transcript with that surname. */
function withSurnameTurns(paragraphs: readonly (string | null)[], turns: Turns): Turns {
  const bySurname = new Map<string, Set<string>>();
  for (const t of turns)
    if (t && !t.host) bySurname.set(t.name[0]!, (bySurname.get(t.name[0]!) ?? new Set()).add(t.name));
  return turns.map((t, i) => {
    const m = t || paragraphs[i] == null ? null : /^\s*([\u4e00-\u9fff])[：:]\s*/.exec(paragraphs[i]!);
    const names = m ? bySurname.get(m[1]!) : undefined;
    return names?.size === 1 ? { name: [...names][0]!, at: m![0].length } : t;
  });
}

/** `记者：……？` then a paragraph without a name: in an interview whose opening names the one person
 * answering, and whose answers carry no turn of their own, the paragraphs after a question up to the next
 * are his (after the last question, only the one right after it: the piece may close in the reporter's voice). */
function withUnmarkedAnswers(paragraphs: readonly (string | null)[], turns: Turns, answerer: string | null): Turns {
  if (!answerer || turns.some((t) => t)) return turns;
  // (A paragraph opening on a name the text does not place, `李四：……`, may be a second person answering.)
  if (paragraphs.some((p) => p !== null && !QUESTION.test(p) && (TURN.test(p) || ANSWER.test(p)))) return turns;
  const questions = paragraphs.flatMap((p, i) => (p !== null && QUESTION.test(p) ? [i] : []));
  if (questions.some((q, k) => paragraphs[q + 1] == null || questions[k + 1] === q + 1)) return turns;
  const last = questions[questions.length - 1]!;
  return turns.map((t, i) =>
    i > questions[0]! && !questions.includes(i) && paragraphs[i] != null && (i < last || i === last + 1)
      ? { name: answerer, at: 0 }
      : t,
  );
}

/** A turn: whose, where its words start, and where they end and whose come next (a turn run into it). */
export interface Turn {
  name: string;
  at: number;
  host?: true;
  end?: number;
  next?: Turn;
}
type Turns = (Turn | null)[];
