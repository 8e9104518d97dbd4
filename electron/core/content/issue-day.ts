// A 期刊's issue stamp with its day of publication (`某某党校学报　2015年第3期　2015年6月15日出版`,
// `《青岚党建》2025年第3期　出版日期：2025年3月10日`), taken off a running head or foot as furniture. The day
// dates a piece that has none of its own (its bracketed day, its 落款 and every other come first:
// metadata.ts), since the file says when the issue came out; an issue number without its day dates nothing.
import { normaliseDate } from './dates.js';
import { COLLECTION } from './speech-heads.js';

const DAY = '((?:19|20)\\d\\d\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)';
const STAMP = new RegExp(`第\\s*\\d{1,4}\\s*期.{0,24}?(?:出版日期\\s*[:：]\\s*${DAY}|${DAY}\\s*出版)`);

/** The issue's day of publication a removed running head or foot gives, or null. */
export function issueDay(removed: readonly { text: string }[]): string | null {
  for (const { text } of removed) {
    const m = STAMP.exec(text);
    if (m) return normaliseDate((m[1] ?? m[2]!).replace(/\s+/g, ''));
  }
  return null;
}

const ISSUE_NUMBER = /第\s*\d{1,4}\s*期/;
const EDITORS = /^[\u4e00-\u9fff（）]{4,24}(?:编印|编|主办|编辑)$/;
const PUBLISHED = new RegExp(`^(?:出版日期\\s*[:：]\\s*${DAY}|${DAY}\\s*出版)$`);

/** A 期刊's cover page opening a file (its name, taken as the title; `2024年第6期（总第126期）`; 主管/主办 lines;
 * `2024年6月15日出版` or `出版日期：…` last): the cover's lines, and its stamp (the issue and its day, read as
 * issueDay reads a running head's), or null. Only a few short lines, no sentence among them. */
export function issueCover(lines: readonly string[]): { lines: string[]; stamp: string } | null {
  let end = lines.slice(0, 6).findIndex((l) => PUBLISHED.test(l.trim()));
  // A cover with no 出版 day, closed by its editors' line (`中共梧岗县委宣传部编`): no day, still no title or
  // text (sites71d). A 汇编's cover is left to the split, which reads it (speech-heads.ts).
  if (end < 1 && !COLLECTION.test(lines[0]?.trim() ?? ''))
    end = lines.slice(0, 6).findIndex((l, i) => i >= 2 && EDITORS.test(l.trim()));
  if (end < 1) return null;
  const cover = lines.slice(0, end + 1);
  const issue = cover.find((l) => ISSUE_NUMBER.test(l));
  if (!issue || cover.some((l) => l.trim().length > 30 || /[。！？；，]/.test(l))) return null;
  return { lines: cover, stamp: `${issue.trim()}　${lines[end]!.trim()}` };
}

/** The file's lines without its 期刊 cover (issueCover), the cover's lines, the `title` read from it (its name) and
 * its stamp put in `removed` (the stamp dates the piece as issueDay reads it); null when the file opens on none.
 * PDFs and Word files (an issue typed in Word: sites71d) share it. */
export function dropIssueCover(
  lines: readonly string[],
  removed: { reason: string; text: string }[],
  title?: string | null,
): string[] | null {
  const cover = issueCover(lines);
  if (!cover) return null;
  removed.push(...[title ?? '', ...cover.lines].filter(Boolean).map((text) => ({ reason: '期刊封面', text })));
  removed.push({ reason: '期刊封面', text: cover.stamp });
  return lines.slice(cover.lines.length);
}
