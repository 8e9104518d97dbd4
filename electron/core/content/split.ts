// Splits a cleaned file holding several articles (a newsletter page) into articles, using
// section labels like 【基层"两会"】 and closing source markers like （浦东观察）; a file of
// speeches into its speeches.
import { isProse } from '../text/line-repair.js';
import type { CleanReport } from './types.js';
import { contentsArticles } from './contents-split.js';
import { speechArticles, speechesUnder } from './speech-heads.js';
import { NUMBERED } from './outline.js';

export interface Article {
  lines: string[];
  /** Source named by a closing marker such as （浦东观察）. */
  source: string | null;
  /** Section label the article appeared under, e.g. 基层"两会". */
  section: string | null;
  /** A 汇编's piece: its date and source come from its own head only, never from the file's
   * (a 来源 line or 发布时间 elsewhere in the file, the cover's date, the file's properties). */
  own?: boolean;
}

const SECTION = /^【([^】]{1,24})】$/;
const END_MARKER = /\s*[（(]([\u4e00-\u9fffA-Za-z]{2,10})[)）]\s*$/;
const NOT_SOURCE = /见|第.版|记者|摄|图|完|待续|电|注/;

/** A 汇编 with a 目录 as its pieces (contents-split.ts), the cover and 目录 reported as removed. */
function compilation(lines: string[], report: CleanReport, contents?: string[]): Article[] | null {
  const found = contentsArticles(lines, contents);
  if (!found) return null;
  if (found.front.length) report.removed.push({ reason: '封面和目录', text: found.front.join(' / ').slice(0, 200) });
  return found.articles;
}

/** A file whose own markup names its first title (a Word Title paragraph): split only when it is
 * a 汇编 with a 目录 or a file of speeches, else null. */
export function splitTitled(
  title: string,
  lines: string[],
  report: CleanReport,
  contents?: string[],
): Article[] | null {
  return compilation([title, ...lines], report, contents) ?? speechesUnder(title, lines);
}

/** `contents`: the 目录 entries the reader took out of the lines (RawSource.contents). */
export function splitArticles(lines: string[], report: CleanReport, contents?: string[]): Article[] {
  const pieces = compilation(lines, report, contents);
  if (pieces) return pieces;
  // A file of speeches: one article per speech (speech-heads.ts).
  const speeches = speechArticles(lines);
  if (speeches) return speeches;
  const articles: Article[] = [];
  let current: Article = { lines: [], source: null, section: null };
  let section: string | null = null;

  // A 讲话提纲 may be all headings and short points, no sentence long enough to read as prose: a
  // whole file of at least three numbered heads at two levels is an outline worth keeping.
  const outlineOnly = (ls: string[]) =>
    ls.filter((l) => NUMBERED.test(l)).length >= 3 &&
    ls.some((l) => /^[一二三四五六七八九十]+、/.test(l)) &&
    ls.some((l) => /^[（(][一二三四五六七八九十]+[)）]|^\d{1,2}[.．、]/.test(l));
  const close = (why: string) => {
    const whole = why === '无正文的片段' && articles.length === 0;
    if (current.lines.some(isProse) || (whole && outlineOnly(current.lines))) articles.push(current);
    else if (current.lines.length) report.removed.push({ reason: why, text: current.lines.join(' / ').slice(0, 200) });
    current = { lines: [], source: null, section };
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const label = SECTION.exec(line);
    // A part of the piece above (`【点评】` after its `【故事】`), its sentences at once with no headline of its
    // own: the piece goes on; a section of a newsletter opens on an article's headline.
    const after = lines[i + 1];
    if (label && current.lines.length && after !== undefined && isProse(after)) continue;
    if (label) {
      close('刊头');
      section = label[1]!;
      current.section = section;
      continue;
    }
    // Only a body (sentences) ends on a source marker: on a headline (`话合作共赢，看发展新机遇（评论）`,
    // `乡村振兴，添了文化底色（美丽乡村）` under its 引题) the brackets name a column.
    let marker = isProse(line) ? END_MARKER.exec(line) : null;
    if (marker && ![...current.lines, line.slice(0, marker.index)].some((l) => /[。！？!?]/.test(l))) marker = null;
    // A piece's first line that asks or exclaims is its headline all the same (`“首店经济”，如何延续开门红？
    // （评论员随笔）`, `冲锋，这里就是战场！（一线抗疫群英谱）`): a body ending on a source has a full stop.
    if (marker && !current.lines.length && marker.index <= 40 && !/[。]/.test(line)) marker = null;
    // A closing source marker ends an article only when a new heading (or the end) follows;
    // inside running text `（讲话全文见第三版）` and the like are just remarks.
    const next = lines[i + 1];
    if (marker && !NOT_SOURCE.test(marker[1]!) && (next === undefined || !isProse(next))) {
      current.lines.push(line.slice(0, marker.index));
      current.source = marker[1]!;
      close('刊头');
      continue;
    }
    current.lines.push(line);
  }
  close('无正文的片段');
  return articles;
}
