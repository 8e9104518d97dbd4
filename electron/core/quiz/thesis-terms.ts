// 提法 that are whole theses (发展是硬道理, 科学技术是第一生产力, 发展是第一要务, 绿水青山就是金山
// 银山): the Party's set wording, said by every speaker since. A 金句 built on one is remembered by
// it, like a sentence built on a saying: which document, year or speaker it comes from is not this
// text's, and the 金句 is not credited to its speaker (发展是第一要务，产业是发展的根基 is a county
// report's gloss on the 提法, not the county secretary's coinage).
import { lexicon, buildMatcher, entryItem, type TermMatcher } from '../knowledge/lexicon.js';
import { foldForSearch } from '../text/normalize.js';

/** A formulation stating that something is something: 是 (or 就是) between two parts. */
const THESIS = /^[^是]{2,}(?:就|才)?是.{2,}$/;

let matcher: TermMatcher | null = null;
function thesisMatcher(): TermMatcher {
  matcher ??= buildMatcher(
    lexicon()
      .filter((e) => e.category !== '历史提法')
      .map((e) =>
        entryItem(
          e,
          [e.term, ...(e.variants ?? [])].filter((f) => THESIS.test(f)),
        ),
      )
      .filter((e) => e.forms.length > 0),
  );
  return matcher;
}

/** The thesis 提法 a text holds, if any. */
export function thesisIn(text: string): string | null {
  return thesisMatcher().find(foldForSearch(text))[0]?.term ?? null;
}

/** Han characters up to which a one-clause sentence defining a 提法 is its standing definition. */
const DEFINITION_HAN = 18;

/** Whether `text` is one clause defining a 提法 of the lexicon (人民代表大会制度是我国根本的政治制度; 对外开放
 * 是一项长期的基本国策): every report restates the definition in its own words (…是我国的根本政治制度), so
 * which report or year said these words cannot be known. */
export function termDefinition(text: string): boolean {
  const m = /^([^，,；;：:是]{2,10})(?:就)?是[^，,；;：:]{2,}[。！]?$/u.exec(text);
  if (!m || (text.match(/\p{Script=Han}/gu)?.length ?? 0) > DEFINITION_HAN) return false;
  const subject = foldForSearch(m[1]!);
  return lexicon().some((e) => e.category !== '历史提法' && foldForSearch(e.term) === subject);
}
