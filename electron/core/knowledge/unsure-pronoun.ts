// Words after a 他/她 the text does not make certain (pronoun-speaker.ts left it unresolved): `黎文斌与区长段志坚一同察看…。
// 他强调，……。……`. The person is one of those the text names, so a sentence going on with his words, offered with no
// speaker, is read as the leading one's: such sentences are not offered at all (round speech59). Nor, under a named
// speaker (a speech's, a turn's), those after a 他 who is someone else (`我和区长段志坚…。他说，…。…`): where his words
// end and the speaker's begin is not certain. Words in marks a speech frames so (`他说：“……”`, a model's:
// unknown-frames.ts) stay nobody's, as round local23 ruled.
import type { NamedSpeaker } from './speakers.js';

/** A sentence opening (after at most a short lead, `会上，`) on 他/她 reporting words. */
const PRONOUN_SAYS = new RegExp(
  '(?:^|[。！？；;]\\s*|[”’]\\s*)(?:[^，,。！？；;“”]{1,12}[，,])?([他她])(?!们|人)(?:还|也|又|进一步|再次|同时)?' +
    '(?:强调|指出|表示|说|认为|要求|谈到|提出|坦言)',
  'g',
);

/** Where the paragraph's first 他/她 reporting words stands whose person is not certain (`resolved`: the pronouns
 * whose person is), or is not `speaker`, the one the sentences are offered under; else the paragraph's length. */
export function unsureWordsFrom(folded: string, resolved: readonly NamedSpeaker[], speaker: string | null): number {
  for (const m of folded.matchAll(PRONOUN_SAYS)) {
    const at = m.index + m[0].lastIndexOf(m[1]!);
    const who = resolved.find((r) => r.start === at)?.name;
    if (!who || (speaker !== null && who !== speaker)) return at;
  }
  return folded.length;
}
