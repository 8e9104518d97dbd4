// Rules shared by the .docx and .doc readers for how offices lay out a Word file: a title broken
// over two lines by a manual line break, a title kept outside the body (page header, text box), a
// 目录 made by a TOC field, soft hyphens. The readers hand over lines; these decide what they are.
import { isProse } from '../../text/line-repair.js';
import { dateOnlyLine } from '../dates.js';
import { isByline, SALUTATION } from '../header.js';

/** How the title of a speech or document ends. */
const TITLE_END =
  /(?:讲话|报告|致辞|发言|讲稿|讲话稿|发言稿|发言材料|讲话提纲|党课|通知|意见|办法|决定|规定|方案|通报|批复|公告|通告|细则|纲要|规划|要点|决议|纪要|总结|请示|函|心得体会)(?:[（(][^）)]{1,10}[)）])?$/;
const SENTENCE = /[。！？!?；;]/;

export const SOFT_HYPHEN = /\u00ad/g;

/** A form's row read as one line (.doc cells end on tabs): a short label cell (`会议记录`, `内　　容`)
 * beside a cell of running text. The label stays a line of its own, so the text's first paragraph is not
 * glued to it. */
const LABEL_CELL = /^([\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){1,5})\t+([^\t]*[。！？][^\t]*)\t*$/;
export function splitLabelCell(line: string): string[] {
  const m = LABEL_CELL.exec(line);
  return m ? [m[1]!, m[2]!.trim()] : [line];
}

/**
 * One paragraph whose parts a manual line break (<w:br/>, .doc's \v) separates. A short paragraph
 * without sentences is a title set over two lines: `在全市……工作` + `推进会上的讲话` is one phrase
 * broken for the layout and joins without a space; `真抓实干 久久为功` + `奋力开创……新局面` are
 * parallel phrases, which a headline separates with a space. Body text keeps its lines.
 */
export function joinBroken(parts: string[]): string[] {
  const kept = parts.map((s) => s.trim()).filter(Boolean);
  const whole = kept.join('');
  if (kept.length < 2 || whole.length > 60 || SENTENCE.test(whole)) return kept;
  // A title with its byline or date under it in the same paragraph stays apart.
  if (kept.some((s) => dateOnlyLine(s) || isByline(s))) return kept;
  if (TITLE_END.test(whole) || /^(?:关于|的|上的|在)/.test(kept[1]!) || /(?:关于|在|的|和|与)$/.test(kept[0]!))
    return [whole];
  if (TITLE_END.test(kept[0]!)) return kept;
  return [kept.join(' ')];
}

/** A line shaped like a document or speech title. */
export function isTitleShaped(line: string): boolean {
  const l = line.trim();
  return l.length >= 6 && l.length <= 60 && !SENTENCE.test(l) && TITLE_END.test(l) && !SALUTATION.test(l);
}

const DAY_AFTER = /[（(]\s*(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*[)）]$/;

/**
 * A title kept outside the body (the page header, a text box): taken only when the body itself
 * opens without one (with its salutation, byline, date line or prose) and the outside line is
 * shaped like a title. A running header with a unit's name or a date is never a title.
 */
export function titleOutsideBody(body: readonly string[], outside: readonly string[]): string | null {
  const first = body.find((l) => l.trim())?.trim() ?? '';
  // (A speaker's line may close on its day: `镇党委书记　孙海涛（2025年2月27日）`.)
  const byline = isByline(first.replace(DAY_AFTER, '').trim());
  const opensBare = SALUTATION.test(first) || byline || dateOnlyLine(first) !== null || isProse(first);
  if (!opensBare || isTitleShaped(first)) return null;
  const candidates = [...new Set(outside.map((l) => l.replace(/\s+/g, ' ').trim()).filter(isTitleShaped))];
  return candidates.length === 1 ? candidates[0]! : null;
}

const TOC_HEAD = /^目[\s\u3000]*录$/;
/** A TOC entry as its field result reads in plain text: the heading, a tab or dot leaders, the page. */
const TOC_ENTRY = /^.{2,80}?(?:\t|[.．…·]{3,}|\s{2,})\s*\d{1,4}$/;

const squeezeAll = (s: string) => s.replace(/[\s\u3000]+/g, '');

/**
 * 目录 entries without a 目录 head: a line that reads as an entry (text, tab or leaders, page
 * number) and whose text is a heading further down. Returns their indexes.
 */
export function tocEntries(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  // (Where each line last stands, built only once a line reads as an entry: most texts have none.)
  let later: Map<string, number> | null = null;
  for (let i = 0; i < Math.min(lines.length, 80); i++) {
    const l = lines[i]!.trim().replace(/\t+/g, '\t');
    if (!TOC_ENTRY.test(l)) continue;
    if (!later) {
      later = new Map<string, number>();
      for (let k = 0; k < lines.length; k++) later.set(squeezeAll(lines[k]!), k);
    }
    const text = squeezeAll(l.replace(/(?:\t|[.．…·]{3,}|\s{2,})\s*\d{1,4}$/, ''));
    if ((later.get(text) ?? -1) > i) out.add(i);
  }
  return out;
}

/** Where a 目录 sits in plain lines (its head line and the entries under it), or null. */
export function tocRange(lines: readonly string[]): [number, number] | null {
  const at = lines.slice(0, 40).findIndex((l) => TOC_HEAD.test(l.trim()));
  if (at < 0) return null;
  let end = at + 1;
  while (end < lines.length && TOC_ENTRY.test(lines[end]!.trim().replace(/\t+/g, '\t'))) end++;
  return end === at + 1 ? null : [at, end];
}

/** The lines without their 目录 (a head with its entries, or entries whose headings follow), the lines
 * removed, and the entries (not the head), which tell a 汇编's pieces apart (contents-split.ts). */
export function withoutToc(lines: readonly string[]): {
  lines: string[];
  removed: { reason: string; text: string }[];
  contents: string[];
} {
  const toc = tocRange(lines);
  const entries = tocEntries(lines);
  const removed: { reason: string; text: string }[] = [];
  const contents: string[] = [];
  const kept = lines.filter((text, i) => {
    const out = entries.has(i) || (toc !== null && i >= toc[0] && i < toc[1]);
    if (out) removed.push({ reason: '目录', text });
    if (out && i !== toc?.[0]) contents.push(text);
    return !out;
  });
  return { lines: kept, removed, contents };
}
