// A meeting report goes on with a person's words after it has named him once in the paragraph:
// `张文斌指出：“乡村要振兴，关键看支部。”要选优配强村党组织书记，……。`, `李强强调，……。要……。` A sentence that
// opens on an instruction without a subject (要, 必须, 务必 …) right after a sentence that ends on that
// person's words is his: the reporter gives no instructions of his own (nor maxims: FOLLOWING_MAXIM).
// The run stops at any other sentence, one naming anybody, one holding a quotation, and after the
// meeting's own words (`会议强调，…` is nobody's, so what follows it is too).
import { reportedClauses, SENTENCE } from './reported-speech.js';
import { speakersIn, type OwnName } from './speakers.js';
import { mayNameUnlistedPerson } from './unlisted-person.js';
import { WHETHER_JUDGED } from './judgement-words.js';

export interface SaidSpan {
  /** Offsets of the words in the folded paragraph. */
  start: number;
  end: number;
  speaker: string;
}

/** An instruction without a subject, or to a whole (`各级领导干部要…`, `各乡镇要…`, `全县各级要…`): the
 * reporter addresses nobody, so after a person's words it is still he who instructs. */
export const INSTRUCTION =
  /^\s*(?:(?:各级|各[县市区乡镇省地级部单]|全[省市县区镇乡]|广大)[^，,。；;“”\s]{0,12}?)?(?:要|必须|务必|坚决|切实)(?!求)/;
const MAX_WORDS = 80;
/** `程远航指出，抓改革就是抓发展…。改革的办法对了，发展的路子就宽了。`: a short couplet whose second clause
 * follows from the first (就/才/便), right after a person's words, goes on with them; a reporter narrates
 * what was done and gives no such maxims of his own (no figures, no meeting or place as its subject). */
// (`发展快一点慢一点，关键看含金量。`: what a thing turns on; `抓实体经济就是抓城市的未来。`: one thing said to be another.)
const FOLLOWING_MAXIM =
  /^\s*(?!会议|会上|会后|与会|全[省市县区镇乡])(?:[^，,。；;：:“”\d]{3,14}[，,](?:[^，,。；;：:“”\d]{0,6}(?:就|才|便)|关键(?:看|在于?))[^，,。；;：:“”\d]{2,12}|[^，,。；;：:“”\d]{3,12}就是[^，,。；;：:“”\d]{3,12})[。！]\s*$/;

/** `马永泉强调，群众的事情，群众最有发言权。治理效果好不好，不看…，而要看…。`: a thing asked whether it is so and
 * judged (WHETHER_JUDGED), or judged by what it is not to be measured on (不看…要看…), right after a person's words,
 * goes on with them: a reporter asks and answers no such question of his own (round local28). */
const FOLLOWING_JUDGEMENT = (text: string): boolean =>
  !/\d/.test(text) &&
  (WHETHER_JUDGED.test(text.trim()) ||
    /^\s*[^，,。；;：:“”]{2,12}[，,]\s*不(?:能只?|只)?看[^，,。；;]{1,16}[，,](?:而|更|还)?要看/.test(text));

export function continuedWords(folded: string, said: readonly SaidSpan[], own: readonly OwnName[]): SaidSpan[] {
  const out: SaidSpan[] = [];
  // `全会指出，正如习近平总书记所强调的，“……”`: words relayed inside the meeting's own report are no
  // person's run (a reporting clause whose subject names nobody).
  const nobody = reportedClauses(folded).filter(
    (c) => !speakersIn(c.subject, own).length && !/^[他她]/.test(c.subject),
  );
  let current: string | null = null;
  for (const m of folded.matchAll(SENTENCE)) {
    const start = m.index;
    const end = start + m[0].length;
    const inside = said.filter((s) => s.start >= start && s.end <= end);
    if (inside.length) {
      // The sentence ends on the words (a closing mark and a stop at most after them).
      const last = inside.reduce((a, b) => (b.end > a.end ? b : a));
      const ownRun = !nobody.some((c) => c.from >= start && c.clauseEnd <= last.start);
      // `王海涛指出，习近平总书记强调：“……”`: one named person relays another's words; who goes on
      // after them is not certain.
      const relayed = speakersIn(folded.slice(start, last.start), own).some((n) => n.name !== last.speaker);
      current = ownRun && !relayed && /^[\s。！？!?”’]*$/.test(folded.slice(last.end, end)) ? last.speaker : null;
      continue;
    }
    const text = m[0];
    const words = text.trimEnd();
    if (
      current &&
      (INSTRUCTION.test(text) || FOLLOWING_MAXIM.test(text) || FOLLOWING_JUDGEMENT(text)) &&
      !/“[^“”]{6,}”|“[^”]*$/.test(text) &&
      words.length <= MAX_WORDS &&
      !speakersIn(text, own).length &&
      !mayNameUnlistedPerson(text)
    ) {
      const lead = text.length - text.trimStart().length;
      out.push({ start: start + lead, end: start + words.length, speaker: current });
      continue;
    }
    current = null;
  }
  return out;
}
