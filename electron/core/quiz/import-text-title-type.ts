// A 填空 collection whose only heading is its title (应知应会填空题, 党史知识填空题（100题）) over numbered items
// keyed by the words in their brackets (…政治成果是“（ 两个确立 ）”。): the title names the items' 题型, as a
// section heading would, so the bracketed words are read as the blanks' answers. Only a title above the first
// item, in a file with no section heading of its own; words in brackets elsewhere stay text.
import { ITEM } from './import-text-lines.js';
import { SECTION } from './import-text-sections.js';

/** A title ending in 填空题 (a note in brackets after it allowed), not a sentence. */
const FILL_TITLE = /^[^\s。，；！？]{0,24}填空题?(?:[（(][^()（）]{0,12}[)）])?$/;

export function fillTitleHeading(lines: string[]): string[] {
  const first = lines.findIndex((l) => ITEM.test(l));
  if (first < 1 || lines.some((l) => SECTION.test(l))) return lines;
  const title = lines.slice(0, first).findIndex((l) => FILL_TITLE.test(l.trim()));
  if (title < 0) return lines;
  return [...lines.slice(0, title + 1), '填空题', ...lines.slice(title + 1)];
}
