// The shape of content/lexicon/tifa.json. Checked by the unit tests and the tools that edit the
// lexicon, not at run time: the lexicon is compiled into the app and cannot change after a build.
import * as z from 'zod';

/** Words of a sense guard (sense-guards.ts): one or more characters each, none repeated. */
const words = z
  .array(z.string().min(1))
  .min(1)
  .refine((ws) => new Set(ws).size === ws.length, '重复的词');

const entrySchema = z.strictObject({
  term: z.string().min(2),
  category: z.string().min(2),
  variants: z.array(z.string().min(2)).optional(),
  /** `plan`: a five-year-plan name (十四五), counted only when quoted or followed by 规划/计划/时期….
   * `quoted`: a short slogan that is also an ordinary word (两新, 土特产), counted only in quotes. */
  guard: z.enum(['plan', 'quoted']).optional(),
  /** Followers that give the form another sense (“两新”组织), preceders that make it the tail of
   * another word (平稳增长), words one of which an unquoted occurrence needs nearby (sense-guards.ts). */
  notBefore: words.optional(),
  notAfter: words.optional(),
  near: words.optional(),
  /** Words one of which the document must hold, and words none of which it may hold, for the form to
   * count anywhere in it (双创 is 大众创业万众创新 where the text speaks of 创业; 创文创卫 in a city's). */
  docWith: words.optional(),
  docWithout: words.optional(),
  firstYear: z.number().int().nullable(),
});
const lexiconSchema = z.looseObject({ entries: z.array(entrySchema) });
export type LexiconEntry = z.infer<typeof entrySchema>;
/** An entry of the listing layer (tifa-listed.json): no first year, which the bundle computes. */
const listedSchema = z.looseObject({ entries: z.array(entrySchema.omit({ firstYear: true })) });
export type ListedEntry = Omit<LexiconEntry, 'firstYear'>;

/** The listing layer, checked like the lexicon (listed-lexicon.ts). */
export function parseListedLexicon(json: unknown): ListedEntry[] {
  return checkEntries(listedSchema.parse(json).entries);
}

export function parseLexicon(json: unknown): LexiconEntry[] {
  return checkEntries(lexiconSchema.parse(json).entries);
}

function checkEntries<E extends ListedEntry>(entries: E[]): E[] {
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.term)) throw new Error(`提法词表中重复的条目：${e.term}`);
    seen.add(e.term);
    // A guard word that holds the term itself would exclude the formulation wherever it is written.
    for (const w of [...(e.notBefore ?? []), ...(e.notAfter ?? [])])
      if (w.includes(e.term)) throw new Error(`提法“${e.term}”的排除词含有它自己：${w}`);
  }
  return entries;
}
