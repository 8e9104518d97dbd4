// `他对我说：“……”` in a reporter's story (an article) about one person: the words the one person the story is
// about told its writer are what the interview records, as `告诉记者` — his, not a remark of a story (quote-rank.ts
// `toMe`). In a speech, words told to the speaker stay a remark (round local21); so do they in an article naming
// anyone else, who could be the 他 or whose story it also is (`我跟着何长山和何小松一起巡山。…他对我说`).
import { foldForSearch } from '../text/normalize.js';
import { postedPeople } from './posted-people.js';
import { speakersIn, type OwnName } from './speakers.js';
import type { QuoteCandidate } from './quote-candidate-types.js';

/** 他/她 telling the writer, right before the marks: `他对我说：“`, `临别时，她又笑着对我说：“`. */
const HE_TOLD_ME = /[他她](?!们)(?:又|还|也|常|曾|总)*(?:笑着|[\u4e00-\u9fff]{2}地)?(?:对|跟)我(?:说|讲)道?[：:]\s*“$/;

const nameOf = (o: OwnName) => foldForSearch(typeof o === 'string' ? o : o[1]);

/** Whether framed words said to the writer (`toMe`) are the interview's: an article's, told by 他/她 whom the
 * frames made the one person the text names (`people`: those the frames know; anyone a post names is counted too). */
export function toldWriterBySubject(
  c: QuoteCandidate,
  folded: string,
  whole: string,
  type: string,
  people: readonly OwnName[],
): boolean {
  if (!c.toMe || type !== '文章' || !c.speaker) return false;
  const open = folded.lastIndexOf('“', c.start);
  if (open < 0 || !HE_TOLD_ME.test(folded.slice(Math.max(0, open - 16), open + 1))) return false;
  const him = foldForSearch(c.speaker);
  const same = (n: string) => him.includes(n) || n.includes(him);
  return [...people.map(nameOf), ...postedPeople(whole)].every(same) && speakersIn(whole).every((n) => same(n.name));
}
