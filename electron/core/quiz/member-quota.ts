// A member's own question quota for a 提法 (RUBRIC.md rounds imported60, questions61, questions62): besides the shared
// two per term (generate-terms.ts), a member's import gets one 填空 of it from a sentence of its own. Only a sentence
// about the term — it opens a clause and the clause says what it is, its aim or its place (【群众路线】是党的生命线…,
// 【人民对美好生活的向往】，就是我们的奋斗目标) — never a slot a generic frame takes (在【新征程】上交出优异答卷, 推动【高质量
// 发展】的实际行动, 进入【新时代】，…), a wrapper line (a dateline, an editor's note) or a slogan; besides (questions64) an
// item of a quoted series (增强“【四个意识】”、坚定“四个自信”…) and the whole object of 完整准确全面贯彻, 构建 or 实现 (加快构建
// 【新发展格局】。). Which sentence is fixed by a hash of its text alone (not by its position or a draw's salt), so importing
// another document can only take the pick over, never change it: the questions the judged sets' shared documents give
// stay the same in every draw.
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

/** A term whole in quotation marks within a series of short quoted 提法 (深刻领悟“两个确立”的决定性意义，增强“【四个意识】”、
 * 坚定“四个自信”、做到“两个维护”): the formula the document teaches, each slot its own. A lone quoted term (做好“三农”工作,
 * 纠治“四风”, 推行“一件事一次办”) is not: in the judged sets it is as often acceptable or bad as good (questions64). */
function inQuotedSeries(fact: string, term: string, at: number): boolean {
  if (fact[at - 1] !== '“' || fact[at + term.length] !== '”') return false;
  const quoted = fact.match(/“[^“”]{2,8}”/g) ?? [];
  return quoted.length >= 3 && /”、[^“”，,。；;]{0,3}“/.test(fact);
}

/** A term the whole object of 完整准确全面贯彻, 构建 or 实现, closing its clause (完整准确全面贯彻【新发展理念】，…; 加快构建
 * 【新发展格局】。): every such judged question is good. Not 建设, 推进, 推动, 坚持 nor a bare 学习贯彻 (加快建设【现代化产业体系】,
 * 深入推进【依法行政】, 为深入学习贯彻【…思想】 are open slots), nor a term a noun follows (构建【全国统一大市场】、优化营商环境等
 * 改革任务, 在实现【中国梦】的生动实践中). */
const verbObject = (fact: string, term: string, at: number) =>
  /(?:完整、?准确、?全面贯彻|构建|实现)$/.test(fact.slice(0, at)) &&
  /^[”"]?(?:[，,。；;]|$)/.test(fact.slice(at + term.length));

/** Whether the sentence may ask the term: about it (aboutTerm), or it is an item of a quoted series or the whole object
 * of a standard verb. Never a wrapper line or an exclamation. */
export function asksTerm(fact: string, term: string, at = fact.indexOf(term)): boolean {
  if (at < 0 || META.test(fact) || /[！!]\s*$/.test(fact)) return false;
  return aboutTerm(fact, term, at) || inQuotedSeries(fact, term, at) || verbObject(fact, term, at);
}

/** The two wider shapes only in a document of 2012 on (its year, else one its date or title names; or undated): a
 * 1979 report's 实现【四个现代化】， is a historical line, never a study prompt (h25-labelled-set). */
const NEW_ERA = (doc: SourceDoc) => {
  const named = /(1[89]\d\d|20\d\d)年/.exec(`${doc.date ?? ''} ${doc.title}`)?.[1];
  return (doc.year ?? (named ? Number(named) : Infinity)) >= 2012;
};

/** Whether the blank would be the whole of a quotation (正如习近平总书记所说，“____”。): nothing around it to go by. */
const wholeQuote = (fact: string, term: string) =>
  fact.includes(`“${term}”。`) && fact.replace(`“${term}”`, '').length < 20;

/** Whether a member's sentence may take the quota: the member's own words about the term, not the library's, a local
 * voice's or an answer in a page of turns (a spokesman's 【蓝天保卫战】没有休止符 is one person's wording). */
function ownLine(fact: string, term: string, doc: SourceDoc, inLibrary: (han: string) => boolean): boolean {
  const reported = REPORTED.exec(fact);
  if (reported && !CENTRAL.test(reported[1]!)) return false;
  if (hasTurns(doc.paragraphs)) return false;
  const asks = NEW_ERA(doc) ? asksTerm(fact, term) : aboutTerm(fact, term);
  return asks && !wholeQuote(fact, term) && !inLibrary(hanChars(fact));
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
