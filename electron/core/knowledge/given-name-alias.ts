// `国强书记`, `立华同志`: a speech names a colleague by his given name and post. The alias is the
// full name's only when the text names exactly one person with that given name under a post
// (`请县委书记李国强同志讲话`); otherwise (no full name, or two) it names nobody we can credit.
import type { OwnName } from './speakers.js';
import { postedPeople } from './pronoun-speaker.js';

const ALIAS = /([\u4e00-\u9fff]{2})(书记|同志|县长|市长|省长|区长|镇长|主任|部长|局长|主席)/g;

export function givenNameAliases(folded: string, known: readonly string[]): OwnName[] {
  const full = [...new Set([...known, ...postedPeople(folded)])].filter((n) => n.length === 3);
  const out = new Map<string, string>();
  for (const m of folded.matchAll(ALIAS)) {
    const alias = m[0];
    if (out.has(alias)) continue;
    const owners = full.filter((n) => n.slice(1) === m[1]);
    // `李国强同志` itself is the full name, not an alias.
    if (owners.length === 1 && folded[m.index - 1] !== owners[0]![0]) out.set(alias, owners[0]!);
  }
  return [...out].map(([alias, name]) => [alias, name] as const);
}
