// Everyone a post names in a text (`副省长赵刚`): people the speaker rules must know are there, so
// that a sentence about them is not read as about its one named subject.
import { ROLE } from './post-role.js';
import { isPersonName } from './person-name.js';
import { NAME_SLOT_LONGEST, postedGivenName } from './byline-name.js';
import { speakersIn } from './speakers.js';
import { roleMatches } from './role-scan.js';

/** A post and a name the alias table does not know (`副省长赵刚`). */
export const ROLE_NAME = new RegExp(`(?:${ROLE})(${NAME_SLOT_LONGEST})`, 'g');

/** Everyone a post names in the text (`副省长赵刚`, `董事长黄文博`), in both readings of the name's
 * length: only to tell that a sentence is about someone else too, never to credit. */
// (The quote finder asks it of the same whole text up to four times: the last few answers are kept.)
const postedMemo = new Map<string, readonly string[]>();
export function postedPeople(folded: string): readonly string[] {
  const hit = postedMemo.get(folded);
  if (hit) return hit;
  const out = new Set<string>();
  for (const m of roleMatches(folded, ROLE_NAME)) {
    for (const n of new Set([m[1]!, m[1]!.slice(0, 3), m[1]!.slice(0, 2)]))
      if (isPersonName(n) && !speakersIn(n).length) out.add(n);
    if (postedGivenName(m[1]!, folded) && !speakersIn(m[1]!).length) out.add(m[1]!);
  }
  if (postedMemo.size >= 8) postedMemo.clear();
  const found = Object.freeze([...out]);
  postedMemo.set(folded, found);
  return found;
}
