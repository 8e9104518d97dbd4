// People a report names as the subject of their own words: a sentence that opens with a name and
// a citation verb (`李强在讲话中指出，`, `王建国强调：`). Their quotations elsewhere in the text can
// then be framed with their name (`李强强调：“……”`) like a leader's in the alias table (in meeting
// reports and speeches: a feature story's interviewees say little worth a 金句). Only a
// sentence's first words (after at most one short leading clause, `调研中，`), confirmed as a
// person's name by segmentation, qualify, or a name right after a post that ends on its title word
// (`县长许志刚要求：`, `董事长陈丽华说：`): the post's end fixes where the name starts (a bare
// `省长孙伟` could read 长孙 as a surname).
import {
  COMPOUND,
  districtSurnameName,
  isBylineName,
  NAME_SLOT,
  SURNAMES,
  surnameAndGivenName,
  WHOLE_NAME,
} from './byline-name.js';
import {
  EPITHET,
  FIRST_UP,
  OCCUPATION,
  POST_AFTER_NAME,
  ROLE,
  SEAT,
  STANDING,
  TOPIC_CLAUSE,
  TRADE,
} from './post-role.js';
import { isPersonName } from './person-name.js';
import { speakersIn } from './speakers.js';
import { ADDRESS_TERM } from './article-subjects.js';

/** When he spoke (`20日下午在…调研时`, `在讲话中`, `在听取发言后`, `发言时`, `结合自己的工作`, `就贯彻…提出要求：`) and
 * the verb (`曾对我说`, `在回忆录中写道`: to the speaker, or in writing; `拉着老人的手说`; `在“代表通道”上说`). */
export const SPOKE =
  '(?:同志|代表|委员)?(?:\\d{1,2}日|今日|今天|昨日|昨天)?(?:上午|下午|晚上|晚间)?(?:在(?:[^，。！？“”]|“[^“”，。！？]{1,8}”){1,24}?[中上时后])?(?:(?:回应|答复|答询|答问)[^，。！？“”]{0,12}?时|在(?:[^，。！？“”]|“[^“”，。！？]{1,8}”){1,24}?[中上时后]|(?:认真|仔细|耐心)?听(?:罢|完|取|了)?[^，,。！？“”]{0,12}?后|(?:发言|讲话|致辞|交流)时?|(?:结合|围绕)[^，。！？“”]{1,12}?|就[^，。！？“”]{1,20}?(?=提出))?(?:也|还|又|再次|进一步|曾经|曾|常|回忆)?(?:拉着[^，。！？“”]{1,8}?的手|捧着[^，。！？“”]{1,6}?)?(?:深有感触地|感慨地|动情地|含泪|哽咽着|流着泪)?(?:对我|跟我|对记者|对大家)?(?:指出|强调|坦言|表示|介绍|回答(?:说)?|答(?=[：:])|说|讲|要求|提出|建议|谈到|写道|认为|补充说|分享说|(?:续|补充|又|并|回应)指|告诉(?:记者|我们?|调研组)|(?:第一个|率先|首先|抢先)发言(?=[：:])|(?<=就[^，。！？“”]{1,20}?)提出(?:明确|具体)?要求(?=[：:]))(?:我们|大家)?[：:，,]';
const WORDS = `(${NAME_SLOT})${SPOKE}`;
/** A sentence's start, or a news agency's dateline (`新华社青山8月20日电　`). */
export const START = '(?:^|[。！？!?\\n][”’]?\\s*|\\d日电\\s*)';
const OPENING = new RegExp(`${START}${WORDS}`, 'g');
/** `调研中，宋佳明强调：`, `认真听取发言后，周国华指出：`: one short leading clause first. */
const AFTER_CLAUSE = new RegExp(`(?:^|[。！？!?\\n][”’]?\\s*)[^，,。！？!?“”\\n]{1,16}[，,]${WORDS}`, 'g');
/** `宏达公司董事长陈丽华说：`, `县长许志刚要求：`: a post that ends on its title word, then the name. */
export const POSTED = new RegExp(`${START}(?:[^，,。！？!?“”\\n]{1,16}[，,])?${ROLE}(${NAME_SLOT})${SPOKE}`, 'g');

/** `區志強局長表示，`, `梁詠詩副局長補充說，`, `鄔慧君書記指出：`: the name before its post, as Hong Kong, Macau and Taiwan
 * reports (and some local ones) write it; the post's title word fixes where the name ends (not `王副`). */
const NAME_THEN_POST = new RegExp(
  `${START}(?:[^，,。！？!?“”\\n]{1,16}[，,])?(${NAME_SLOT})(?<!副)${POST_AFTER_NAME}${SPOKE}`,
  'g',
);

// (`深有感触地说`: a manner only where a seat fixes the name: `曹大娘激动地说` names nobody; after a standing, `种养大户韦福生激动地说`,
// one of two characters, so the name is not cut short.)
const SEAT_SPOKE = SPOKE.replace('(?:对我|', '(?:[\\u4e00-\\u9fff]{2,4}地)?(?:对我|');
const STANDING_SPOKE = SPOKE.replace('(?:对我|', '(?:[\\u4e00-\\u9fff]{2}地)?(?:对我|');
/** `座谈会上，…。外卖骑手钱江涛说，`: a 座谈会's attendee named by his trade (post-role.ts TRADE), a whole name after it
 * (`部署工作时指出` has a trade's ending, 署工, and no name; `老党员葛大爷` is called, not named). */
const TRADE_SPEAKER = new RegExp(
  `${START}(?:[^，,。！？“”\\n]{1,10}?[上中][，,])?[^，,。！？“”\\n的在]{0,8}?${TRADE}(${WHOLE_NAME})${SPOKE}`,
  'g',
);
/** `八十五岁的老党员王德顺说：`, `退伍军人赵志刚说：`: no post, but a standing the report names him by, which fixes
 * where the name starts (`座谈会上，老干部代表石永年说，`: after a leading clause, one speaking for those of his standing). */
const DESCRIBED_SPEAKER = new RegExp(
  `${START}(?:(?:[^，,。！？“”\\n]{1,10}?[上中]|在[^，,。！？“”\\n]{1,20}?时)[，,])?(?:[^，,。！？“”\\n]{1,10}?的|[^，,。！？“”\\n的]{0,12}?(?=${OCCUPATION}))?(?:${STANDING})(?:代表)?(${NAME_SLOT})${STANDING_SPOKE}`,
  'g',
);

/** `全国人大代表、种粮大户田桂生…说，`: a seat, then the calling (a trade or a standing) that fixes where the name starts. */
const SEATED = new RegExp(
  `${START}${SEAT}、[^，,。！？“”\\n]{0,20}?(?:${TRADE}|${STANDING})(${WHOLE_NAME})${STANDING_SPOKE}`,
  'g',
);

/** A delegate or a member of a 人代会/党代会/政协 session, the word before or after the name: `代表刘振华在审议时说，`,
 * `来自城西街道的代表许丽萍说：`, `郑立新代表说，`, `委员孔德胜认为，`, `“……”来自青山镇的余建国代表说，`. The word and
 * the sentence's start (or the closing mark) fix where the name starts and ends. */
const FROM = '(?:来自[^，,。！？“”\\n]{2,16}?的)?';
export const DELEGATE_BEFORE = new RegExp(`${START}${FROM}${SEAT}(${NAME_SLOT})${SEAT_SPOKE}`, 'g');
export const DELEGATE_AFTER = new RegExp(
  `(?:${START}|”[，,]?\\s*)${FROM}(${NAME_SLOT})(?=(?:代表|委员)[^，,。！？“”\\n]{0,30}?[说示为议][：:，,。])(?:代表|委员)${SEAT_SPOKE.replace('(?:同志|代表|委员)?', '')}`,
  'g',
);

/** `“……”天成物流公司董事长葛秀梅说。`: a post and a name after the words he said. */
// (`”说起自己的…生涯，坪上村党支部书记邹德顺这样总结。`: the topic first, then the name; `感慨地说`: the post fixes the
// name's start, so a manner may come before the verb.)
export const POSTED_AFTER_QUOTE = new RegExp(
  `”[，,]?\\s*(?:${TOPIC_CLAUSE})?${ROLE}(${NAME_SLOT})(?:在[^，,。！？“”]{1,30}?[上中时])?(?:[\\u4e00-\\u9fff]{2}地)?(?:说|表示|指出|强调|介绍|告诉记者|(?:这样|如此)(?:总结|概括))[。！!]`,
  'g',
);

/** `“……”姜丽萍说。`: a bare name after the words, which the text gives elsewhere under a post (`绿源农业负责人姜丽萍`). */
const NAME_AFTER_QUOTE = /”[，,]?\s*([\u4e00-\u9fff]{2,3}?)(?:说|表示|指出|强调|介绍|告诉记者)[。！!]/g;

/** `郝文斌结合分管工作谈了学习体会。`, `县长祁卫平就重建方案作了说明。`, `书记某某通报了…清单。`: a name taking the floor, whose
 * words the next sentence gives (`他说，……`). */
const FLOOR =
  '(?:同志)?(?:以“[^“”]{1,30}”为(?:主)?题[，,]|从[^，,。！？“”]{1,12}?讲起[，,])?(?:(?:就|结合|围绕)[^，,。！？“”]{1,20}?)?(?:作了?(?:交流|专题|总结|重要)?(?:发言|讲话|说明|报告|宣讲)|发表了?(?:重要)?讲话|(?:出席|到会|参加)[^，,。！？“”]{0,6}?并(?:作重要)?讲话|谈了[^，,。！？“”]{0,12}?(?:体会|认识|感受|看法)|(?:用[^，,。！？“”]{1,10}?的方式)?(?:给大家|为大家|向大家)?(?:讲述|讲起)了[^，,。！？“”]{2,20}?(?:经历|故事|内涵|道理|变化)|通报了[^，,。！？“”]{2,30}?(?:情况|清单|工作|方案)|介绍了[^，,。！？“”]{2,24}?(?:做法|经验|经历)|回答了[^，,。！？“”]{0,20}?(?:提问|问题)|(?:第[一二三四五六七八九十]个|率先|首先|接着|随后)发言)[。，,]';
/** A word every FLOOR holds: a text without one is not scanned for a name taking the floor. */
const FLOOR_WORD = /发言|讲话|说明|报告|宣讲|讲述了|讲起了|谈了|通报了|介绍了|回答了/;
const FLOOR_OPENING = new RegExp(`(?:^|[。！？!?\\n][”’]?\\s*)(${NAME_SLOT})${FLOOR}`, 'g');
/** `在认真听取大家发言后，贺立军作总结讲话。`, `会上，…`: a leading clause of when (not `李强主持会议，`, another's act). */
const FLOOR_AFTER_CLAUSE = new RegExp(
  `(?:^|[。！？!?\\n][”’]?\\s*)(?:在[^，,。！？!?“”\\n]{1,16}?[后时上中]|[^，,。！？!?“”\\n]{0,4}会上|随后|最后)[，,](${NAME_SLOT})${FLOOR}`,
  'g',
);
// (`在古榕村的大榕树下，“百姓名嘴”、老支书蓝德胜用拉家常的方式讲起了…`: after a place, and the name folk give him in marks.)
const FLOOR_POSTED = new RegExp(
  `(?:^|[。！？!?\\n][”’]?\\s*)(?:[^，,。！？!?“”\\n]{1,16}[，,])?(?:${EPITHET})?${ROLE}(${NAME_SLOT})${FLOOR}`,
  'g',
);
/** `来自市人民医院的青年医生柏雪梅第一个发言。`, `宣讲团成员、退役军人冯志勇讲述了…经历。`: a calling before the name. */
// (`接着，宣讲员、种粮大户石永福讲述了…`: after one short leading clause.)
const FLOOR_DESCRIBED = new RegExp(
  `(?:^|[。！？!?\\n][”’]?\\s*)(?:[^，,。！？!?“”\\n]{1,16}[，,])?[^，,。！？!?“”\\n]{0,30}?(?:${STANDING})(${NAME_SLOT})${FLOOR}`,
  'g',
);
/** `货车司机覃宝林第一个发言。`, `全国政协委员、苗绣艺人杨秀芝介绍了…经历。`: a trade before the name (post-role.ts TRADE). */
const FLOOR_TRADE = new RegExp(
  `(?:^|[。！？!?\\n][”’]?\\s*)(?:[^，,。！？!?“”\\n]{1,16}[，,])?[^，,。！？!?“”\\n的在]{0,16}?${TRADE}(${WHOLE_NAME})${FLOOR}`,
  'g',
);

/** `邹明辉在主持会议时勉励青年职工向劳模学习`: a name exhorting people, the words after them. */
// (`调研中，戴文涛叮嘱相关部门，`: after one short leading clause too; `鼓励` as `勉励`.)
const EXHORT = '勉励|叮嘱|嘱咐|鼓励';
const EXHORT_OPENING = new RegExp(
  `${START}(?:[^，,。！？!?“”\\n]{1,16}[，,])?(${NAME_SLOT})(?:同志)?(?:在[^，,。！？“”]{1,24}?[中上时])?(?:${EXHORT})`,
  'g',
);
/** `9月3日，县长邹伟到河口镇调研…`, `市委书记戴文涛到高新区调研`: the visitor a 调研 report is about, under his post
 * (a report's later `他叮嘱…`, `戴文涛强调` are his). */
const VISITS = '调研|考察|视察|走访|到访';
const POSTED_VISITOR = new RegExp(
  `${START}(?:[^，,。！？!?“”\\n]{1,16}[，,])?${ROLE}(${NAME_SLOT})(?:同志)?(?:\\d{1,2}日|日前|近日|今日)?(?:上午|下午)?(?:深入|到|赴)[^，,。！？“”\\n]{1,30}?(?:${VISITS})`,
  'g',
);
/** `副省长阮丽华出席会议，与委员互动交流。她表示，`: a subject under a post whose next sentence opens on 他/她
 * speaking (pronoun-speaker.ts decides whether the pronoun is that subject). */
const POSTED_THEN_PRONOUN = new RegExp(
  `${START}(?:[^，,。！？!?“”\\n]{1,16}[，,])?${ROLE}(${NAME_SLOT})(?:同志)?(?=出席|参加|列席|主持|到|在|与|同|[，,])[^。！？!?“”\\n]{2,40}。[他她](?:还|也|又)?(?:表示|说|指出|强调|认为)[：:，,]`,
  'g',
);
/** `第一位走上“代表通道”的是全国人大代表、…党支部书记罗美兰。谈到乡村振兴，她说：`: the one who came up first, then 她. */
const FIRST_UP_THEN_PRONOUN = new RegExp(
  `${START}${FIRST_UP}${ROLE}(${NAME_SLOT})。(?:${TOPIC_CLAUSE})?[他她](?:表示|说|指出|强调|认为)[：:，,]`,
  'g',
);
/** `退休教师韦淑芬把政策编成了山歌，…。她说，`: one named by a standing, what she did, then 她 saying something (a whole name
 * before a preposition: no verb of saying fixes where it ends). */
const STANDING_THEN_PRONOUN = new RegExp(
  `${START}(?:[^，,。！？!?“”\\n]{1,16}[，,])?(?:${EPITHET})?(?:${STANDING})(${WHOLE_NAME})(?=[把将用在从为给带以向对和与同跟])[^。！？!?“”\\n]{2,40}。[他她](?:还|也|又)?(?:表示|说|指出|强调|认为)[：:，,]`,
  'g',
);
/** `副会长邓志辉引述习近平主席的话说：“……”`: a name citing another's words; the next 他 is he. */
const CITE = '引用|援引|引述';
const CITING_OPENING = new RegExp(
  `${START}(?:${ROLE})?(${NAME_SLOT})(?:同志)?(?:在[^，,。！？“”]{1,24}?[中上时])?(?:${CITE})[^，,。！？“”]{1,20}?的话`,
  'g',
);
/** `引用老劳模常德胜的话说：`, `引用谷文昌同志在东山工作时的话说：`: a person whose words a speaker borrows, named
 * as one (a model's or martyr's title before, 同志/先生/烈士 after). */
const CITED_PERSON = new RegExp(
  `(?:${CITE})(?:[^，,。！？“”]{0,8}?(?:劳模|英雄|烈士|老党员|老红军))?(${NAME_SLOT})(同志|先生|烈士)?(?:在[^，,。！？“”]{1,20}?[时中上])?的话(?:说|来说)?[：:，,]`,
  'g',
);
/** Not a person who lived apart from the words: a post-holder or a text (`引用总书记的话`, `引用古人的话`). */
const DESCRIBED = /(?:劳模|英雄|烈士|老党员|老红军)$/;
/** `我常说：`, `他们说，`: segmentation may take a pronoun and an adverb for a rare name. */
export const PRONOUN = /^[我你您他她它咱]|们/;

/** The matches of `re` in `folded`, scanned only when the text holds each of `words` (every match holds
 * them): most texts have no 代表, 引用 or 勉励, and the scan of a sentence-opening pattern costs more than
 * looking for a word. */
export function matchesWhere(folded: string, re: RegExp, ...words: RegExp[]): RegExpExecArray[] {
  return words.every((w) => w.test(folded)) ? [...folded.matchAll(re)] : [];
}
/** Words every match of a pattern below holds (its seat, verb or standing): asked before it is scanned. */
export const SEAT_WORD = /代表|委员/;
const STANDING_WORD = new RegExp(STANDING);
const EXHORT_WORD = new RegExp(EXHORT);
const VISIT_WORD = new RegExp(VISITS);
const CITE_WORD = new RegExp(CITE);

export function narratedNames(folded: string): string[] {
  const out = new Set<string>();
  // `周总理说，`: a leader of the alias table is found under the table's name already.
  // (`付/v 建新/v在主持会议时表示，`: a name segmentation does not know, which the text also gives after a
  // post, `市长付建新`: the post fixes where it starts, as a calling does, `派出所民警陆海平`.)
  const posted = (n: string) => isBylineName(n) && new RegExp(`(?:${ROLE}|${OCCUPATION})${n}`).test(folded);
  for (const m of [
    ...folded.matchAll(OPENING),
    ...folded.matchAll(AFTER_CLAUSE),
    ...matchesWhere(folded, FLOOR_OPENING, FLOOR_WORD),
    ...matchesWhere(folded, FLOOR_AFTER_CLAUSE, FLOOR_WORD),
    ...matchesWhere(folded, EXHORT_OPENING, EXHORT_WORD),
    ...matchesWhere(folded, CITING_OPENING, CITE_WORD),
  ])
    // (`老郑说，`: how a report calls someone, not a name: given-name-alias.ts reads it.)
    if (
      !PRONOUN.test(m[1]!) &&
      !ADDRESS_TERM.test(m[1]!) &&
      !speakersIn(m[1]!).length &&
      (isPersonName(m[1]!) || surnameAndGivenName(m[1]!) || posted(m[1]!))
    )
      out.add(m[1]!);
  for (const m of [
    ...folded.matchAll(POSTED),
    ...matchesWhere(folded, FLOOR_POSTED, FLOOR_WORD),
    ...matchesWhere(folded, FLOOR_DESCRIBED, FLOOR_WORD, STANDING_WORD),
    ...folded.matchAll(POSTED_AFTER_QUOTE),
    ...matchesWhere(folded, DELEGATE_BEFORE, SEAT_WORD),
    ...matchesWhere(folded, DELEGATE_AFTER, SEAT_WORD),
    ...matchesWhere(folded, SEATED, SEAT_WORD),
    // (`村民周大姐说`: a calling before how people call her names nobody.)
    ...matchesWhere(folded, DESCRIBED_SPEAKER, STANDING_WORD).filter((m) => !ADDRESS_TERM.test(m[1]!)),
    ...[...folded.matchAll(TRADE_SPEAKER), ...matchesWhere(folded, FLOOR_TRADE, FLOOR_WORD)].filter(
      (m) => (SURNAMES.includes(m[1]![0]!) || COMPOUND.test(m[1]!)) && !ADDRESS_TERM.test(m[1]!),
    ),
    ...matchesWhere(folded, POSTED_VISITOR, VISIT_WORD),
    ...matchesWhere(folded, POSTED_THEN_PRONOUN, /。[他她]/),
    ...matchesWhere(folded, STANDING_THEN_PRONOUN, /。[他她]/, STANDING_WORD),
    ...matchesWhere(folded, FIRST_UP_THEN_PRONOUN, /的是/),
  ])
    if (!speakersIn(m[1]!).length && isBylineName(m[1]!) && !m[1]!.startsWith('老')) out.add(m[1]!);
  // (The name is a byline name, `區少華` (區 a surname), or the text gives it after a post elsewhere: `黨委書記區志強主持會議`.)
  for (const m of folded.matchAll(NAME_THEN_POST))
    if (
      !PRONOUN.test(m[1]!) &&
      !speakersIn(m[1]!).length &&
      (isBylineName(m[1]!) || districtSurnameName(m[1]!) || new RegExp(`${ROLE}${m[1]!}`).test(folded))
    )
      out.add(m[1]!);
  for (const m of folded.matchAll(NAME_AFTER_QUOTE))
    if (!speakersIn(m[1]!).length && isBylineName(m[1]!) && new RegExp(`(?:${ROLE}|负责人)${m[1]!}`).test(folded))
      out.add(m[1]!);
  for (const m of matchesWhere(folded, CITED_PERSON, CITE_WORD))
    if (
      (m[2] || DESCRIBED.test(m[0].slice(0, m[0].indexOf(m[1]!)))) &&
      !speakersIn(m[1]!).length &&
      isBylineName(m[1]!)
    )
      out.add(m[1]!);
  return [...out];
}
