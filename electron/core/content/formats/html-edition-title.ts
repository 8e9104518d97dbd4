// A 数字报 page's `<title>` names the paper, and often the edition's day, around the headline:
// `某某日报数字报-标题`, `南岭日报-2026年03月12日-标题`, `标题 - 临江日报 - 2026年03月12日`.
const PAPER = '([\\u4e00-\\u9fff]{2,10}报(?:数字报|数字版|电子版|电子报)?)';
const DAY = '((?:19|20)\\d\\d年\\d{1,2}月\\d{1,2}日)';
const SEP = '\\s*(?:_|\\||｜|-|－|—)\\s*';
const DATED_FIRST = new RegExp(`^${PAPER}${SEP}${DAY}${SEP}(.{4,})$`);
const DATED_LAST = new RegExp(`^(.{4,}?)${SEP}${PAPER}${SEP}${DAY}$`);
const EDITION_FIRST = /^([\u4e00-\u9fff]{2,10}报(?:数字报|数字版|电子版|电子报))\s*(?:_|\||｜|-|－|—)\s*(.{4,})$/;

/** The headline, the paper and the edition's day a 数字报 `<title>` gives, or null. */
export function editionTitle(title: string): { head: string; site: string; edition?: string } | null {
  const last = DATED_LAST.exec(title);
  if (last) return { head: last[1]!, site: last[2]!, edition: last[3]! };
  const first = DATED_FIRST.exec(title);
  if (first) return { head: first[3]!, site: first[1]!, edition: first[2]! };
  const bare = EDITION_FIRST.exec(title);
  return bare ? { head: bare[2]!, site: bare[1]! } : null;
}
