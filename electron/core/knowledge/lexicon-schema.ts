// The shape of content/lexicon/tifa.json. Checked by the unit tests and the tools that edit the
// lexicon, not at run time: the lexicon is compiled into the app and cannot change after a build.
import { z } from 'zod';

const entrySchema = z.strictObject({
  term: z.string().min(2),
  category: z.string().min(2),
  variants: z.array(z.string().min(2)).optional(),
  /** `plan`: a five-year-plan name (十四五), counted only when quoted or followed by 规划/计划/时期….
   * `quoted`: a short slogan that is also an ordinary word (两新, 土特产), counted only in quotes. */
  guard: z.enum(['plan', 'quoted']).optional(),
  firstYear: z.number().int().nullable(),
});
const lexiconSchema = z.looseObject({ entries: z.array(entrySchema) });
export type LexiconEntry = z.infer<typeof entrySchema>;

export function parseLexicon(json: unknown): LexiconEntry[] {
  const entries = lexiconSchema.parse(json).entries;
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.term)) throw new Error(`提法词表中重复的条目：${e.term}`);
    seen.add(e.term);
  }
  return entries;
}
