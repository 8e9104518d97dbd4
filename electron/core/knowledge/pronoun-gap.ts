// `市人大常委会主任蒋文涛在会上说：“……”⏎去年，全市共票决民生实事项目136个。⏎他说，……`: a sentence between the one
// that names the speaker and the next 他/她 that names nobody at all — no name (pronoun-speaker.ts checks), no post,
// no one who reports, speaks or is met — leaves exactly one person the pronoun can be: the one named before it.
import { TITLE_WORD } from './post-role.js';
import { INSTRUCTION } from './continued-words.js';

/** `这一重要论述，为我们…指明了方向。`: a sentence on the words just given, naming nobody, goes on with
 * the one who gave them. */
const BACK_TO_WORDS = /^[”’\s]*这(?:一|些|番|段|句)?(?:重要)?(?:论述|讲话|指示|要求|话|论断)/;

/** Someone unnamed who could be the next 他: a post, or one who reports, speaks, asks or is met; a voice of its own
 * (`中央经济工作会议指出，…`), or the first person of a speech (`这三句话，我们要牢牢记住。`), whose speaker is there too. */
const SOMEONE_THERE = new RegExp(
  `${TITLE_WORD}|同志|先生|女士|汇报|发言|介绍|讲话|致辞|采访|提问|问答|答复|交流|座谈|主持|会见|看望|慰问|陪同|他们|她们|大家|` +
    '[我咱]|指出|强调|表示|提出|认为|要求|说|讲|谈',
);

/** Only a whole sentence is a gap the pronoun reaches across: a line without a sentence's end (`## 二`, `二、基本情况`)
 * is a heading or a label, and a new section may be about someone else. */
const ENDS_SENTENCE = /[。！？!?；;…][”’」』）)\s]*$/;

/** `我陪着他走完了最后一个摊位。`, `我跟着他把…走了一遍。`: the writer going along with 他/她, the one person the page is
 * on; neither is someone new the next 他 could be. So is the writer beside him, in a place of his (`我坐在他的邮车上跑了
 * 一整天。`, `我蹲在他的田头看了一上午。`, `我跟在他身后爬了…`): a thing or a spot of his, never another person of his. */
const WRITER_WITH = new RegExp(
  '^[^我他她]*我(?:(?:跟着|陪着|随着|跟|陪|随|和|与|同)[他她](?!们|人)|[坐蹲站跟走挤待守]?在[他她](?!们|人)' +
    '(?:的[^，,。！？!?他她我]{1,6}?(?:上|里|中|边|旁|前|后|头)|身后|身边|身旁|旁边))(?![^。！？!?]*[他她我])',
);

/** Whether a sentence naming nobody by name (the caller checks) leaves the next 他 with the one before it: an
 * instruction or words on the words just given go on with him; so does a sentence that names nobody else either,
 * after one the pronoun would go back to (`pending`). */
export const goesOn = (pending: string | null, s: string): boolean =>
  INSTRUCTION.test(s) ||
  BACK_TO_WORDS.test(s) ||
  (pending !== null &&
    ENDS_SENTENCE.test(s) &&
    !SOMEONE_THERE.test(WRITER_WITH.test(s) ? s.replace(/[我他她]/g, ' ') : s));

/** `村里谁家有了难处，乡亲们第一个想到的就是他。`, `居民遇到烦心事，最先找的总是她。`, `不少年轻老师来了又走了，他却一直留了
 * 下来。`: a sentence holding the 他/她 the story is on past its start, among people at large — none of them one person
 * (`一位老党员`, `有个老党员`; not `第一个想到的`, `有个头疼脑热`), none speaking, no writer — goes on about that person:
 * its pronoun, or null. (The caller checks that it names nobody by name.) */
export function folkAroundPronoun(s: string): '他' | '她' | null {
  // (Not 其他, 他国, 他乡: no pronoun.)
  const kinds = new Set([...s.matchAll(/(?<![其利排吉])[他她](?![们人国乡日处方])/g)].map((m) => m[0]));
  if (
    kinds.size !== 1 ||
    /(?<!其)[他她]们|[我咱]|(?<![第头])[一这那某](?:位|名|个)|有(?:位|名)|有个(?=[^，,。]{0,6}?(?:人|党员|干部|老[\u4e00-\u9fff]|村民|群众|居民))|说|讲|告诉|表示|问|叮嘱|介绍|汇报|[“”]/.test(
      s,
    )
  )
    return null;
  return [...kinds][0] as '他' | '她';
}
