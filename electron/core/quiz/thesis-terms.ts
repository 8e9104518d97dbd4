// 提法 that are whole theses (发展是硬道理, 科学技术是第一生产力, 发展是第一要务, 绿水青山就是金山
// 银山): the Party's set wording, said by every speaker since. A 金句 built on one is remembered by
// it, like a sentence built on a saying: which document, year or speaker it comes from is not this
// text's, and the 金句 is not credited to its speaker (发展是第一要务，产业是发展的根基 is a county
// report's gloss on the 提法, not the county secretary's coinage).
import { lexicon, buildMatcher, type TermMatcher } from '../knowledge/lexicon.js';
import { foldForSearch } from '../text/normalize.js';

/** A formulation stating that something is something: 是 (or 就是) between two parts. */
const THESIS = /^[^是]{2,}(?:就|才)?是.{2,}$/;

let matcher: TermMatcher | null = null;
function thesisMatcher(): TermMatcher {
  matcher ??= buildMatcher(
    lexicon()
      .filter((e) => e.category !== '历史提法')
      .map((e) => ({
        term: e.term,
        forms: [e.term, ...(e.variants ?? [])].filter((f) => THESIS.test(f)),
        ...(e.guard ? { guard: e.guard } : {}),
      }))
      .filter((e) => e.forms.length > 0),
  );
  return matcher;
}

/** The thesis 提法 a text holds, if any. */
export function thesisIn(text: string): string | null {
  return thesisMatcher().find(foldForSearch(text))[0]?.term ?? null;
}
