// Quotations whose speaker the text itself names in a citation frame:
//   习近平总书记（在…上）强调：“……”   /   正如毛泽东同志所说，“……”
//   “……”，习近平总书记强调。         /   …指出了3条经验，其中一条就是“……”
// The name must be the subject of the cue verb standing right at the quotation, with no sentence
// break, clause break or other name between them. Anything else is not a frame: no speaker.
import { unitSet } from '../text/unit-set.js';
import { isPersonName } from './person-name.js';
import { ADDRESSED_BODY, ROLE, SEAT, TOPIC_CLAUSE } from './post-role.js';
import { CUE, NOT_SUBJECT_BEFORE, speakersIn, type NamedSpeaker, type OwnName } from './speakers.js';

export interface FramedQuote {
  /** Offsets of the quoted text (inside the marks) in the paragraph. */
  start: number;
  end: number;
  speaker: string;
}

const PRE_TITLE = '(?:同志|总书记|主席|总理|委员长|先生)?';
/** Whom the words are addressed to (`告诫全党：`, `勉励广大青年：`): the speaker is still the subject. */
// (`勉励基层干部：`, `告诫青年党员：`: a few characters may say which.)
const ADDRESSEE = `(?:我们|大家|全党|全军|全国人民|全体党员|[^，,。！？；“”把向在对为]{0,8}?(?:干部|党员|青年|职工|学员|同志们|负责人|同学们|企业家们?|人员|部门|们|${ADDRESSED_BODY}))`;
const EXHORTED = new RegExp(`(?<=叮嘱|嘱咐|勉励|鼓励|告诫)${ADDRESSEE}(?=[：:，,]\\s*$)`);
// Name … cue (or `表示`, the verb of news reports), then an optional 过/了/道/我们/说 and a colon or
// comma, up to the opening mark. (`他感慨道：`, `他坦言：`, `她打了个比方：`: a 通讯's verbs of saying.)
const PRE_FRAME = new RegExp(
  `^${PRE_TITLE}(?:[^，,。！？；“”]{0,50}?)(?:${CUE}|表示|感慨|坦言|打了?个比方|勉励|鼓励|叮嘱|嘱咐|告诉(?:记者|调研组)|(?<=第一个|率先|首先|抢先)发言(?=[：:]))(?:过|了|道|的那样|${ADDRESSEE}|说|(?<=(?:说|讲|指出|强调))的|(?:这样|这么)?[一这](?:段|句|番)话)*[：:，,]?\\s*$`,
);
// `某某哈哈一笑：“……”`, `她摆摆手：“……”`, `他又来了精神：“……”`, `他笑道：`: in a 通讯, the subject's gesture right before the
// colon frames his words as a verb of saying would; anything between (`指着墙上的标语：`) may be what the marks hold.
export const GESTURE =
  '(?:(?:哈哈|憨憨|呵呵|嘿嘿|微微|淡淡|爽朗地|腼腆地)?一笑|笑了笑|笑道|[摆挥]了?[摆挥]手|点了?点头|摇了?摇头|连连(?:点头|摆手|摇头)|叹了一?口气|一拍大腿|来了精神|摸了?摸(?:后脑勺|头)|眼圈一红)';
const GESTURE_FRAME = new RegExp(`^${PRE_TITLE}(?:又|却|也|便|就|先是|连忙)?${GESTURE}[：:]\\s*$`);
// …指出了3条党建经验，其中一条就是“……”
const PRE_ONE_OF = new RegExp(
  `^${PRE_TITLE}[^。！？；“”]{0,30}?(?:指出|提出)了?[^。！？；“”]{0,20}[，,]其中一[条点项个]就?是[：:]?$`,
);
// ”，习近平总书记强调。 / ”习近平总书记说。 / ”余建国代表说，要让……。 (he goes on in his own words)
// (”邹德顺说，“……”: he goes on in marks; ”…邹德顺这样总结。: how he sums it up.)
const POST_FRAME = new RegExp(
  `^[，,]?\\s*(${PRE_TITLE})(?:在[^，,。！？；“”]{1,30}?[上中时])?[^，,。！？；“”]{0,8}?(?:强调|指出|说|表示|要求|告诉记者|(?:这样|如此)(?:总结|概括))道?(?:[。！？!?]|$|[，,](?=[^“”。！？]{5})|[，,]\\s*(?=“))`,
);
// ”习近平总书记的这句话，…: the words just quoted are his.
// (”毛泽东同志的诗句，…: his poem.)
// (”总书记的嘱托言犹在耳: the words he entrusted; ”这是习近平总书记反复强调的要求。: his.)
// (”这是罗永华常挂在嘴边的一句话。: the words he keeps saying.)
const HIS_WORDS_AFTER = new RegExp(
  `^${PRE_TITLE}(?:的(?:这(?:句|段|番)(?:重要)?(?:话|论述|名言|论断)|(?:这(?:句|首))?诗(?:句|词)|(?:殷殷)?(?:嘱托|教诲))|(?:反复|多次|一再|经常|常|曾经?)?(?:强调|讲|说|指出|提出)过?的(?:一句话|话|要求)[。！!]|(?:经常|常常|常|总)?挂在嘴边的(?:一句)?话[。！!])`,
);
// 会议传达学习了习近平总书记关于调查研究的重要论述：“……”: his writings on a topic, whoever relays them.
const WRITINGS_ON = new RegExp(`^${PRE_TITLE}关于[^，,。！？；“”]{1,30}的(?:重要)?论述[：:]\\s*$`);
// `…研究院副院长、研究员李明说`: someone with a title and a name (not in the table) speaks.
const OTHER_SUBJECT =
  /(?:院长|研究员|教授|主任|部长|局长|厅长|书记|代表|委员|记者|专家|学者|发言人|负责人|院士|所长|会长|社长|主编|作家)([\u4e00-\u9fff]{2,3})(?:说|表示|指出|强调|认为|介绍)/;
const otherSubject = (between: string) => {
  const m = OTHER_SUBJECT.exec(between);
  return !!m && isPersonName(m[1]!);
};
const QUOTE = /“([^“”]{4,600})”/g;
/** `在党的二十大报告中`, `在给…的回信中`: where the subject spoke, right before the cue. */
const WHERE_SPOKEN = new RegExp(`在[^，,。！？；“”]{1,30}?[上中时](?=(?:${CUE}|表示))`);
const CUED_BEFORE = new RegExp(`(?:${CUE}|表示)(?:道)?[：:]\\s*$`);
/** Between the closing mark and a post-frame's name: nothing, or the speaker's own post. */
// (`”来自青山镇的余建国代表说，`, `”代表许丽萍说。`: a session's delegate or member.)
// (`”说起自己三十多年的村干部生涯，坪上村党支部书记邹德顺这样总结。`: what he was asked about may come first.)
const POST_BEFORE_NAME = new RegExp(
  `^”[，,]?\\s*(?:${TOPIC_CLAUSE})?(?:这是|这正是)?(?:${ROLE}|(?:来自[^，,。！？；“”]{2,16}?的)?(?:${SEAT})?)$`,
);
/** `引用习近平总书记的话说：`: another's 话 (not a poem or a saying, whose author may be a third). */
// (`引用老劳模常德胜的话说：`: the title of the one borrowed from may come between; `用蒙志华的话说：`, the writer's.)
const BORROWED_FROM = /(?:引用|援引|引述|借用|^用)(?:[^，,。！？；“”]{0,8}?(?:劳模|英雄|烈士|老党员|老红军))?$/;
// (`谷文昌同志在东山工作时的话说：`: when he said them may come between.)
const WORDS_OF = new RegExp(
  `^(?:${PRE_TITLE}|烈士)(?:在[^，,。！？；“”]{1,20}?[时中上])?的话(?:说|来说)?[：:，,]?\\s*$`,
);
const BORROWED = /引用|援引|借用|化用|引述|转引|用[^，。“”]{0,12}的(?:话|诗句|名言)/;
const SENTENCE_END = unitSet('。！？!?；;');

function sentenceStart(folded: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (SENTENCE_END.has(folded.charCodeAt(i))) return i + 1;
  return 0;
}

/** “马克思、恩格斯说过”: names joined by 、/和/与 right before the cue speak together. */
function jointSpeakers(before: NamedSpeaker[], folded: string): string {
  const names = [before[before.length - 1]!];
  for (let i = before.length - 2; i >= 0; i--) {
    const gap = folded.slice(before[i]!.end, names[0]!.start);
    if (!/^(?:同志)?[、和与及]$/.test(gap)) break;
    names.unshift(before[i]!);
  }
  return [...new Set(names.map((n) => n.name))].join('、');
}

/** Framed quotations in one folded paragraph; `own` are the document's speakers (names);
 * `pronouns`, the 他/她 of the paragraph whose person is certain (pronoun-speaker.ts). */
export function framedQuotes(
  folded: string,
  own: readonly OwnName[] = [],
  pronouns: readonly NamedSpeaker[] = [],
): FramedQuote[] {
  const names = [...speakersIn(folded, own), ...pronouns].sort((a, b) => a.start - b.start);
  const out: FramedQuote[] = [];
  for (const m of folded.matchAll(QUOTE)) {
    const open = m.index;
    const start = open + 1;
    const end = start + m[1]!.length;
    const from = sentenceStart(folded, open);
    // Pre-frame: the last name before the quotation, in the same sentence.
    const before = names.filter((n) => n.start >= from && n.end <= open);
    const last = before[before.length - 1];
    if (last && WRITINGS_ON.test(folded.slice(last.end, open))) {
      out.push({ start, end, speaker: jointSpeakers(before, folded) });
      continue;
    }
    if (last && !NOT_SUBJECT_BEFORE.test(folded.slice(from, last.start))) {
      const between = folded.slice(last.end, open);
      // “列宁领导的苏维埃政府宣布”: after 的 comes the real subject, unless it is the speech itself.
      // (`正如习近平总书记所指出的，“……”`, `像毛主席说的那样，“……”`: what he said, no other subject.)
      const possessive = /的(?!(?:重要)?(?:讲话|论述|文章|指示|批示|信|报告|声明|贺信|谈话|发言))/.test(
        // (`结合自己的工作说：`: what he speaks from, not a subject.)
        between
          // (`总书记说的“……”`: the words he said, right before the marks.)
          .replace(/所(?:说|讲|指出|强调)的|(?:说|讲|指出|强调)的那样|(?:说|讲|指出|强调)的\s*$/, '')
          .replace(/(?:结合|围绕)[^，,。！？；“”]{1,12}?(?=说|表示|谈|指出)/, '')
          // (`叮嘱随行的乡村干部：`: whom he exhorts, not a subject; `拉着老人的手说：`: whose hand he holds.)
          .replace(EXHORTED, '')
          .replace(/拉着[^，,。！？；“”]{1,8}?的手(?=[^，,。！？；“”]{0,4}?说)/, '')
          // (`在党的二十大报告中指出：`: where he spoke; a 的 inside the place names no other subject.)
          .replace(WHERE_SPOKEN, ''),
      );
      // `习近平总书记引用郑板桥的诗句说：“……”`: he quotes someone else's words.
      const borrowed = BORROWED.test(between);
      // `李国强引用习近平总书记的话说：“……”`: the words are the one whose 话 is quoted.
      const wordsOf = BORROWED_FROM.test(folded.slice(from, last.start)) && WORDS_OF.test(between);
      if (wordsOf) {
        out.push({ start, end, speaker: last.name });
        continue;
      }
      if (
        !possessive &&
        !borrowed &&
        !otherSubject(between) &&
        (PRE_FRAME.test(between) || PRE_ONE_OF.test(between) || GESTURE_FRAME.test(between))
      ) {
        out.push({ start, end, speaker: jointSpeakers(before, folded) });
        continue;
      }
    }
    // Post-frame: a name right after the closing mark (or after his post: `”天成物流公司董事长葛秀梅说。`),
    // followed by the cue and the sentence end. Not for words a cue opens (`村民王大山拉着…的手说：“……”黎国栋强调，`):
    // they are the one who 说, named or not, and the name after them opens the next sentence.
    if (CUED_BEFORE.test(folded.slice(from, open))) continue;
    const after = names.find((n) => n.start > end && n.start <= end + 30);
    const rest = after ? folded.slice(after.end) : '';
    if (
      after &&
      POST_BEFORE_NAME.test(folded.slice(end, after.start)) &&
      (POST_FRAME.test(rest) || HIS_WORDS_AFTER.test(rest))
    )
      out.push({ start, end, speaker: after.name });
  }
  return out;
}

/** `我在去年的全会上讲过：“……”`, `这些年我常讲一句话：“……”`: the speaker quoting himself (not `我们常说`,
 * a saying, nor `老支书对我说`, someone else's words to him). */
const SELF_FRAME =
  /^(?:[^，,。！？；;“”]{0,12}[，,])?(?:这些年|这几年|多年来|前些年|过去|以前|去年|曾经)?我(?!们)(?:曾经|曾|多次|反复|一直|常常|经常|常|也|还|再|在[^，,。！？；;“”]{1,24}?[上中时])*(?:讲过|说过|讲|说|强调过|强调)了?(?:一句话|这句话|这样一句话|过一句话)?[：:，,]\s*$/;

/** Quotations in one folded paragraph that the speaker frames as his own words. */
export function selfQuotes(folded: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of folded.matchAll(QUOTE))
    if (SELF_FRAME.test(folded.slice(sentenceStart(folded, m.index), m.index)))
      out.push({ start: m.index + 1, end: m.index + 1 + m[1]!.length });
  return out;
}

// `提出了“精细化服务”的命题`, `“构建人类命运共同体”的倡议`: the marks name a formulation the
// sentence talks about, not words quoted as said, unless the span is a clause of its own
// (`“绿水青山就是金山银山”的理念`).
export const NAMED_AFTER =
  /^(?:的)?(?:重要)?(?:命题|要求|理念|论断|思想|战略|方针|目标|倡议|主张|概念|提法|重大判断|总要求|工作方针)/;
export const CLAUSE = /[，,。；！？]|就是|是|要|必须|才能|不能/;

/** `曾对我说：“`, `告诉我：“`: words said to the speaker himself (not 对我们说, an address to a group). */
export const TOLD_ME = /(?:对|跟|同|和)我(?!们)(?:说|讲)(?:过|道)?[：:，,]?\s*[“「]$|告诉我(?!们)[：:，,]?\s*[“「]$/;
