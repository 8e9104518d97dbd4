// The shape of content/lexicon/sayings.json. Checked by the unit tests and the tools that edit
// the list, not at run time: the list is compiled into the app and cannot change after a build.
import * as z from 'zod';

const entrySchema = z.strictObject({
  text: z.string().min(4),
  variants: z.array(z.string().min(4)).optional(),
  /** The person whose words these are; only where certain. */
  speaker: z.string().min(2).optional(),
  /** The classic or poem they come from (`《礼记·中庸》`, `郑燮《竹石》`). */
  work: z.string().min(2).optional(),
  /** An everyday proverb (一分耕耘，一分收获; 磨刀不误砍柴工): nobody's, and nothing to study, so never a 金句. */
  proverb: z.literal(true).optional(),
});
export type Saying = z.infer<typeof entrySchema>;

export function parseSayings(json: unknown): Saying[] {
  const entries = z.strictObject({ entries: z.array(entrySchema) }).parse(json).entries;
  for (const e of entries) if (e.speaker && e.work) throw new Error(`名言条目只能标人或出处之一：${e.text}`);
  return entries;
}
