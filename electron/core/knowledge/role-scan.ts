// `text.matchAll(re)` for a global pattern that opens on a post (ROLE: up to 24 Han characters or 、, then
// a title word), with the same matches in the same order, but tried only where one can start. The plain
// scan tries ROLE's lazy lead, 25 lengths of it each with ~45 title words, at every character of the
// text; a match can only start within the 24 Han characters (or 、) before a title word, so this finds
// the next title word with a pattern of the title words alone and tries the starts before it, in order.
import { TITLE_WORD } from './post-role.js';

const TITLE = new RegExp(TITLE_WORD, 'g');
const LEAD_MAX = 24;
const sticky = new Map<RegExp, RegExp>();

/** A character ROLE's lead may hold: a Han character or 、. */
const isLead = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || c === 0x3001;

/** The matches of `re` (global, its source opening on ROLE) in `text`, as `text.matchAll(re)` gives them. */
export function roleMatches(text: string, re: RegExp): RegExpExecArray[] {
  let at = sticky.get(re);
  if (!at) sticky.set(re, (at = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  const out: RegExpExecArray[] = [];
  let p = 0;
  while (p < text.length) {
    TITLE.lastIndex = p;
    const title = TITLE.exec(text);
    if (!title) break;
    // No match starts before `from`: its lead would run past a non-lead character or be over 24 long,
    // since no title word comes before this one.
    let from = title.index;
    while (from > p && title.index - from < LEAD_MAX && isLead(text.charCodeAt(from - 1))) from--;
    let m: RegExpExecArray | null = null;
    for (let i = from; i <= title.index && !m; i++) {
      at.lastIndex = i;
      m = at.exec(text);
    }
    if (!m) {
      p = title.index + 1;
      continue;
    }
    out.push(m);
    p = m.index + Math.max(1, m[0].length);
  }
  return out;
}
