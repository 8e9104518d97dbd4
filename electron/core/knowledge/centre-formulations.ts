// Formulations that name what all work turns on, recognised from their shape: a line carried out as the
// centre or the main thread (坚持以提高发展质量和效益为中心, 坚持以推进供给侧结构性改革为主线), and the Party
// centre named by its core (以习近平同志为核心的党中央, 以胡锦涛同志为总书记的党中央). Used so in at least two
// documents; like policy names they feed the 提法 list and timeline only (quiz/source.ts, askable).
import { isLexiconForm } from './listed-lexicon.js';

/** 以X为中心 / 以X为主线 right after a carrying-out verb; X no leader's name (以…同志为核心 is the next shape). */
const CENTRE = /(?:坚持|围绕|贯彻)(以\p{Script=Han}{2,14}?为(?:中心|主线))/gu;
/** The Party centre named by its core or its general secretary: a name of two or three characters. */
const CORE = /以\p{Script=Han}{2,3}同志为(?:核心|总书记)的党中央/gu;
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

/** Centre formulations of the library (each document given as its folded paragraphs) used so in at
 * least two documents. */
export function centreFormulations(docs: readonly (readonly string[])[]): Set<string> {
  const uses = new Map<string, number>();
  for (const doc of docs) {
    const inDoc = new Set(doc.flatMap((text) => [...centreSpans(text)]));
    for (const span of inDoc) uses.set(span, (uses.get(span) ?? 0) + 1);
  }
  return new Set([...uses].filter(([, n]) => n >= CENTRE_DOCS).map(([span]) => span));
}
