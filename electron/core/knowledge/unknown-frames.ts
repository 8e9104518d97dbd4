// Words a speech quotes from someone the name lists do not know, or behind a 他 that is not certain:
// `他说：“吃别人嚼过的馍没味道。”`, `有人劝他歇一歇，他说：“路通了，山里人的心就通了。”`,
// `老支书常对村干部讲：“党员就是一面旗……”`. A 党课 or a 先进事迹报告 is built on such words of a model;
// they are not the speaker's own, and who said them is not certain here: offered with no speaker.
// (Only a cue right before the marks; words said to the speaker — `曾对我说：“` — are a remark of a
// story, and the speaker's own `我说：“` are his.)
import { TOLD_ME } from './quote-frames.js';

/** A cue verb closing the frame right before the quotation: 说, 常说, 还说, 讲, 常讲, 写道, 立下誓言. */
// (`省委书记在全省领导干部会议上指出：“`: a leader named by his post alone, whose words are not certainly anyone's here.)
const CUE_BEFORE = /(?:说|讲|写道|说过|讲过|誓言|指出|强调)[：:]\s*“$/;
/** The speaker himself (`我说：“`, `我在去年的县委全会上讲过：“`), or nobody in particular (`有人说：“`, `有的同志说：“`, `群众说：“`)
 * or words said to him (`拉着我的手说：“`, a remark of a story):
 * an excuse or a view he answers, not a model's words. */
// (`在村民大会上说：“`, `在群众会上讲：“`: the crowd names the meeting where the model spoke, not who spoke.)
const NOT_SOMEONE =
  /(?:我(?!的)|我的手|我们|有人|有的|有些|个别|一些|不少|人们|大家|(?:群众|老百姓|村民)(?!大会|代表|会上|会议|小组)|俗话|古人|常言)[^，,。！？；：:“”]{0,12}(?:说|讲|写道|说过|讲过|指出|强调)[：:]\s*“$/;
/** `张某在忏悔书中写道：“`, `他在悔过材料里说：“`: a convict's confession, read out in a warning lecture as a lesson
 * of what went wrong, is no line to study, whoever wrote it. */
export const CONFESSED = /(?:忏悔|悔过|检讨)[^，,。！？；：:“”]{0,8}(?:写道|说|讲|写|称)[：:，,]?\s*“$/;
/** A whole sentence of one person's, of a 金句's length. */
const WORDS = /^[^“”‘’]{6,60}[。！!]$/;

export interface UnknownFrame {
  start: number;
  end: number;
}

/** Quotations of `folded` framed by a cue with no speaker the frames found (`taken`: their starts). */
export function unknownFrames(folded: string, taken: ReadonlySet<number>): UnknownFrame[] {
  const out: UnknownFrame[] = [];
  for (const m of folded.matchAll(/“([^“”]{6,62})”/g)) {
    const start = m.index + 1;
    const before = folded.slice(Math.max(0, m.index - 24), m.index + 1);
    if (taken.has(start) || !CUE_BEFORE.test(before) || NOT_SOMEONE.test(before) || TOLD_ME.test(before)) continue;
    if (CONFESSED.test(before)) continue;
    if (WORDS.test(m[1]!)) out.push({ start, end: start + m[1]!.length });
  }
  return out;
}
