// Whether a sentence may name a person the name lists do not know (`郑海川表扬了张大山。`,
// `郑海川和赵明亮一起…`, `李明向张大山了解…`): only to keep a following 他/她 unresolved, never to
// credit. jieba splits such names into a surname and a word (张/q 大山/ns, 赵/nr 明亮/a) or takes
// them whole (王小明/nr, 黄文博/x); either shape after a common surname is read as a name. A word
// that merely starts on a surname character (高标准, 麦田 after 走进) is not, unless a preposition
// or conjunction that introduces a person (向, 对, 给, 和 …) stands right before it.
import { tokenize } from '../text/segment.js';
import { COMPOUND, SURNAMES } from './byline-name.js';

const NAME_TAG = /^(?:nr|x)/;
/** A surname standing alone: jieba tags it as a name, a measure word, a noun or a place. */
const SURNAME_ALONE_TAG = /^(?:nr|q|n|ns|x)/;
/** An adverb, preposition, conjunction, particle, pronoun, numeral or locative: no given name. */
const NOT_GIVEN_NAME_TAG = /^(?:d|p|c|u|r|y|e|o|w|m|f)/;
const HAN = /^[\u4e00-\u9fff]+$/;
/** A place named with its kind (`石门村`, `柳溪乡`). */
const PLACE_KIND = /[乡村镇县市区省]$/;
/** A citation verb is no given name: `在部署工作时/n 指出/v` is a time, not a Mr 时. */
const CUE_VERB = /^(?:指出|强调|表示|说|讲|要求|介绍|认为|提出|说道|谈到)$/;
/** Words that introduce a second person: `向张大山`, `和陈桂兰`, `交给李红梅`. */
const PERSON_SLOT =
  /^(?:和|与|同|跟|及|、|向|对|给|为|替|把|让|请|陪同|带领|带着|交给|授予|表扬|表彰|批评|鼓励|勉励|称赞|感谢|祝贺|叮嘱|嘱咐|告诉|邀请|了)$/;

const isSurnameStart = (w: string) => COMPOUND.test(w) || SURNAMES.includes(w[0]!);
/** People named by what they are (`和师生交流`, `与党员座谈`): a group, not a Mr 师 or Mr 党. */
const GROUP_WORD = /^(?:师生|学生|党员|干部|群众|职工|居民|村民|代表|委员|员工|家长)$/;

/** Whether a 在 opens an occasion (`在…时`) earlier in the clause of token i. */
const occasionOpen = (tokens: readonly { word: string }[], i: number) => {
  for (let k = i - 1; k >= 0 && i - k <= 12; k--) {
    if (/[，,。！？；;：:]/.test(tokens[k]!.word)) return false;
    if (tokens[k]!.word === '在') return true;
  }
  return false;
};

export function mayNameUnlistedPerson(s: string): boolean {
  const tokens = tokenize(s);
  return tokens.some((t, i) => {
    const next = tokens[i + 1];
    // 张/q 大山/ns: a surname alone, then a given name of one or two characters.
    // Tagged other than a name, it must not be followed by an adverb or a particle (时/n 曾经/d).
    // (`在主持学习时发表了讲话`: the 时 that closes an occasion opened by 在 is a time, not Mr 时.)
    if (t.word === '时' && occasionOpen(tokens, i)) return false;
    if (t.word.length === 1 && SURNAMES.includes(t.word) && SURNAME_ALONE_TAG.test(t.tag))
      return (
        !!next &&
        HAN.test(next.word) &&
        next.word.length <= 2 &&
        !CUE_VERB.test(next.word) &&
        !PLACE_KIND.test(next.word) && // (`柳/n 塘村/ns`: the village 柳塘村, no Mr 柳)
        (t.tag.startsWith('nr') || !NOT_GIVEN_NAME_TAG.test(next.tag))
      );
    if (!NAME_TAG.test(t.tag) || !HAN.test(t.word)) return false;
    // 小王, 老张: how a text names someone it knows well.
    if (t.word.length === 2 && /^[小老]/.test(t.word) && SURNAMES.includes(t.word[1]!)) return true;
    // 王小明/nr, 黄文博/x: a whole name; a two-character one only after a word that introduces a person.
    // (`高端化/nr`, `智能化/nr`: a word made with 化 is no name.)
    // (`柳溪乡/x`, `石门村/x`: a place the text names with its kind, not a person.)
    if (!isSurnameStart(t.word) || GROUP_WORD.test(t.word) || /化$/.test(t.word) || PLACE_KIND.test(t.word))
      return false;
    // (`殷切希望/nr`: four characters are a name only after a compound surname, 欧阳明华.)
    if (t.word.length === 3 || (t.word.length === 4 && COMPOUND.test(t.word))) return true;
    return t.word.length === 2 && PERSON_SLOT.test(tokens[i - 1]?.word ?? '');
  });
}
