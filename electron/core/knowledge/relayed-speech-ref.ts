// `会上，市委副书记袁晓梅传达了省委书记邵文杰在全省领导干部会议上的讲话精神。讲话指出，……`: a sentence that opens
// on `讲话指出/强调` right after one that relays one named person's speech gives that person's words (the
// relayer's own are none of them). A report relaying two speeches, or none by name, leaves `讲话` unresolved.
import { isBylineName } from './byline-name.js';
import { ROLE } from './post-role.js';
import { SENTENCE } from './reported-speech.js';
import { speakersIn, type NamedSpeaker, type OwnName } from './speakers.js';

/** `讲话指出，`, `讲话中强调：`, `重要讲话要求，` at a sentence's start. */
const SPEECH_OPENS = /^[”’\s]*((?:重要)?讲话)(?=中?(?:指出|强调|要求|提出)[，,：:])/;
/** `传达(学习)了 [post] name [同志] [在……上/时] 的(重要)讲话`: the one speech relayed, and whose. */
const RELAYS = new RegExp(
  `传达(?:学习)?了?(?:${ROLE})?([\\u4e00-\\u9fff]{2,3}?)(?:同志|总书记)?(?:在[^，,。；;“”]{1,40}?[上时中])?的(?:重要)?讲话`,
);
const SPEECHES = /的(?:重要)?讲话/g;

/** The speaker of the one speech a folded sentence relays, or null. */
function relayedSpeaker(s: string, own: readonly OwnName[]): string | null {
  if ((s.match(SPEECHES)?.length ?? 0) !== 1) return null;
  const m = RELAYS.exec(s);
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1]!, '传达'.length);
  // A leader of the table or of the document (`习近平总书记`) is read whole; otherwise a name a post fixes.
  const known = speakersIn(s.slice(at, m.index + m[0].length), own)[0];
  if (known && known.start === 0) return known.name;
  return new RegExp(`(?:${ROLE})${m[1]!}`).test(s) && isBylineName(m[1]!) ? m[1]! : null;
}

/** Per paragraph (folded text; null for a heading, which breaks the chain), each `讲话` that opens a
 * sentence after a relayed speech, as the person whose speech it is. */
export function speechReferences(paragraphs: readonly (string | null)[], own: readonly OwnName[]): NamedSpeaker[][] {
  if (!paragraphs.some((p) => p !== null && /传达/.test(p))) return paragraphs.map(() => []);
  let relayed: string | null = null;
  return paragraphs.map((folded) => {
    const out: NamedSpeaker[] = [];
    if (folded === null) {
      relayed = null;
      return out;
    }
    for (const m of folded.matchAll(SENTENCE)) {
      const ref = SPEECH_OPENS.exec(m[0]);
      if (ref && relayed) {
        const start = m.index + m[0].indexOf(ref[1]!);
        out.push({ name: relayed, start, end: start + ref[1]!.length });
      }
      // Only the sentence right after the relay: a later `讲话指出` may be another's.
      relayed = ref ? null : relayedSpeaker(m[0], own);
    }
    return out;
  });
}
