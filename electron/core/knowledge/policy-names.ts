// Policy names the reports themselves mark as formulations: a span carried out as a whole (实施科教兴国
// 战略, 坚持独立自主的和平外交政策, 走和平发展道路, 强化就业优先政策) that ends on a policy head at a
// clause's end, in reports of at least two different years. One report's wording of the moment
// (实施粮食最低收购价政策) or a demonstrative (坚持这个方针) is no name; a name repeated across years is.
// Such names feed the 提法 list and timeline only (extract-terms.ts): no question is drawn on them
// (quiz/source.ts) and no 金句 score reads them.
import { isLexiconForm } from './listed-lexicon.js';

const VERB = '(?:坚持|实施|实行|贯彻|落实|奉行|执行|推行|强化|树立|遵循|走)';
/** A carrying-out verb, then the shortest span ending on a policy head before a clause break or a 和. */
const FRAMED = new RegExp(
  `${VERB}[好了上]?(\\p{Script=Han}{2,12}?(?:战略|方针|政策|道路|基本国策))(?=[，,。；;：:、和与及”」）)]|$)`,
  'gu',
);
const HEAD = /(?:战略|方针|政策|道路|基本国策)$/;
/** Whose the line is (党的宗教工作基本方针): the name is what follows, wherever the owner is said. */
const OWNER = /^(?:党和国家的|党的|国家的|我国的|中央的|党在农村的)/;
/** A pointer, a quantifier, an object (对农业的扶持政策) or a second verb's tail (坚持和完善政策) is no
 * name: 这个方针, 各项政策. */
const GENERIC =
  /^(?:[这那该其此]|有关|相关|相应|上述|一系列|对(?![外台])|[和与并及](?:完善|发展|加强|健全|改进|巩固|深化|创新|坚持|落实))|各项|一切|这些/;
/** What the Party opposes is no 提法 (实行侵略政策). */
const OPPOSED = /侵略|扩张|霸权|反动|殖民|掠夺|投降|分裂|绥靖/;
/** A 政策 without a stated character (X的Y政策, X优先政策) names a work area's measures unless it
 * recurs in this many years (对外开放政策, 宗教信仰自由政策). */
const PLAIN_POLICY_YEARS = 4;
/** A plain 政策 listed beside other policies by their area (干部政策、知识分子政策、民族政策: the 1979 report) is
 * one area's policy among the Party's policies, a work area's name, not a formulation. */
const inAreaSeries = (name: string, texts: readonly string[]): boolean => {
  const series = new RegExp(`\\p{Script=Han}{2,6}政策、${name}|${name}、\\p{Script=Han}{2,6}政策`, 'u');
  return texts.some((t) => series.test(t));
};

/** The policy names one folded text carries out, before the library-wide checks. */
export function framedPolicyNames(folded: string): Set<string> {
  const out = new Set<string>();
  for (const m of folded.matchAll(FRAMED)) {
    const said = m[1]!.split(new RegExp(VERB, 'u')).pop()!;
    const span = said.replace(OWNER, '');
    const core = span.replace(HEAD, '').replace(/的/g, '');
    if (core.length < 3 || GENERIC.test(said) || OPPOSED.test(span)) continue;
    // 和平发展道路 is the lexicon's 走和平发展道路 said without its verb.
    if ([said, span, `走${span}`, core, span.replace(HEAD, '')].some(isLexiconForm)) continue;
    out.add(span);
  }
  return out;
}

/** Policy names carried out in reports of at least two different years (`year`: a report's year,
 * or its own key when it has none). */
export function recurringPolicyNames(reports: readonly { year: string; folded: readonly string[] }[]): Set<string> {
  const years = new Map<string, Set<string>>();
  for (const r of reports)
    for (const text of r.folded)
      for (const name of framedPolicyNames(text)) {
        const ys = years.get(name) ?? new Set<string>();
        ys.add(r.year);
        years.set(name, ys);
      }
  const out = new Set<string>();
  const texts = reports.flatMap((r) => r.folded);
  for (const [name, ys] of years) {
    const plain = name.endsWith('政策') && !/的|优先/.test(name);
    if (ys.size >= (plain ? PLAIN_POLICY_YEARS : 2) && !(plain && inAreaSeries(name, texts))) out.add(name);
  }
  return out;
}
