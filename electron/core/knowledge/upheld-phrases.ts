// Four-character formulations the reports uphold as a whole, year after year (坚持预防为主, 坚持标本兼治,
// 坚持与邻为善的方针): 坚持 and four Han characters closed by a clause break or 的方针/的原则, in reports of
// at least five different years. The frame is what makes a 四字格 a line rather than a task (坚持 +
// a phrase that ends there), and the years are what make it the Party's set wording rather than one
// report's; a phrase with 的 is an owner and a thing (党的领导, 党的领导人), not a 四字格. Like policy
// names they feed the 提法 list and timeline only (quiz/source.ts).
import { isLexiconForm } from './listed-lexicon.js';

/** 坚持, four Han characters, then a clause break or the 方针/原则 it names. */
const UPHELD = /坚持(\p{Script=Han}{4})(?=[，,。；;、]|的(?:方针|原则))/gu;
/** Report years that must uphold a phrase so: four admits 科学决策, also an ordinary verb phrase (沉着应对、科学决策). */
const UPHELD_YEARS = 5;

/** The four-character phrases one folded text upholds, before the library-wide count. */
export function upheldSpans(folded: string): Set<string> {
  const out = new Set<string>();
  if (!folded.includes('坚持')) return out;
  for (const m of folded.matchAll(UPHELD)) if (!m[1]!.includes('的') && !isLexiconForm(m[1]!)) out.add(m[1]!);
  return out;
}

/** Phrases upheld in reports of at least five different years (`year`: a report's year, or its own key
 * when it has none). */
export function upheldPhrases(reports: readonly { year: string; folded: readonly string[] }[]): Set<string> {
  const years = new Map<string, Set<string>>();
  for (const r of reports)
    for (const text of r.folded)
      for (const span of upheldSpans(text)) {
        const ys = years.get(span) ?? new Set<string>();
        ys.add(r.year);
        years.set(span, ys);
      }
  return new Set([...years].filter(([, ys]) => ys.size >= UPHELD_YEARS).map(([span]) => span));
}
