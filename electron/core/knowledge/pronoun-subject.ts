// Whom the sentence before a 他/她 is about (pronoun-speaker.ts): its one named subject, at its start, after a post or
// after one leading clause, when it names nobody else who could be the next 他 — no second name, no `老党员` or `村民`;
// or the named visitor of a sentence whose other party has no name.
import { EPITHET, FIRST_UP, FOUNDER, OCCUPATION, POST_AFTER_NAME, ROLE, SENIOR, TRADE } from './post-role.js';
import { isPersonName } from './person-name.js';
import { INSTRUCTION } from './continued-words.js';
import { mayNameUnlistedPerson } from './unlisted-person.js';
import { NOT_SUBJECT_BEFORE, speakersIn, type OwnName } from './speakers.js';
import { TOPIC } from './pronoun-lead.js';
import { roleMatches } from './role-scan.js';
import { ROLE_NAME } from './posted-people.js';
import {
  COLLECTIVE,
  MEETS_SOMEONE,
  NO_PERSON_TOWARD,
  OTHER_PEOPLE,
  TOWARD_SOMEONE,
  WITH_SOMEONE,
} from './pronoun-people.js';

/** Before the subject: at most one leading clause (`调研期间，`), then a post (`省委书记`). */
// (`来自市人民医院的青年医生柏雪梅`, `宣讲员、种粮大户石永福`, `82岁的老党员雷振声`: a calling or standing, as a post, says who
// she is.)
// (`今年九十一岁的尹桂珍`, `出生于花莲的高淑惠`, `七十岁的理发师傅黎志强`: an age or a birthplace, and a calling, in a 通讯.)
// (`彰化老街的木匠师傅卓明辉`: any such attributive not opening on a preposition, whose names are counted as any.)
const AGE_OR_ORIGIN = '(?![对向把将为以同与和跟给在请])[^，,：:；;“”]{1,12}的';
const DESCRIBED_BEFORE = new RegExp(`(?:${AGE_OR_ORIGIN})$`);
// (`出租车司机韦德明`: a trade, by its ending; `“百姓名嘴”、老支书蓝德胜`: a folk name in marks before the post;
// `全国人大代表、一家…企业的首席技能专家覃永强`: a seat and a unit before the calling; `第一位走上“代表通道”的是…罗美兰`: the
// first to come up, named.)
export const SUBJECT_PLACE = new RegExp(
  `^(?:[^，,：:；;]{0,24}[，,])?(?:${FIRST_UP})?(?:${AGE_OR_ORIGIN})?(?:${EPITHET})?(?:${ROLE}|[^，,：:；;]{0,24}?(?:${OCCUPATION}|${SENIOR}|${TRADE}|${FOUNDER}|[\u4e00-\u9fff]{2}大户)|[\u4e00-\u9fff]{0,4}(?:师傅|老兵|木匠))?$`,
);
/** Someone named by a post alone after the subject (`表扬了驻村第一书记`, `听取了局长的汇报`). */
const POST_WORD =
  /书记|县长|市长|区长|省长|镇长|乡长|村长|主任|部长|局长|厅长|处长|科长|校长|院长|所长|站长|队长|总理|主席|委员|董事长|经理|行长|社长|会长|同志|先生|女士/;
// (`在白岩村当了十二年村党支部书记`, `在青龙乡当了二十六年乡村医生`: where he held it first. `何志远生前是…派驻那曲的援藏
// 干部。`: what he is, a whole sentence or its first clause (`覃美玲是…村的乡村医生，一干就是22年。`), unless one of kin or
// school, someone else's.)
const HELD_POST = new RegExp(
  `^(?:(?:在[^，,。；;“”]{1,12}?)?(?:当了|做了|担任了?)[^，,。；;“”]{0,6}?(?:${ROLE}|${OCCUPATION})(?=[，,。])|(?:生前|曾经?|原)?是[^，,。；;“”]{2,24}?(?<!儿子|女儿|妻子|丈夫|父亲|母亲|学生|徒弟|战友|同事|朋友)(?=[，,]|。))`,
);
/** `讲述了自己带领村民修路的经历`: the story he tells; the people in it are not there. */
const TOLD_STORY = /(?:讲述|分享)了?[^，,。；;“”]{0,20}?(?:经历|故事)/g;
/** `贺志远强调，要……把更多实惠留给农民。`, `宋立群要求，各县区党委书记要…`: he instructs (what follows the
 * verb opens as an INSTRUCTION does, or on 应当); 农民, 给 and the 书记 are what the words are about. */
const INSTRUCTS = /^(?:在[^，,。！？“”]{1,24}?[中上时])?(?:强调|指出|要求)[：:，,]/;
/** `企业家是…`: a judgement opening on what something is. */
const JUDGED = /^\s*[^，,。；;“”]{1,12}?是(?![否不])/;
/** `老旧小区改造要多听居民意见。`: a duty of a matter named first; the people it names are what it is about. */
const TOPIC_DUTY = /^\s*[^，,。；;：:“”]{2,12}?(?:要|必须|务必|应当)(?!求)/;
/** `有位老党员`, `一名村民`, `这位企业家`: one person of a story, not people in general. */
const ONE_OF_THEM = new RegExp(`(?:一|有|这|那|某)(?:位|名|个)[^，,。；;]{0,6}?(?:${OTHER_PEOPLE.source})`);
/** `程立民引用总书记的话说：“……”`: whose words he cites, not someone there (the next 他 is still he). */
const WORDS_CITED = /(?<=引用|援引|引述)[^，,。！？：:“”]{1,20}?的话(?=说|来说|[：:，,])/g;
/** `告诉记者`, `接受记者采访时`: the reporter writing the story, never the next 他. */
export const TO_REPORTER = /(?<=告诉|对|接受|回答)记者/g;
/** `卢振邦指出，习近平总书记强调：“……”`: a leader whose words the subject relays, inside his words. */
const RELAYED_BEFORE = /(?:指出|强调|表示|说|要求|谈到)[，,：:]\s*$/;
const RELAYED_AFTER = /^(?:同志|总书记|主席|总理|委员长)?(?:也|还|曾经?|多次|反复)?(?:强调|指出|说|讲|要求)/;
/** The subject's own title right after his name (`李明同志`, `习近平总书记`). */
const TITLE_AFTER_NAME = /^(?:同志|总书记|主席|总理|委员长)/;
const SEAT_OR_POST_AFTER = new RegExp(`^(?:(?:代表|委员)(?!长|会|们)|${POST_AFTER_NAME})`);

/** `李强表示，习近平总书记的重要指示，为…`, `贯彻总书记重要讲话精神`: a leader whose text the sentence
 * speaks of is not there. */
// (`学习领会王海涛书记讲话精神`: a local leader's speech under his post, studied.)
const TEXT_OF =
  /^(同志|总书记|主席|总理|委员长|书记|省长|市长|县长|区长)?(?:(?:的(?:重要)?|重要)(?:讲话|指示|批示|论述|贺信|回信)|讲话精神)/;
export const blank = (s: string, a: number, b: number) => s.slice(0, a) + ' '.repeat(b - a) + s.slice(b);
/** The sentence without the names (and titles) of those whose texts it speaks of. */
function withoutAuthors(s: string, own: readonly OwnName[]): string {
  let out = s;
  for (const n of speakersIn(s, own)) {
    const m = TEXT_OF.exec(s.slice(n.end));
    if (m) out = blank(out, n.start, n.end + (m[1]?.length ?? 0));
  }
  return out;
}

/** The quoted words taken out: names inside a quotation are not the people the sentence is about (nor
 * inside one the sentence opens and a later sentence closes: `习近平说：“毛泽东同志讲过，‘……’`). */
export const unquoted = (s: string) =>
  s
    .replace(/“[^“”]*”/g, (q) => '“' + ' '.repeat(q.length - 2) + '”')
    .replace(/“[^“”]*$/, (q) => '“' + ' '.repeat(q.length - 1));

/** The one person `s` is about, or null. */
export function soleSubject(said: string, own: readonly OwnName[], others: () => readonly string[]): string | null {
  let s = withoutAuthors(
    said.replace(WORDS_CITED, (m) => ' '.repeat(m.length)).replace(TO_REPORTER, (m) => ' '.repeat(m.length)),
    own,
  );
  // (`谈起学生，梁德勇眼里闪着光。`: the people he talks of are not there.)
  const topic = TOPIC.exec(s)?.[0];
  if (topic && !namesSomeoneByName(topic, others)) s = ' '.repeat(topic.length - 1) + s.slice(topic.length - 1);
  for (const n of speakersIn(s, own)) {
    const title = RELAYED_AFTER.exec(s.slice(n.end));
    if (title && RELAYED_BEFORE.test(s.slice(0, n.start)))
      s = blank(s, n.start, n.end + (/^(?:同志|总书记|主席|总理|委员长)/.exec(s.slice(n.end))?.[0].length ?? 0));
  }
  const names = speakersIn(s, own);
  if (new Set(names.map((n) => n.name)).size !== 1) return null;
  const first = names[0]!;
  const before = s.slice(0, first.start);
  if (!SUBJECT_PLACE.test(before) || (NOT_SUBJECT_BEFORE.test(before) && !DESCRIBED_BEFORE.test(before))) return null;
  // (`郑立新代表说，`: a session's delegate or member is he, not a second person; `區少華局長表示，`: his post.)
  const seat = SEAT_OR_POST_AFTER.exec(s.slice(first.end))?.[0].length ?? 0;
  const after = s.slice(first.end + seat).replace(TITLE_AFTER_NAME, '');
  // (`参会的远航电子公司总经理邹建平在接受记者采访时说，`: his own post names no one else.)
  const lead = /^[^，,：:；;]{0,24}[，,]/.exec(before)?.[0].length ?? 0;
  // (`市委书记万建平、市长钱卫国出席…`: a post run on from another's name is no part of his.)
  const post = before.slice(lead);
  const postAt =
    lead < first.start && !/[和与同跟及]/.test(post) && !namesSomeoneByName(post, others) ? lead : first.start;
  const rest = blank(s, postAt, first.end + seat);
  // An instruction he gives names the people it is about, not anyone there: only a name counts.
  const instructs = INSTRUCTS.exec(after);
  const told = instructs && after.slice(instructs[0].length);
  if (told && (/^\s*(?:应当)/.test(told) || INSTRUCTION.test(told)))
    return namesSomeoneByName(rest, others) ? null : first.name;
  // (`林国栋在讲话中指出，企业家是城市发展的宝贵财富…`: a judgement he points out speaks of people in general; one
  // person of a story (`有位老党员…`, `村里的老党员八十多岁了还…`) could be the next 他.)
  if (told && (JUDGED.test(told) || TOPIC_DUTY.test(told)) && !ONE_OF_THEM.test(told))
    return namesSomeoneByName(rest, others) ? null : first.name;
  if (WITH_SOMEONE.test(after) || TOWARD_SOMEONE.test(after.replace(NO_PERSON_TOWARD, ''))) return null;
  // (`某某当了二十年村党支部书记`: the post he held is his own.)
  const held = HELD_POST.exec(after)?.[0];
  const ownPost = held ? after.slice(held.length) : after;
  // (Nor is a calling he held, `乡村医生`, someone else; nor one in the story he tells, `讲述了自己带领村民修路的经历`.)
  const heldBlanked = (held ? rest.replace(held, ' '.repeat(held.length)) : rest).replace(TOLD_STORY, (a) =>
    ' '.repeat(a.length),
  );
  return namesAnyone(heldBlanked, [], others) || MEETS_SOMEONE.test(heldBlanked) || POST_WORD.test(ownPost)
    ? null
    : first.name;
}

/** The named subject of a sentence whose other party has no name (`邹明辉与企业负责人深入交流`): the
 * one a following `他勉励…` is, since those he meets do not exhort him. */
export function namedVisitor(said: string, own: readonly OwnName[], others: () => readonly string[]): string | null {
  const s = unquoted(said);
  const names = speakersIn(s, own);
  if (new Set(names.map((n) => n.name)).size !== 1) return null;
  const before = s.slice(0, names[0]!.start);
  if (!SUBJECT_PLACE.test(before) || NOT_SUBJECT_BEFORE.test(before)) return null;
  return namesSomeoneByName(blank(s, names[0]!.start, names[0]!.end), others) ? null : names[0]!.name;
}

/** Whether `s` names a person: one of `own`, someone without a name (`老党员`), one a post names
 * here or elsewhere in the text, or one no list knows (`表扬了张大山`, `和赵明亮一起`). */
/** (`others` is asked for last: finding everyone a post names means reading the whole text.) */
export function namesAnyone(s: string, own: readonly OwnName[], others: () => readonly string[]): boolean {
  return (
    speakersIn(s, own).length > 0 || OTHER_PEOPLE.test(s.replace(COLLECTIVE, ' ')) || namesSomeoneByName(s, others)
  );
}

/** Whether `s` names a person by his name: a leader of the table, one a post names in the text, or
 * one no list knows. */
export function namesSomeoneByName(s: string, others: () => readonly string[]): boolean {
  if (speakersIn(s).length || others().some((n) => s.includes(n)) || mayNameUnlistedPerson(s)) return true;
  for (const m of roleMatches(s, ROLE_NAME)) if (isPersonName(m[1]!.slice(0, 2))) return true;
  return false;
}
