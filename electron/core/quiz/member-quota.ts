// A member's own question quota for a 提法 (RUBRIC.md rounds imported60, questions61, questions62): besides the shared
// two per term (generate-terms.ts), a member's import gets one 填空 of it from a sentence of its own. Only a sentence
// about the term — it opens a clause and the clause says what it is, its aim or its place (【群众路线】是党的生命线…,
// 【人民对美好生活的向往】，就是我们的奋斗目标) — never a slot a generic frame takes (在【新征程】上交出优异答卷, 推动【高质量
// 发展】的实际行动, 进入【新时代】，…), a wrapper line (a dateline, an editor's note) or a slogan. Which sentence is fixed by a
// hash of its text alone (not by its position or a draw's salt), so importing another document can only take the pick
// over, never change it: the questions the judged sets' shared documents give stay the same in every draw.
import { hashString } from './rng.js';
import { hanChars } from '../text/normalize.js';
import { hasTurns } from './name-label.js';
import type { SourceDoc, SourceTerm } from './types.js';

/** A local person's reported words (省发展研究中心副主任胡明说，…; 他勉励大家，…): one person's wording, its slot open. */
const REPORTED = /^([^，,。；;：:“”]{1,30}?)(?:说|指出|强调|要求|认为|勉励大家|在审议时说)[，,：:]/;
const CENTRAL = /习近平|总书记|毛泽东|邓小平|党中央|中央/;

/** A line about the text, not a teaching: a dateline, an editor's note, a source line (新华社北京9月6日电…, 编者按：本文摘自…，供…参考). */
const META =
  /^(?:新华社|本报|人民网|新华网|央视网|央广网)[^，,。]{0,16}电|^本报讯|^(?:编者按|编者的话|按语|来源|责任编辑)[：:]|本文(?:摘|选|转|系|根据)|供[^，,。；;]{1,24}参考/;
/** Nothing of the term's clause before it but an opening quotation mark. */
const CLAUSE_OPEN = /(?:^|[，,。；;：:！!？?])[“"]?$/;
/** What the clause says of the term: a copula (是, 就是, 正是, 在于, 意味着), or of its aim, core or place (…的目标是). */
const ABOUT =
  /^[”"]?[，,]?(?:的[^，,。；;是]{0,4}?(?:本质|核心|根本|目标|目的|宗旨|要义|精髓|内涵|关键|重点|地位|意义)[^，,。；;是]{0,6})?[也就正才始终都更仍]{0,2}(?:是(?!否|不是)|在于|意味着)/;
/** A predicate of at least this many Han characters before the clause ends: 没有休止符, 金山银山 are slogans, not statements. */
const MIN_PREDICATE = 5;

/** Whether the sentence is about the term at `at`: it opens a clause that states what it is, its aim or its place. */
export function aboutTerm(fact: string, term: string, at = fact.indexOf(term)): boolean {
  if (at < 0 || META.test(fact) || /[！!]\s*$/.test(fact)) return false;
  if (!CLAUSE_OPEN.test(fact.slice(0, at))) return false;
  const rest = fact.slice(at + term.length);
  const copula = ABOUT.exec(rest);
  if (!copula) return false;
  const predicate = rest.slice(copula[0].length).split(/[，,。；;！!？?、]/)[0] ?? '';
  return hanChars(predicate).length >= MIN_PREDICATE;
}

/** Whether the blank would be the whole of a quotation (正如习近平总书记所说，“____”。): nothing around it to go by. */
const wholeQuote = (fact: string, term: string) =>
  fact.includes(`“${term}”。`) && fact.replace(`“${term}”`, '').length < 20;

/** Whether a member's sentence may take the quota: the member's own words about the term, not the library's, a local
 * voice's or an answer in a page of turns (a spokesman's 【蓝天保卫战】没有休止符 is one person's wording). */
function ownLine(fact: string, term: string, doc: SourceDoc, inLibrary: (han: string) => boolean): boolean {
  const reported = REPORTED.exec(fact);
  if (reported && !CENTRAL.test(reported[1]!)) return false;
  if (hasTurns(doc.paragraphs)) return false;
  return aboutTerm(fact, term) && !wholeQuote(fact, term) && !inLibrary(hanChars(fact));
}

/** The member's occurrences of `term` that may take the quota, in the fixed order they are tried. */
export function memberCandidates(
  term: string,
  occ: readonly SourceTerm[],
  factOf: (t: SourceTerm) => string | null,
  docOf: (t: SourceTerm) => SourceDoc | undefined,
  inLibrary: (han: string) => boolean,
): SourceTerm[] {
  return occ
    .filter((t) => t.docId.startsWith('u:'))
    .map((t) => ({ t, fact: factOf(t) ?? '', doc: docOf(t) }))
    .filter(({ fact, doc }) => fact && doc && ownLine(fact, term, doc, inLibrary))
    .map(({ t, fact, doc }) => ({ t, key: hashString(`${term}\u0001${doc!.title}\u0001${fact}`) }))
    .sort((a, b) => a.key - b.key)
    .map(({ t }) => t);
}
