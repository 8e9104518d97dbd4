// Who `他`/`她` is when a sentence opens on it: `李明走进麦田……。他指出，……`, `……没有发言权。”他还说过：“……”`.
// The pronoun is the one person the sentence before is about, and only when that sentence names
// exactly one person, as its subject (at its start, after a post, or after a leading clause such as
// `在清河县东村，` / `在认真听取发言后，`), and nobody else: no second name, no `老党员` or `村民` who
// could be the one speaking next. A sentence opening on a resolved pronoun passes its person on
// (`他指出，……。⏎他强调：“……”`). Anything less certain leaves the pronoun unresolved: no speaker.
import { foldForSearch } from '../text/normalize.js';
import { OCCUPATION, POST_AFTER_NAME, ROLE } from './post-role.js';
import { isPersonName } from './person-name.js';
import { isBylineName } from './byline-name.js';
import { SENTENCE } from './reported-speech.js';
import { INSTRUCTION } from './continued-words.js';
import { mayNameUnlistedPerson } from './unlisted-person.js';
import { NOT_SUBJECT_BEFORE, speakersIn, type NamedSpeaker, type OwnName } from './speakers.js';
import { ASKED, pronounLead, TOPIC } from './pronoun-lead.js';
import { roleMatches } from './role-scan.js';
import { postedPeople, ROLE_NAME } from './posted-people.js';
import { goesOn } from './pronoun-gap.js';
import { PronounGenders, type Pronoun } from './pronoun-gender.js';
import * as cue from './pronoun-cues.js';
import {
  COLLECTIVE,
  MEETS_SOMEONE,
  NO_PERSON_TOWARD,
  OTHER_PEOPLE,
  TOWARD_SOMEONE,
  WITH_SOMEONE,
} from './pronoun-people.js';

/** `他`, `他还`, `她进一步` at the sentence start (after a closing mark); never `他们`. */
const PRONOUN = /^[”’\s]*([他她])(?!们|人)/;
/** Before the subject: at most one leading clause (`调研期间，`), then a post (`省委书记`). */
// (`来自市人民医院的青年医生柏雪梅`: a calling, as a post, says who she is.)
// (`今年九十一岁的尹桂珍`, `出生于花莲的高淑惠`, `七十岁的理发师傅黎志强`: an age or a birthplace, and a calling, in a 通讯.)
// (`彰化老街的木匠师傅卓明辉`: any such attributive not opening on a preposition, whose names are counted as any.)
const AGE_OR_ORIGIN = '(?![对向把将为以同与和跟给在请])[^，,：:；;“”]{1,12}的';
const DESCRIBED_BEFORE = new RegExp(`(?:${AGE_OR_ORIGIN})$`);
const SUBJECT_PLACE = new RegExp(
  `^(?:[^，,：:；;]{0,24}[，,])?(?:${AGE_OR_ORIGIN})?(?:${ROLE}|[^，,：:；;]{0,16}?${OCCUPATION}|[\u4e00-\u9fff]{0,4}(?:师傅|老兵|木匠))?$`,
);
/** Someone named by a post alone after the subject (`表扬了驻村第一书记`, `听取了局长的汇报`). */
const POST_WORD =
  /书记|县长|市长|区长|省长|镇长|乡长|村长|主任|部长|局长|厅长|处长|科长|校长|院长|所长|站长|队长|总理|主席|委员|董事长|经理|行长|社长|会长|同志|先生|女士/;
const HELD_POST = new RegExp(`^(?:当了|做了|担任了?)[^，,。；;“”]{0,6}?(?:${ROLE})(?=[，,。])`);
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
const TO_REPORTER = /(?<=告诉|对|接受|回答)记者/g;
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
const blank = (s: string, a: number, b: number) => s.slice(0, a) + ' '.repeat(b - a) + s.slice(b);
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
const unquoted = (s: string) =>
  s
    .replace(/“[^“”]*”/g, (q) => '“' + ' '.repeat(q.length - 2) + '”')
    .replace(/“[^“”]*$/, (q) => '“' + ' '.repeat(q.length - 1));
/** Whether `at` is inside a quotation the paragraph opened before it. */
const withinQuotation = (folded: string, at: number) =>
  (folded.slice(0, at).match(/“/g)?.length ?? 0) > (folded.slice(0, at).match(/”/g)?.length ?? 0);

/** After the subject: what he is reported saying (`指出，`, `在讲话中强调：`). */
const SPEECH_VERB =
  /^(?:同志|总书记|书记)?(?:还|也|又)?(?:在[^，,。！？“”]{1,24}?[中上时])?(?:强调|指出|表示|认为|要求|说)[：:，,]/;
/** `李国栋指出，……`, `市委书记林振华强调，……`: a sentence that opens on one named person's words. */
function opensOnSpeech(s: string, own: readonly OwnName[]): boolean {
  const first = speakersIn(s, own)[0];
  return !!first && SUBJECT_PLACE.test(s.slice(0, first.start)) && SPEECH_VERB.test(s.slice(first.end));
}

/** The one person `s` is about, or null. */
function soleSubject(said: string, own: readonly OwnName[], others: () => readonly string[]): string | null {
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
  const ownPost = after.replace(HELD_POST, '');
  return namesAnyone(rest, [], others) || MEETS_SOMEONE.test(rest) || POST_WORD.test(ownPost) ? null : first.name;
}

/** The named subject of a sentence whose other party has no name (`邹明辉与企业负责人深入交流`): the
 * one a following `他勉励…` is, since those he meets do not exhort him. */
function namedVisitor(said: string, own: readonly OwnName[], others: () => readonly string[]): string | null {
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
function namesAnyone(s: string, own: readonly OwnName[], others: () => readonly string[]): boolean {
  return (
    speakersIn(s, own).length > 0 || OTHER_PEOPLE.test(s.replace(COLLECTIVE, ' ')) || namesSomeoneByName(s, others)
  );
}

/** Whether `s` names a person by his name: a leader of the table, one a post names in the text, or
 * one no list knows. */
function namesSomeoneByName(s: string, others: () => readonly string[]): boolean {
  if (speakersIn(s).length || others().some((n) => s.includes(n)) || mayNameUnlistedPerson(s)) return true;
  for (const m of roleMatches(s, ROLE_NAME)) if (isPersonName(m[1]!.slice(0, 2))) return true;
  return false;
}

/** `网格员陈桂兰每天走访居民二十多户，她常说：“……”`, `郝志诚同志带队到东山乡调研，他回来后对我说：“……”`: a later
 * clause of the sentence that names its one subject (by a post here or elsewhere in the text) opens on
 * 他/她 saying something: the words are the subject's. */
// (`她笑着说：`, `他动情地说：`: the manner of saying between.)
const CLAUSE_SAYS =
  /[，,]\s*([他她])(?!们)(?:常|也|还|曾|总|经常|常常|回来后|后来)*(?:笑着|含泪|哽咽着|[\u4e00-\u9fff]{2,3}地)?(?:跟我们?|对我们?)?(?:说|讲)[：:]/;
function clausePronoun(
  s: string,
  own: readonly OwnName[],
  others: () => readonly string[],
): { name: string; at: number } | null {
  const m = CLAUSE_SAYS.exec(s);
  if (!m) return null;
  const name = soleSubject(s.slice(0, m.index), [...own, ...others()], others);
  return name ? { name, at: m.index + m[0].indexOf(m[1]!) } : null;
}

/** The lead before the pronoun a sentence is about (pronoun-lead.ts), when it names nobody: a topic or a
 * question may name people (`谈起学生，`, `记者问他…，`) who are talked of or ask, never a name. */
function leadBefore(s: string, own: readonly OwnName[], others: () => readonly string[]): number {
  const lead = pronounLead(s);
  if (!lead) return 0;
  const text = s.slice(0, lead).replace(TO_REPORTER, (r) => ' '.repeat(r.length));
  // (`问他辛不辛苦，`: the question put to him names nobody who could answer; 辛 is no Mr 辛.)
  if (ASKED.test(s)) return lead;
  const named = TOPIC.test(text)
    ? speakersIn(text, own).length || namesSomeoneByName(text, others)
    : namesAnyone(text, own, others);
  return named ? 0 : lead;
}

/** Per paragraph (folded text; null for a heading, which breaks the chain), the pronouns that open
 * a sentence and the person each one is. */
export function pronounSpeakers(paragraphs: readonly (string | null)[], own: readonly OwnName[]): NamedSpeaker[][] {
  // Most texts have no sentence opening on 他/她: nothing to resolve, and no names to look up.
  if (!paragraphs.some((p) => p !== null && /[他她]/.test(p))) return paragraphs.map(() => []);
  let others: string[] | null = null;
  // Everyone a post names in the text, looked up once and only when a pronoun needs it.
  const othersHere = () =>
    (others ??= postedPeople(paragraphs.filter((p) => p !== null).join('\n')).filter(
      (n) => !own.some((o) => foldForSearch(typeof o === 'string' ? o : o[0]) === n),
    ));
  // (Only whole names: `村党支部书记刘春生` is not Mr 刘春, `委员长期关注` no Mr 期关.)
  const postedNames = () => othersHere().filter((n) => n.length === 3 && isBylineName(n));
  const someoneElse = (name: string) =>
    [...own.map((o) => foldForSearch(typeof o === 'string' ? o : o[0])), ...othersHere()].some(
      (n) => !name.includes(n) && !n.includes(name),
    ); // (`汪立` is 汪立新 cut short)
  const genders = new PronounGenders(() => [
    ...own.map((o) => foldForSearch(typeof o === 'string' ? o : o[1])),
    ...postedNames(),
  ]);
  let prev: string | null = null;
  // The last sentence without a pronoun: whom it is about is worked out only when a pronoun follows.
  let pending: string | null = null;
  // The one a visit's sentence names as visiting, while no other visit is told.
  let visitor: string | null = null;
  // Whether a companion's sentence (`县委书记方志勇陪同。`) was the last one passed over before the next pronoun.
  let companion = false;
  return paragraphs.map((folded) => {
    const out: NamedSpeaker[] = [];
    // Whether the paragraph so far is one person's words, opened on `李国栋指出，` or `他强调，`.
    let speechRun = false;
    if (folded === null) {
      prev = pending = visitor = null;
      companion = false;
      return out;
    }
    for (const m of folded.matchAll(SENTENCE)) {
      const s = unquoted(m[0]);
      // (Most sentences hold no 他/她 outside quotations: no pronoun opens them, no clause of theirs says one.)
      const hasPronoun = /[他她]/.test(s);
      // (`晚年她…`, `说起孩子们，她…`, `问他累不累，他笑着说`: a time, a topic or a question before the pronoun.)
      const lead = hasPronoun ? leadBefore(s, own, othersHere) : 0;
      const p = hasPronoun ? PRONOUN.exec(s.slice(lead)) : null;
      if (p) {
        const he = p[0].slice(-1) as Pronoun;
        if (pending !== null) {
          prev = soleSubject(pending, own, othersHere);
          if (!prev && (cue.EXHORTS.test(s) || (cue.SAYS.test(s) && cue.CHATS_WITH_FOLK.test(pending))))
            prev = namedVisitor(pending, own, othersHere);
          if (!prev && cue.speaksAfterFolk(s, pending))
            prev = namedVisitor(pending, [...own, ...postedNames()], othersHere);
          if (cue.EXHORTS.test(s) && visitor && cue.BRIEFS.test(pending) && !cue.HEARS.test(pending)) prev = visitor;
          if (!prev && cue.STRESSES.test(s) && cue.BESIDE_SUBJECT.test(pending))
            prev = namedVisitor(
              pending.replace(cue.BESIDE_SUBJECT, (a) => ' '.repeat(a.length)),
              own,
              othersHere,
            );
          // (`区长蒋文斌主持召开座谈会。⏎蒋文斌…表示感谢。他鼓励…`: one the text names under a post only in its lead;
          // not a host who briefs, who does not then exhort.)
          if (!prev && !(cue.EXHORTS.test(s) && cue.BRIEFS.test(pending)))
            prev = soleSubject(pending, [...own, ...postedNames()], othersHere);
          // (Only when the text names someone else who could be the 他: `汪立新通报了…清单。他表示` alone is his.)
          // (One who hears a briefing, `韩卫东听取了…汇报。`, is not one who briefs.)
          const briefed = cue.BRIEFING.test(pending) && !cue.HEARS.test(pending);
          const sure = genders.theOnly(he) === prev; // (`她` after a man's briefing: pronoun-gender.ts)
          if (prev && !cue.EXHORTS.test(s) && visitor !== prev && briefed && someoneElse(prev) && !sure) prev = null;
          pending = null;
        }
        if (companion && !cue.STRESSES.test(s)) prev = null;
        companion = false;
        if (prev && genders.isOther(prev, he)) prev = genders.theOnly(he);
        const at = m.index + lead + p[0].length - 1;
        if (prev) out.push({ name: prev, start: at, end: at + 1 });
        if (prev) genders.note(prev, he);
        speechRun = !!prev && SPEECH_VERB.test(s.slice(lead + p[0].length));
        // It goes on being about the same person unless it names someone. (`他指出，对企业家要真诚尊重`: in his own
        // words, people at large — 干部, 企业家, 群众 — are what he talks of, not one the next 他 could be.)
        const rest = s.slice(lead + p[0].length);
        if (
          speechRun
            ? speakersIn(rest, own).length > 0 || namesSomeoneByName(rest, othersHere)
            : namesAnyone(rest, own, othersHere)
        )
          prev = null;
      } else {
        // (`省长章立平在市委书记欧阳明、市长孔祥云陪同下，到青州市调研`: the one accompanied is the visitor.)
        const went = s.replace(cue.ACCOMPANIED, (a) => ' '.repeat(a.length));
        if ((cue.VISIT.test(went) || cue.CHAIRS.test(went)) && !cue.NOT_VISITOR.test(went))
          visitor = namedVisitor(went, [...own, ...postedNames()], othersHere);
        const c = hasPronoun ? clausePronoun(s, own, othersHere) : null;
        if (c) out.push({ name: c.name, start: m.index + c.at, end: m.index + c.at + 1 });
        // (`……’今天我们仍然要有这种精神状态。”`: a sentence inside the quotation goes on with its speaker.)
        const quoted = withinQuotation(folded, m.index + (m[0].length - m[0].trimStart().length));
        // (`李国栋指出，城市不是…家园。老城区改造要…。⏎他强调：`: a sentence naming nobody after a person's words in
        // his paragraph goes on with them; the next 他 is still he.)
        // (`他指出，…。⏎会议为10家单位颁奖。⏎他强调`: after a sentence whose 他 was resolved, a sentence naming nobody
        // goes on with him as after one that names him.)
        const back = pending ?? (prev !== null ? '' : null);
        // (`县委书记方志勇陪同。` after the visit: passed over, the next 他 who 强调 is the visitor.)
        if (visitor && !quoted && cue.COMPANION_ONLY.test(s.trim())) companion = true;
        else if (!quoted && !((speechRun || goesOn(back, s)) && !namesAnyone(s, own, othersHere))) {
          pending = s;
          speechRun = opensOnSpeech(s, own);
          companion = false;
        }
      }
      // (`宋立群强调：“……”各级领导干部要……。⏎他指出`: an instruction naming nobody goes on with the
      // person before it, as the report goes on with his words; 他 is still he.)
    }
    return out;
  });
}
