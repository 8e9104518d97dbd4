// The officials, kin and folk an article (a 综述, a 通讯) names as speaking: by their office, by what they are to its
// subject (`妻子…`, `战友…`) or by who they are (`村民…`); split from narrated-names.ts, whose patterns it shares.
import { isBylineName, NAME_SLOT } from './byline-name.js';
import { isPersonName } from './person-name.js';
import { speakersIn } from './speakers.js';
import { ADDRESS_TERM } from './article-subjects.js';
import { matchesWhere, POSTED, POSTED_AFTER_QUOTE, PRONOUN, SPOKE, START } from './narrated-names.js';

/** A post of public office (not a company's or a society's): whose words an article may retell. */
const OFFICE_WORD = '(?:书记|省长|市长|县长|区长|镇长|乡长|部长|厅长|局长|主任|主席|总理)';
const OFFICE = new RegExp(`${OFFICE_WORD}$`);
const FRAME_ALONE = /(?:^|\n)([\u4e00-\u9fff]{2,3}?)(?:同志)?(?:强调|指出|要求)[：:]\s*(?=\n|$)/g;
const officeHolder = (folded: string, name: string) => new RegExp(`${OFFICE_WORD}${name}`).test(folded);
/** `县委书记晏国平来到红星村，…。晏国平指出，…`: the bare name of one the text gives under his office, opening a sentence
 * (after at most one short clause) on an official's verb (not `告诉记者`, an interview's). */
const OFFICIAL_SPEAKS = new RegExp(
  `${START}(?:[^，,。！？!?“”\\n]{1,16}[，,])?(${NAME_SLOT})(?:在[^，,。！？“”]{1,24}?[中上时后])?(?:指出|强调|要求)[，,：:]`,
  'g',
);

/** `用蒙志华的话说：“……”`: the writer gives the words as one person's, by name. */
const IN_THEIR_WORDS = new RegExp(`${START}用(${NAME_SLOT})的话(?:来)?说[：:，,]`, 'g');

/** `省委书记罗振华强调：`, `“……”省长钱卫东说。`: in an article (a 综述, a 通讯), the officials it names
 * under their post as speaking; its interviewees (`村民张大山说`, `董事长陈丽华说`) are not framed. */
// (`县委书记欧阳平到城关镇督导…。⏎欧阳平强调：⏎…`: the bare name's frame alone in its paragraph, the words in the next,
// given under his office elsewhere in the text; `卢海涛告诉记者，` in a story, an interview, stays the reporter's to tell.)
export function postedOfficials(folded: string): string[] {
  const out = new Set<string>();
  for (const m of matchesWhere(folded, IN_THEIR_WORDS, /的话/))
    if (!PRONOUN.test(m[1]!) && !speakersIn(m[1]!).length && isBylineName(m[1]!)) out.add(m[1]!);
  for (const re of [POSTED, POSTED_AFTER_QUOTE])
    for (const m of folded.matchAll(re)) {
      if (OFFICE.test(m[0].slice(0, m[0].indexOf(m[1]!))) && !speakersIn(m[1]!).length && isBylineName(m[1]!))
        out.add(m[1]!);
    }
  for (const m of [...folded.matchAll(FRAME_ALONE), ...folded.matchAll(OFFICIAL_SPEAKS)])
    if (!out.has(m[1]!) && isBylineName(m[1]!) && !speakersIn(m[1]!).length && officeHolder(folded, m[1]!))
      out.add(m[1]!);
  for (const m of matchesWhere(folded, KIN_NAMED, KIN_WORD))
    if (!PRONOUN.test(m[1]!) && !speakersIn(m[1]!).length && isBylineName(m[1]!)) out.add(m[1]!);
  // (Only a name jieba itself reads as a person's: `周/nr 大姐/n` passes a surname test, `龚强/x` is a name.)
  for (const m of matchesWhere(folded, FOLK_NAMED, FOLK_WORD))
    if (!ADDRESS_TERM.test(m[1]!) && !speakersIn(m[1]!).length && isPersonName(m[1]!)) out.add(m[1]!);
  return [...out];
}

/** `丈夫王建国说：`, `他的妻子卓慧敏含泪说：`, `战友单玉林回忆说：`: in a 通讯, one of the family or a comrade named after the
 * word that says who he is to its subject (which fixes where the name starts); unnamed (`妻子说`), nobody. */
const KIN = '丈夫|妻子|爱人|父亲|母亲|儿子|女儿|爷爷|奶奶|外公|外婆|孙女|孙子|战友|同事';
const KIN_WORD = new RegExp(KIN);
const KIN_NAMED = new RegExp(
  `${START}(?:[^，,。！？“”\\n]{1,8}的)?(?:${KIN})(${NAME_SLOT})(?:含泪|哽咽着|笑着|[\\u4e00-\\u9fff]{2}地)?${SPOKE}`,
  'g',
);

/** `村民龚强说：`, `脱贫户宁秀英说：`: an interviewee named after the word for who he is, which fixes where the name starts;
 * `村民周大姐说`, `村民老孟说` (ADDRESS_TERM) name nobody. */
const FOLK = '村民|居民|脱贫户|贫困户|种粮大户|养殖户|农户|果农|菜农|渔民|牧民|市民|游客';
const FOLK_WORD = new RegExp(FOLK);
const FOLK_NAMED = new RegExp(
  `${START}(?:${FOLK})(${NAME_SLOT})(?:笑着|[\\u4e00-\\u9fff]{2}地)?(?:说|告诉记者)[：:，,]`,
  'g',
);
