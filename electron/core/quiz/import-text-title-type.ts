// A collection whose only heading is its title (应知应会填空题, 党史知识填空题（100题）, 知识竞赛　不定项选择题（每题有
// 一个或多个正确答案）) over numbered items: the title names the items' 题型, as a section heading would, so a 填空's
// bracketed words are read as its blanks' answers (…政治成果是“（ 两个确立 ）”。) and a 不定项 item keyed by one letter
// stays 多选. Only a title above the first item, in a file with no section heading of its own; words in brackets
// elsewhere stay text.
import { ITEM } from './import-text-lines.js';
import { SECTION } from './import-text-sections.js';

/** A title ending in 填空题 or 不定项选择题 (a note in brackets after it allowed), not a sentence. */
const TYPE_TITLE =
  /^[^\s。，；！？]{0,24}(?:　+[^\s。，；！？]{0,24})?(填空|不定项选择?)题?(?:[（(][^()（）]{0,40}[)）])?$/;

export function titleTypeHeading(lines: string[]): string[] {
  const first = lines.findIndex((l) => ITEM.test(l));
  if (first < 1 || lines.some((l) => SECTION.test(l))) return lines;
  const title = lines.slice(0, first).findIndex((l) => TYPE_TITLE.test(l.trim()));
  if (title < 0) return lines;
  const type = TYPE_TITLE.exec(lines[title]!.trim())![1] === '填空' ? '填空题' : '不定项选择题';
  return [...lines.slice(0, title + 1), type, ...lines.slice(title + 1)];
}
