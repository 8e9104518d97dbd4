// A 汇编 (学习资料汇编, 讲话汇编) opens on a cover and a 目录, then holds its pieces, whose heads
// may be only their titles (a 通知 or a 评论员文章 has no byline, a 节选 often no date). A title
// alone never splits a file (a speech names other speeches); a 目录 does: when every one of its
// entries is found again later, in order, as a line of its own, each such line starts a piece, and
// the cover and the 目录 are left out.
// When an entry is not found, the 目录 is not used at all: splitting at the entries that were
// found would file the missing piece's text (and its 金句) under the piece before it, with that
// piece's title and speaker. The file then goes on as one without a 目录 (split.ts).
import { dateOnlyLine } from './dates.js';
import { bodyKey } from './dedupe.js';
import { isOrganLine } from './official-frame.js';
import type { Article } from './split.js';

/** The 目录 heading, spaced or not (`目　录`, `目 录`), or `目次`. */
const CONTENTS = /^(?:目\s*录|目\s*次)[:：]?$/;
/** Dot leaders and a page number closing an entry: `……1`, `....12`, `\t3`, `  - 5 -`. */
const PAGE = /(?:[.．·…_\-—\s]*(?:[-－]?\s*\d{1,4}\s*[-－]?|[（(]\d{1,4}[)）]))$/;
const LEADERS = /[.．·…_]{2,}|\t| {2,}|\u3000/;
/** Numbering before an entry: `一、`, `1.`, `（一）`, `第一篇`. */
const NUMBERING =
  /^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．]|第[一二三四五六七八九十\d]{1,3}[篇部分章]\s*)\s*/;
/** A chapter or section number opening a heading. */
const SECTION_NUMBER =
  /^(?:第[一二三四五六七八九十百\d]{1,4}[章节编部分篇]|[一二三四五六七八九十\d]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])/;
/** Marks that one side may carry and the other not: `（节选）`, `（摘编）`. */
const EXCERPT = /[（(](?:节选|摘编|摘要|摘录|全文)[)）]$/;

/** A source line under a piece's title: `（来源：求是网）`, `选自《学习时报》`, `《求是》2024年第5期`. */
export const PIECE_SOURCE_LINE =
  /^[（(]?(?:来源|來源|转自|轉自|选自|選自|摘自|原载|原載)[:：]?\s*《?([^》）)]{2,30}?)》?[)）]?$/;
const JOURNAL_LINE = /^[（(]?《([^》]{2,20})》\s*\d{4}\s*年\s*第\s*\d{1,2}\s*期[)）]?$/;

/** The source a piece's head names (within the two lines under its title), that line, and the day set after
 * the source on it (`来源：青岚日报　2022年3月8日`), which stays as the piece's date line. */
export function headSource(lines: readonly string[]): { source: string; at: number; day: string | null } | null {
  for (let at = 1; at < Math.min(lines.length, 3); at++) {
    const t = lines[at]!.trim();
    const split = /^(.+?)[\s\u3000]+(\S+)$/.exec(t);
    const day = split && dateOnlyLine(split[2]!) ? split[2]! : null;
    const m = PIECE_SOURCE_LINE.exec(day ? split![1]! : t) ?? JOURNAL_LINE.exec(t);
    if (m) return { source: m[1]!.trim(), at, day };
  }
  return null;
}

/** Where the 目录 heading is: among the first lines only, a cover being short. */
const HEAD_LINES = 40;
const MAX_ENTRIES = 80;

/** The folded key of a title line (script, width, spaces and punctuation folded), or '' when the
 * line cannot be a title. */
function titleKey(line: string): string {
  const t = line.trim().replace(NUMBERING, '').replace(EXCERPT, '').trim();
  // A title may hold a comma (`坚定信心，勇毅前行`) but never ends a sentence.
  return t.length >= 4 && t.length <= 60 && !/[。！？!?；;]/.test(t) ? bodyKey(t) : '';
}

/** A 目录 entry without its leaders and page number. */
function entryKey(line: string): string {
  let t = line.trim();
  // Dot leaders end the title: what follows is the page, perhaps after the speaker's name
  // (`在……上的讲话……李明远……1`, `……（6）`).
  const dots = /[.．·…_]{2,}|\t/.exec(t);
  if (dots && dots.index >= 4) return titleKey(t.slice(0, dots.index));
  // A page number counts only after a leader or a gap, so a title ending on a number keeps it.
  const page = PAGE.exec(t);
  if (page && (LEADERS.test(page[0]) || /[.．·…_]$/.test(t.slice(0, page.index)))) t = t.slice(0, page.index);
  t = t.replace(/[.．·…_\s]+$/, '');
  return titleKey(t);
}

/** Whether a 目录 line has its page number after leaders or a gap. */
const paged = (line: string) => {
  const page = PAGE.exec(line.trim());
  return (
    !!page && page[0].trim().length > 0 && (LEADERS.test(page[0]) || /[.．·…_]$/.test(line.trim().slice(0, page.index)))
  );
};
/** A 目录's group head (`一、领导讲话`, `第二部分　文件精神`): a short numbered line without a page
 * number. It heads no piece: the pieces are the entries under it. */
export const contentsGroup = (line: string) =>
  NUMBERING.test(line.trim()) && !paged(line) && line.trim().replace(NUMBERING, '').trim().length <= 12;
const groupHead = (line: string, next: string | undefined) => contentsGroup(line) && !!next && paged(next);

/** The entries of a 目录 at the head of the lines (after its `目录` line), and the index where it
 * ends; null when there is none. */
function contentsAt(lines: readonly string[]): { entries: string[]; end: number } | null {
  const head = lines.slice(0, HEAD_LINES).findIndex((l) => CONTENTS.test(l.replace(/\s+/g, ' ').trim()));
  if (head < 0) return null;
  const entries: string[] = [];
  let i = head + 1;
  for (; i < lines.length && entries.length < MAX_ENTRIES; i++) {
    const line = lines[i]!.trim();
    // A page number the text reader set apart from its entry (a wide gap splits a line).
    if (!line || /^[.．·…_\-—\s]*(?:\d{1,4}|[（(]\d{1,4}[)）])$/.test(line)) continue;
    if (groupHead(line, lines[i + 1])) continue;
    const key = entryKey(line);
    // The 目录 ends where its first entry comes back as the first piece's title, or on prose.
    if (!key || entries.some((e) => spanAt(lines, i, e))) break;
    entries.push(key);
  }
  return { entries, end: i };
}

/** How many lines at i hold the title `entry`: 1, 2 (a long title set in two lines), or 0. */
function spanAt(lines: readonly string[], i: number, entry: string): number {
  const key = titleKey(lines[i]!);
  if (key === entry) return 1;
  if (!key || !entry.startsWith(key) || i + 1 >= lines.length) return 0;
  return titleKey(`${lines[i]!.trim()}${lines[i + 1]!.trim()}`) === entry ? 2 : 0;
}

/** Where the pieces a 目录 lists start (line index and how many lines their titles take), or null.
 * `listed` are 目录 entries the reader already took out of the lines (a Word 目录); else the 目录 is
 * looked for in the lines. */
export function contentsStarts(
  lines: readonly string[],
  listed: readonly string[] = [],
): { at: number; span: number }[] | null {
  const given = listed.map(entryKey).filter(Boolean);
  const found = given.length ? { entries: given, end: 0 } : contentsAt(lines);
  if (!found || found.entries.length < 2) return null;
  const { entries } = found;
  const starts: { at: number; span: number }[] = [];
  for (let i = found.end, k = 0; i < lines.length && k < entries.length; i++) {
    const span = spanAt(lines, i, entries[k]!);
    if (!span) continue;
    // A numbered line (`一、总体要求`, `第一章　总则`) is a section of one document whose own 目录
    // lists its chapters: not a 汇编.
    if (SECTION_NUMBER.test(lines[i]!.trim())) return null;
    starts.push({ at: i, span });
    k++;
    i += span - 1;
  }
  if (starts.length !== entries.length) return null;
  // A title before the first piece that comes back later as a line of its own, at no piece's start,
  // is an entry the list lacks (a 目录 the reader cut short at an entry set in two lines): the last
  // piece found would swallow the ones after it.
  const head = lines.slice(0, starts[0]!.at);
  // A 汇编's cover holds no sentences; text before the first entry's line is a document's own
  // opening, and its 目录 lists its sections.
  if (head.some((l) => /[。！？]$/.test(l.trim()) && l.trim().length >= 20)) return null;
  // (The cover's unit, `中共某某镇委员会`, comes back as a 通知's 落款: an organ's name is no title.)
  const front = new Set(
    head
      .filter((l) => !isOrganLine(l))
      .map(titleKey)
      .filter(Boolean),
  );
  const at = new Set(starts.map((st) => st.at));
  for (let i = starts[0]!.at; i < lines.length; i++) if (!at.has(i) && front.has(titleKey(lines[i]!))) return null;
  return starts;
}

/** A 汇编's pieces as one article each, or null when the file has no 目录 that holds. The cover
 * and the 目录 (the lines before the first piece) are returned apart, to be reported. */
export function contentsArticles(
  lines: readonly string[],
  listed: readonly string[] = [],
): { articles: Article[]; front: string[] } | null {
  const starts = contentsStarts(lines, listed);
  if (!starts) return null;
  const articles = starts.map(({ at, span }, k): Article => {
    const piece = lines.slice(at, starts[k + 1]?.at);
    // A title set in two lines is one title.
    if (span === 2) piece.splice(0, 2, `${piece[0]!.trim()}${piece[1]!.trim()}`);
    const src = headSource(piece);
    if (src) piece.splice(src.at, 1, ...(src.day ? [src.day] : []));
    return { lines: piece, source: src?.source ?? null, section: null, own: true };
  });
  return { articles, front: lines.slice(0, starts[0]!.at).filter((l) => l.trim()) };
}
