// Who `他`/`她` is when a sentence opens on it: `李明走进麦田……。他指出，……`, `……没有发言权。”他还说过：“……”`.
// The pronoun is the one person the sentence before is about, and only when that sentence names
// exactly one person, as its subject (at its start, after a post, or after a leading clause such as
// `在清河县东村，` / `在认真听取发言后，`), and nobody else: no second name, no `老党员` or `村民` who
// could be the one speaking next. A sentence opening on a resolved pronoun passes its person on
// (`他指出，……。⏎他强调：“……”`). Anything less certain leaves the pronoun unresolved: no speaker.
import { foldForSearch } from '../text/normalize.js';
import { isBylineName, wholeLength } from './byline-name.js';
import { SENTENCE } from './reported-speech.js';
import { speakersIn, type NamedSpeaker, type OwnName } from './speakers.js';
import { ASKED, pronounLead, TOPIC } from './pronoun-lead.js';
import { postedPeople } from './posted-people.js';
import { folkAroundPronoun, goesOn } from './pronoun-gap.js';
import {
  namedVisitor,
  namesAnyone,
  namesSomeoneByName,
  soleSubject,
  SUBJECT_PLACE,
  TO_REPORTER,
  unquoted,
} from './pronoun-subject.js';
import { onlyWomanCalled, PronounGenders, type Pronoun } from './pronoun-gender.js';
import * as cue from './pronoun-cues.js';
import { OTHER_PEOPLE } from './pronoun-people.js';

/** `他`, `他还`, `她进一步` at the sentence start (after a closing mark); never `他们`. (`用她的话说：“……”`: the writer
 * gives the words as hers, as `用蒙志华的话说` gives them as his.) */
const PRONOUN = /^[”’\s]*(?:用(?=[他她]的话))?([他她])(?!们|人)/;
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
  const postedNames = () => othersHere().filter((n) => wholeLength(n) && isBylineName(n));
  // (Only one named so far: `村党支部书记田建国通报了整治方案。他说` before the 村民代表 who speak later is his.)
  const someoneElse = (name: string, told: string, here: string) =>
    [...own.map((o) => foldForSearch(typeof o === 'string' ? o : o[0])), ...othersHere()].some(
      (n) => !name.includes(n) && !n.includes(name) && (told.includes(n) || here.includes(n)),
    ); // (`汪立` is 汪立新 cut short)
  let earlier = '';
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
  // Whether a sentence whose only person is a woman called `大娘`, `阿姨`… was passed over (pronoun-gender.ts).
  let woman = false;
  // Before a sentence that is only a quotation (`“……”`): whom the story was about, should the voice be such a woman's.
  let beforeQuote: { pending: string | null; prev: string | null } | null = null;
  // The pronoun of a sentence passed over that held it among people at large (pronoun-gap.ts `folkAroundPronoun`).
  let amongFolk: Pronoun | null = null;
  return paragraphs.map((folded) => {
    const told = earlier;
    earlier += `${folded ?? ''}\n`;
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
        // Whether the sentence before opens on someone's words (`社区居委会主任孟凡华说，…`).
        const before = pending ?? '';
        const spoke = pending !== null && opensOnSpeech(pending, [...own, ...postedNames()]);
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
          const briefed = cue.BRIEFING.test(pending) && !cue.HEARS.test(pending) && !cue.SHARES.test(pending);
          const sure = genders.theOnly(he) === prev; // (`她` after a man's briefing: pronoun-gender.ts)
          if (
            prev &&
            !cue.EXHORTS.test(s) &&
            visitor !== prev &&
            briefed &&
            someoneElse(prev, told, folded.slice(0, m.index)) &&
            !sure
          )
            prev = null;
          // (`杨德明说起她，竖起了大拇指。她说`: the 她 he spoke of is someone else, whom the next 她 may be; so is the 他
          // whose hand he held as he spoke, `冉大爷拉着他的手说：“……”他叮嘱`, or whom he told something.)
          if (
            prev &&
            new RegExp(
              `(?:说起|谈起|提起|说到|谈到|提到)${he}(?!们|人|的|自己)|(?:拉|握)[着住]${he}的手|(?:对|跟|告诉)${he}(?![们人的]|自己)`,
            ).test(pending)
          )
            prev = null;
          pending = null;
        }
        if ((companion && !cue.STRESSES.test(s)) || (woman && he === '她') || (amongFolk && amongFolk !== he))
          prev = null;
        companion = woman = false;
        amongFolk = null;
        beforeQuote = null;
        if (prev && genders.isOther(prev, he)) prev = genders.theOnly(he);
        // (`副市长冯雅琴…她…。社区居委会主任孟凡华说，…。她指出`: the visitor was called 她, the host who spoke may be too.)
        if (
          prev &&
          spoke &&
          visitor &&
          visitor !== prev &&
          cue.STRESSES.test(s) &&
          genders.was(visitor, he) &&
          genders.unknown(prev)
        )
          prev = null;
        // (`职工代表韩家宝说，…。她勉励大家`: one met, whose words were given, is not the one who exhorts.)
        if (prev && spoke && cue.EXHORTS.test(s) && OTHER_PEOPLE.test(before.slice(0, before.indexOf(prev))))
          prev = null;
        // (`社区党委书记邵春兰介绍了…情况。她勉励大家`: one who briefs the one who came is not the one who exhorts.)
        if (
          prev &&
          prev !== visitor &&
          cue.EXHORTS.test(s) &&
          /(?:介绍|汇报|通报)了/.test(before) &&
          !cue.HEARS.test(before)
        )
          prev = null;
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
        const folk = hasPronoun ? folkAroundPronoun(s) : null;
        // (`县委书记方志勇陪同。` after the visit: passed over, the next 他 who 强调 is the visitor.)
        if (visitor && !quoted && cue.COMPANION_ONLY.test(s.trim())) companion = true;
        else if (back !== null && !quoted && onlyWomanCalled(s, (r) => namesAnyone(r, own, othersHere))) {
          // (`“……”张大娘笑着说。`: her quotation, a sentence of its own, is passed over with her.)
          if (beforeQuote) ({ pending, prev } = beforeQuote);
          beforeQuote = null;
          woman = true;
        } else if (
          back !== null &&
          !quoted &&
          folk !== null &&
          folk === (amongFolk ?? folk) &&
          !speakersIn(s, own).length &&
          !namesSomeoneByName(s, othersHere)
        ) {
          // (`…乡亲们第一个想到的就是他。⏎他常说：`: passed over, the story goes on about him.)
          amongFolk = folk;
          companion = woman = false;
        } else if (!quoted && !((speechRun || goesOn(back, s)) && !namesAnyone(s, own, othersHere))) {
          beforeQuote = /^\s*“\s*”?\s*$/.test(s) ? { pending, prev } : null;
          pending = s;
          speechRun = opensOnSpeech(s, own);
          companion = woman = false;
          amongFolk = null;
        }
      }
      // (`宋立群强调：“……”各级领导干部要……。⏎他指出`: an instruction naming nobody goes on with the
      // person before it, as the report goes on with his words; 他 is still he.)
    }
    return out;
  });
}
