// People a report names as the subject of their own words: a sentence that opens with a name and
// a citation verb (`李强在讲话中指出，`, `王建国强调：`). Their quotations elsewhere in the text can
// then be framed with their name (`李强强调：“……”`) like a leader's in the alias table (in meeting
// reports and speeches: a feature story's interviewees say little worth a 金句). Only a
// sentence's first words (after at most one short leading clause, `调研中，`), confirmed as a
// person's name by segmentation, qualify, or a name right after a post that ends on its title word
// (`县长许志刚要求：`, `董事长陈丽华说：`): the post's end fixes where the name starts (a bare
// `省长孙伟` could read 长孙 as a surname).
import { isBylineName, surnameAndGivenName } from './byline-name.js';
import { ROLE } from './post-role.js';
import { isPersonName } from './person-name.js';
import { speakersIn } from './speakers.js';

const WORDS =
  '([\\u4e00-\\u9fff]{2,3}?)(?:同志)?(?:在[^，。！？“”]{1,24}?[中上时])?(?:指出|强调|表示|介绍|说|要求|提出|建议)[：:，,]';
const OPENING = new RegExp(`(?:^|[。！？!?\\n][”’]?\\s*)${WORDS}`, 'g');
/** `调研中，宋佳明强调：`, `认真听取发言后，周国华指出：`: one short leading clause first. */
const AFTER_CLAUSE = new RegExp(`(?:^|[。！？!?\\n][”’]?\\s*)[^，,。！？!?“”\\n]{1,16}[，,]${WORDS}`, 'g');
/** `宏达公司董事长陈丽华说：`, `县长许志刚要求：`: a post that ends on its title word, then the name. */
const POSTED = new RegExp(
  `(?:^|[。！？!?\\n][”’]?\\s*)${ROLE}([\\u4e00-\\u9fff]{2,3}?)(?:同志)?(?:在[^，。！？“”]{1,24}?[中上时])?(?:指出|强调|表示|介绍|说|要求|提出|建议)[：:，,]`,
  'g',
);

/** `“……”天成物流公司董事长葛秀梅说。`: a post and a name after the words he said. */
const POSTED_AFTER_QUOTE = new RegExp(
  `”[，,]?\\s*${ROLE}([\\u4e00-\\u9fff]{2,3}?)(?:说|表示|指出|强调|介绍)[。！!]`,
  'g',
);

/** `郝文斌结合分管工作谈了学习体会。`, `县长祁卫平就重建方案作了说明。`: a name taking the floor, whose
 * words the next sentence gives (`他说，……`). */
const FLOOR =
  '(?:同志)?(?:(?:就|结合|围绕)[^，,。！？“”]{1,20}?)?(?:作了?(?:交流|专题|总结|重要)?(?:发言|讲话|说明|报告)|谈了[^，,。！？“”]{0,12}?(?:体会|认识|感受|看法))[。，,]';
const FLOOR_OPENING = new RegExp(`(?:^|[。！？!?\\n][”’]?\\s*)([\\u4e00-\\u9fff]{2,3}?)${FLOOR}`, 'g');
const FLOOR_POSTED = new RegExp(`(?:^|[。！？!?\\n][”’]?\\s*)${ROLE}([\\u4e00-\\u9fff]{2,3}?)${FLOOR}`, 'g');

/** `我常说：`, `他们说，`: segmentation may take a pronoun and an adverb for a rare name. */
const PRONOUN = /^[我你您他她它咱]|们/;

export function narratedNames(folded: string): string[] {
  const out = new Set<string>();
  // `周总理说，`: a leader of the alias table is found under the table's name already.
  for (const m of [...folded.matchAll(OPENING), ...folded.matchAll(AFTER_CLAUSE), ...folded.matchAll(FLOOR_OPENING)])
    if (!PRONOUN.test(m[1]!) && !speakersIn(m[1]!).length && (isPersonName(m[1]!) || surnameAndGivenName(m[1]!)))
      out.add(m[1]!);
  for (const m of [
    ...folded.matchAll(POSTED),
    ...folded.matchAll(FLOOR_POSTED),
    ...folded.matchAll(POSTED_AFTER_QUOTE),
  ])
    if (!speakersIn(m[1]!).length && isBylineName(m[1]!)) out.add(m[1]!);
  return [...out];
}
