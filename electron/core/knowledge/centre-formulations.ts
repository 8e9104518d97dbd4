// Formulations that name what all work turns on, recognised from their shape: a line carried out as the
// centre or the main thread (坚持以提高发展质量和效益为中心, 坚持以推进供给侧结构性改革为主线), and the Party
// centre named by its core (以习近平同志为核心的党中央, 以胡锦涛同志为总书记的党中央). Used so in at least two
// documents; like policy names they feed the 提法 list and timeline only (quiz/source.ts, askable). The core's
// shape and a field's part of the thought (习近平经济思想) name a formulation in one text too: an imported
// document lists them without the library (oneTextSpans, read by collectRuleTerms).
import { isLexiconForm } from './listed-lexicon.js';

/** 以X为中心 / 以X为主线 right after a carrying-out verb; X no leader's name (以…同志为核心 is the next shape). */
const CENTRE = /(?:坚持|围绕|贯彻)(以\p{Script=Han}{2,14}?为(?:中心|主线))/gu;
/** The Party centre named by its core or its general secretary: a name of two or three characters. */
const CORE = /以\p{Script=Han}{2,3}同志为(?:核心|总书记)的党中央/gu;
/** 以X为主题，以Y为主线: a theme and a main thread stated together. */
const THEME_THREAD = /(以\p{Script=Han}{2,14}?为主题)[，,]\s*(以\p{Script=Han}{2,14}?为主线)/gu;
/** 习近平经济思想, 习近平强军思想, 习近平文化思想: a part of the thought named by its field (not 总书记/同志's, not
 * a run of several joined by 和/与/及). */
const THOUGHT = /习近平(?!总书记|同志)[^的和与及，、\P{Script=Han}]{2,4}思想/gu;
/** Documents that must use a shape: one report's wording of the moment is no formulation. */
const CENTRE_DOCS = 2;

/** The centre formulations of one folded text. */
export function centreSpans(folded: string): Set<string> {
  const out = new Set<string>();
  if (!folded.includes('为')) return out;
  for (const m of folded.matchAll(CENTRE)) if (!m[1]!.includes('同志') && !isLexiconForm(m[1]!)) out.add(m[1]!);
  for (const m of folded.matchAll(CORE)) out.add(m[0]);
  return out;
}

/** The shapes that name a formulation in any one text: the Party centre by its core, a field's part of the thought. */
export function oneTextSpans(folded: string): string[] {
  return folded.includes('习近平') || folded.includes('同志为')
    ? [...folded.matchAll(CORE), ...folded.matchAll(THOUGHT)].map((m) => m[0])
    : [];
}

/** The theme and main thread one folded text states together (THEME_THREAD), each not the lexicon's already. */
export function themeThreadSpans(folded: string): Set<string> {
  const out = new Set<string>();
  if (!folded.includes('为主题')) return out;
  for (const m of folded.matchAll(THEME_THREAD))
    for (const span of [m[1]!, m[2]!]) if (!span.includes('同志') && !isLexiconForm(span)) out.add(span);
  return out;
}

/** Centre formulations of the library (each document given as its folded paragraphs) used so in at
 * least two documents, and every theme and main thread stated together. */
export function centreFormulations(docs: readonly (readonly string[])[]): Set<string> {
  const uses = new Map<string, number>();
  const paired = new Set<string>();
  for (const doc of docs) {
    const inDoc = new Set(doc.flatMap((text) => [...centreSpans(text)]));
    for (const span of inDoc) uses.set(span, (uses.get(span) ?? 0) + 1);
    for (const text of doc) for (const span of themeThreadSpans(text)) paired.add(span);
  }
  return new Set([...[...uses].filter(([, n]) => n >= CENTRE_DOCS).map(([span]) => span), ...paired]);
}
