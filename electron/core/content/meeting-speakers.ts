// Who gave the speech a meeting report is about. A leader is named by post and name with the verb
// that says he spoke: `市委书记赵志明出席并讲话`, `……出席会议并作重要讲话`, `……作动员讲话`, `……主持并讲话`,
// `……作总结讲话`, `……代表……作工作报告`, and in a 会议报道 also `……在会上强调` / `……强调` (the chair
// named by `主持` alone spoke no text of his own). One speaker only: when two leaders spoke
// (`A出席会议并讲话，B主持会议并讲话`, `A出席会议并讲话。B作工作报告`), or two are the subject of one verb
// (`A，B出席会议并讲话`, `A、B分别讲话`), whose words a line is cannot be told, so the report gets none.
import { foldForSearch } from '../text/normalize.js';
import { isBylineName } from '../knowledge/byline-name.js';
import { ROLE } from './title-patterns.js';

export interface Speaker {
  name: string;
  role: string | null;
}

const NAME = '([\\u4e00-\\u9fff]{2,3}?)(?:同志)?';
/** `代表市委常委会作工作报告`: on whose behalf; `16日上午出席……`: the day, as agency reports put it. */
const ON_BEHALF = '(?:代表[^，。；：,;:]{2,20}?|\\d{1,2}日(?:上午|下午|晚上?)?)?';
/** A speech given: `讲话`, `作重要讲话`, `出席会议并讲话`, `主持并讲话`, `在会上讲话`, `作工作报告`, `致辞`. */
const SPEECH =
  '(?:(?:出席|参加)(?:会议|大会|活动|仪式|开幕式|开班式)?并|主持(?:会议|大会)?并|在(?:会上|大会上|会议上))?' +
  '(?:作了?|做了?|发表了?)?(?:重要|动员|总结|主旨|专题|工作|主题|辅导)?(?:讲话|致辞|报告|动员部署)(?!精神|要点|摘要|全文)';
/** A meeting report's `……在会上强调`, `……主持会议并强调`, `……强调` (only about the meeting reported). */
const STRESS = '(?:在会上|会上|在讲话中|主持(?:会议)?并)?(?:强调|指出)';
const AT = '(?<=^|[，。；：,;:\\s])';
export const SPOKE = new RegExp(`${AT}(${ROLE})${NAME}${ON_BEHALF}(分别)?(?:(${SPEECH})|(${STRESS}))`, 'g');
/** One of these is in every match of SPOKE: its speech's or stress's last word (a unit test reads its literals). */
export const SPOKE_WORDS = /讲话|致辞|报告|动员部署|强调|指出/;
/** The leader just before the one matched, in the same clause: `A，B出席会议并讲话` has two subjects. */
const JOINT = new RegExp(`(${ROLE})[\\u4e00-\\u9fff]{2,3}(?:同志)?[，、,和及与]$`);
/** A post read back over another leader (`县委书记王建国、县长李红梅出席会议并讲话` reads the post
 * `县委书记王建国、县长`; so does `…王建国和县长…`): a part before a `、`/`和` that is a post and a name is
 * a second subject. */
const LEADER = new RegExp(`^(?:${ROLE})([\\u4e00-\\u9fff]{2,3})$`);
const namesAnother = (role: string) =>
  role
    .split(/[、和及与]/)
    .slice(0, -1)
    .some((part) => isBylineName(LEADER.exec(part)?.[1] ?? ''));
/** A post read past the start of a clause: `会议传达学习了市委书记……` is no post. */
const NOT_A_POST = /传达|学习|听取|按照|根据|贯彻|落实/;

interface Found {
  speaker: Speaker;
  /** Named by `强调`/`指出` only (no word of a speech). */
  stressOnly: boolean;
  /** Several leaders are the subject of the verb. */
  joint: boolean;
}

function find(text: string): Found[] {
  const folded = foldForSearch(text);
  const out: Found[] = [];
  // Most leads hold no word of a speech: the long pattern, tried after every comma, is not run there.
  if (!SPOKE_WORDS.test(folded)) return out;
  for (const m of folded.matchAll(SPOKE)) {
    const roleLen = m[1]!.length;
    const name = text.slice(m.index + roleLen, m.index + roleLen + m[2]!.length);
    const role = text.slice(m.index, m.index + roleLen);
    if (NOT_A_POST.test(m[1]!) || !isBylineName(name)) continue;
    const clause = folded
      .slice(0, m.index)
      .split(/[。；！？;!?\n]/)
      .pop()!;
    out.push({
      speaker: { name, role },
      stressOnly: m[5] !== undefined,
      joint: !!m[3] || JOINT.test(clause) || namesAnother(role),
    });
  }
  return out;
}

/**
 * The speaker named in a document's lead (`lead`: its first prose lines), or none when the lead or,
 * for a meeting report, its whole `body` shows more than one leader speaking.
 */
export function leadSpeakers(lead: string, body: string, meetingReport: boolean): Speaker[] {
  const inLead = find(lead).filter((f) => meetingReport || !f.stressOnly);
  if (inLead.length === 0) return [];
  const all = meetingReport ? [...inLead, ...find(body)] : inLead;
  const names = new Set(all.map((f) => foldForSearch(f.speaker.name)));
  if (names.size > 1 || all.some((f) => f.joint)) return [];
  return [inLead[0]!.speaker];
}
