// `国强书记`, `立华同志`: a speech names a colleague by his given name and post. The alias is the
// full name's only when the text names exactly one person with that given name under a post
// (`请县委书记李国强同志讲话`); otherwise (no full name, or two) it names nobody we can credit.
// `钱市长`, `李书记` (a surname and a post, no unit before them) are likewise the one person the text
// names under that post with that surname (`市长钱卫东`); `市委林书记`, or two 钱 in the text: nobody. A 通讯's `老杨`, in
// marks where it says it calls him so, is the one person it names with that surname; so is `老郑说` right after the
// paragraph named `郑长福`. `县委书记强调指出，` with no name is the one person the text names under that very post.
import type { OwnName } from './speakers.js';
import { postedPeople } from './posted-people.js';
import { SURNAMES } from './byline-name.js';

const ALIAS = /([\u4e00-\u9fff]{2})(书记|同志|县长|市长|省长|区长|镇长|主任|部长|局长|主席)/g;
/** A surname and a post, opening a clause or after a word that introduces a person: not after a unit
 * (`市委林书记` is a 书记 of the 市委, whoever he is) nor inside a given name (`建华书记`). */
const SURNAME_POST =
  /(?<=^|[^\u4e00-\u9fff]|[对向请和与同跟听是由将把被让给])([\u4e00-\u9fff])(书记|县长|市长|省长|区长|镇长|主任|部长|局长)/g;

/** `大伙儿都叫他“老杨”`: a 通讯 calls its subject by 老 and his surname, in marks where it says so. */
// (`守护一方山林的“护林老周”`: a headline may give what he does first.)
const OLD_SURNAME = /“[\u4e00-\u9fff]{0,3}?(老([\u4e00-\u9fff]))”/g;
/** `村民代表郑长福第一个发言，…。老郑说：`: 老 and a surname opening a sentence on his words, in the paragraph that has just
 * named him in full (one person of that surname in the text); `村民代表老韦说` with no full name before names nobody. */
const OLD_SURNAME_SAYS = /(?<=[。！？]”?)(老([\u4e00-\u9fff]))(?=(?:[\u4e00-\u9fff]{2}地|笑着)?(?:说|表示|感慨))/g;

/** `县委书记强调指出，`, `县长在讲话中要求，`: a post with its unit, no name, opening a sentence on his words. */
const POST_SPEAKS =
  /(?<=^|[。！？\n]”?\s*)((?:[省市县区]委|[镇乡]党委)副?书记|副?[省市县区镇乡]长)(?=(?:在[^，,。！？“”]{1,24}?[中上时])?(?:强调指出|强调|指出|要求|表示)[，,：:])/g;

export function givenNameAliases(folded: string, known: readonly string[], title = ''): OwnName[] {
  const full = [...new Set([...known, ...postedPeople(folded)])].filter((n) => n.length === 3);
  const out = new Map<string, string>();
  for (const m of folded.matchAll(ALIAS)) {
    const alias = m[0];
    if (out.has(alias)) continue;
    const owners = full.filter((n) => n.slice(1) === m[1]);
    // `李国强同志` itself is the full name, not an alias.
    if (owners.length === 1 && folded[m.index - 1] !== owners[0]![0]) out.set(alias, owners[0]!);
  }
  for (const m of folded.matchAll(SURNAME_POST)) {
    const [alias, surname, post] = m as unknown as [string, string, string];
    if (out.has(alias) || !SURNAMES.includes(surname)) continue;
    const kin = full.filter((n) => n[0] === surname);
    if (kin.length === 1 && folded.includes(post + kin[0]!)) out.set(alias, kin[0]!);
  }
  for (const m of `${title}\n${folded}`.matchAll(OLD_SURNAME)) {
    const kin = full.filter((n) => n[0] === m[2]);
    if (SURNAMES.includes(m[2]!) && kin.length === 1) out.set(m[1]!, kin[0]!);
  }
  for (const m of folded.matchAll(OLD_SURNAME_SAYS)) {
    const kin = full.filter((n) => n[0] === m[2]);
    const at = kin.length === 1 ? folded.lastIndexOf(kin[0]!, m.index) : -1;
    if (SURNAMES.includes(m[2]!) && at >= 0 && !folded.slice(at, m.index).includes('\n') && !out.has(m[1]!))
      out.set(m[1]!, kin[0]!);
  }
  for (const m of folded.matchAll(POST_SPEAKS)) {
    const owners = full.filter((n) => folded.includes(m[1]! + n));
    // (The post and the name together stay one name: `县委书记梁卫东指出` names him once, not twice.)
    if (owners.length === 1 && !out.has(m[1]!)) out.set(m[1]!, owners[0]!).set(m[1]! + owners[0]!, owners[0]!);
  }
  return [...out].map(([alias, name]) => [alias, name] as const);
}
