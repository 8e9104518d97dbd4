// Whether the name on a speech's byline (`县委副书记　钱志远`) or alone under its title (`郑国华`) is a
// person's. jieba (knowledge/person-name.ts) misses common names whose surname is also a word
// (钱/n 志远, 郑/ns 国华) and takes some units for names (宣传部/nr, 高新区/nr). In that place a
// common surname with a two-character given name is a person; a unit's name (ends in 部, 局, 委,
// 办 …) never is, so `团县委` or `宣传部` under a title gives no speaker.
import { isPersonName, SURNAME_AND_POST } from './person-name.js';
import { tokenize } from '../text/segment.js';

/** Common single-character surnames, and the compound ones (a name's first character or two). */
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
export const COMPOUND = /^(?:欧阳|司马|诸葛|上官|东方|皇甫|令狐|慕容|尉迟|公孙|夏侯|端木|长孙|宇文|司徒|申屠)/;
/** A name's place in a pattern, shortest first: two or three characters, or a compound surname and one or two more
 * (`欧阳志远在讲话中指出`, `诸葛明辉指出`: read as 欧阳志 or 诸葛明, the frame was missed or credited a cut name). 长孙 is
 * left out: `市长孙伟` is a post and a name. */
const COMPOUND_SLOT = COMPOUND.source.slice(4, -1).replace('长孙|', '');
export const NAME_SLOT = `(?:(?:${COMPOUND_SLOT})[\\u4e00-\\u9fff]{1,2}?|[\\u4e00-\\u9fff]{2,3}?)`;
/** The same, longest first (`副省长赵刚强调`: a post's name read in both lengths by its reader). */
export const NAME_SLOT_LONGEST = `(?:(?:${COMPOUND_SLOT})[\\u4e00-\\u9fff]{2}|[\\u4e00-\\u9fff]{2,3})`;
/** A name's length when whole: a surname and two characters, or a compound surname and one or two (欧阳丽, 上官文杰). */
export const wholeLength = (n: string): boolean => n.length === 3 || (n.length === 4 && COMPOUND.test(n));
/** Such a name's place in a pattern, three characters or a compound surname and two. */
export const WHOLE_NAME = `(?:${COMPOUND.source.slice(1)}[\\u4e00-\\u9fff]{2}|[\\u4e00-\\u9fff]{3})`;
export const UNIT_END = /[部局委办厅处科室院区县市镇乡村所站队组社团会校司馆]$/;
/** Prepositions, conjunctions, particles, pronouns: the words of a sentence, not of a name. */
const FUNCTION_TAG = /^(?:p|c|u|r|y|e|o|w)/;

export function isBylineName(name: string): boolean {
  const n = name.replace(/[\s\u3000]+/g, '');
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(n) || UNIT_END.test(n)) return false;
  if (isPersonName(n)) return true;
  const surname = COMPOUND.exec(n)?.[0] ?? (SURNAMES.includes(n[0]!) ? n[0]! : null);
  if (!surname) return false;
  // (A compound surname may take a one-character given name: 欧阳敏.)
  const given = n.length - surname.length;
  if (!(given === 2 || (given === 1 && surname.length === 2))) return false;
  return !tokenize(n)
    .slice(1)
    .some((t) => FUNCTION_TAG.test(t.tag));
}

const GIVEN_NAME_TAG = /^(?:n|nr|ns|nz|t|a|x|vn)/;

/** `县委书记方志勇陪同`, `市长钱卫国主持`, `市委书记万建平、市长…`: three characters a post names, read as a name when
 * the first is a common surname and, at some place the text writes them, the segmenter reading them with what follows
 * ends a word after the third (`赵刚强调` is 赵刚/强调: the name is 赵刚) and takes none of them for a verb, an adverb or
 * a function word (`王强调研`). jieba cuts such names (方志/n 勇/n, 万/m 建平/n, 向/p 海燕/nr) and may glue the last
 * to the next word (勇到/x): the post says a person stands there, the surname and a word boundary where his name ends. */
export function postedGivenName(name: string, text: string): boolean {
  if (name.length !== 3 || !SURNAMES.includes(name[0]!) || UNIT_END.test(name) || SURNAME_AND_POST.test(name))
    return false;
  for (let at = text.indexOf(name), n = 0; at >= 0 && n < 6; at = text.indexOf(name, at + 3), n++)
    if (endsAfterName(name + text.slice(at + 3, at + 5))) return true;
  return false;
}

function endsAfterName(words: string): boolean {
  let at = 0;
  for (const t of tokenize(words)) {
    if (at >= 3) return at === 3;
    // (The surname alone may be read as anything, 向/p, 何/r, 万/m; every other word of the name as a noun's.)
    if (!(at === 0 && t.word.length === 1) && !/^(?:n|t|a|x|j|vn)/.test(t.tag)) return false;
    at += t.word.length;
  }
  return at === 3;
}

/** 孙/zg 建业/n, 马/n 国庆/t at a sentence's start before a citation verb: a common surname jieba
 * leaves alone, then a two-character given name it reads as a word (not an adverb, a particle or a
 * pronoun). A word that merely opens on a surname character (江西省, 常委会) is one token; a
 * surname and a post (宋书记) is no name. */
export function surnameAndGivenName(name: string): boolean {
  if (name.length !== 3 || !SURNAMES.includes(name[0]!) || SURNAME_AND_POST.test(name)) return false;
  const tokens = tokenize(name);
  return tokens.length === 2 && tokens[0]!.word.length === 1 && GIVEN_NAME_TAG.test(tokens[1]!.tag);
}

/** 區 (folded 区), a Hong Kong and Macau surname that is also the word for a district: `区少华` is a name only
 * when what follows reads as a given name, one word jieba tags as a name or knows not (`区领导`, `区人大` are not). */
export function districtSurnameName(name: string): boolean {
  if (name.length !== 3 || name[0] !== '区') return false;
  const given = tokenize(name.slice(1));
  return given.length === 1 && /^(?:nr|nrfg|nrt|nz|x)$/.test(given[0]!.tag);
}
