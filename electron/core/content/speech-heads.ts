// A file holding several speeches (a 讲话汇编, or the secretary's speech and the mayor's summing-up
// of one meeting) is split into one document per speech, so that each has its own title, date and
// speaker, and its 金句 are credited to the one who said them. A speech's head is its title
// (`在……上的讲话`) with its date (`（2024年2月19日）`), byline (`市长　陈志远`) or address to its
// hearers (`同志们：`) on the next lines, or a main title over its occasion line (`——在……上的讲话`).
// Only a file that opens on such a head is split: a speech that mentions another speech in passing
// stays one document. Under a collection's cover a 公文 is a piece too, headed by its title (`关于……的通知`)
// over its addressees (`各乡镇党委：`), and so is an article, by its headline over its 来源 and day or its byline
// and day: the cover says the file is a 汇编 even without a 目录.
import { isProse } from '../text/line-repair.js';
import { headSource } from './contents-split.js';
import { dateOnlyLine } from './dates.js';
import { bylineOf, occasionLine, SALUTATION } from './header.js';
import { DOC_TITLE_END } from './title-patterns.js';
import type { Article } from './split.js';

/** A speech title on a line of its own: ends on 讲话, 致辞, 发言 … (a 节选 or 摘要 mark allowed). */
const SPEECH_TITLE = /(?:讲话|致辞|发言|主持词|报告|党课)(?:要点|摘要|节选|全文)?(?:[（(][^）)]{1,16}[)）])?$/;

function isSpeechTitle(line: string): boolean {
  const t = line.trim();
  return t.length >= 6 && t.length <= 60 && SPEECH_TITLE.test(t) && !/[。！？；]/.test(t) && !isProse(t);
}

/** How a speech addresses its hearers (`同志们：`, `各位代表：`): only a speech opens so. */
const ADDRESS = /^(?:同志们|同志們|各位代表|各位委员|各位来宾|女士们|先生们|朋友们)[^。！？]{0,20}[:：!！]$/;

/** Whether a speech's head starts at line i: its title, then its date, byline or address to its
 * hearers within two lines. */
export function isSpeechHead(lines: readonly string[], i: number): boolean {
  const next = lines.slice(i + 1, i + 3).map((l) => l.trim());
  if (isSpeechTitle(lines[i] ?? ''))
    return next.some((l) => dateOnlyLine(l) !== null || bylineOf(l) !== null || ADDRESS.test(l));
  // A main title over the line that says where the speech was given (`——在……上的讲话`,
  // `（2023年2月16日在……上的讲话）`).
  const t = lines[i]?.trim() ?? '';
  return (
    // (A cover's month over the first speech's title is no main title: `2025年2月`, `某某县委组织部　2022年5月`.)
    !/^[（(]?[\d〇○零一二三四五六七八九十]{4}年/.test(t) &&
    !/[\d〇○零一二三四五六七八九十]{4}年[\d一二三四五六七八九十]{1,2}月$/.test(t) &&
    t.length >= 4 &&
    t.length <= 40 &&
    !/[。！？；，]/.test(t) &&
    !isProse(t) &&
    occasionLine(next[0] ?? '') !== null
  );
}

/** A 公文's head inside a 汇编: its title (`关于……的通知`) over its addressees. */
function isDocumentHead(lines: readonly string[], i: number): boolean {
  const t = lines[i]!.trim();
  const next = lines[i + 1]?.trim() ?? '';
  return /^关于.{4,56}$/.test(t) && DOC_TITLE_END.test(t) && !isProse(t) && next.length <= 40 && SALUTATION.test(next);
}

/** An article's head inside a 汇编: its headline over its `来源：… 日期` line, or over its byline (`文／王立新`,
 * `作者：…`) and day. */
function isArticleHead(lines: readonly string[], i: number): boolean {
  const t = lines[i]!.trim();
  const [a, b] = [lines[i + 1]?.trim() ?? '', lines[i + 2]?.trim() ?? ''];
  if (t.length < 4 || t.length > 40 || /[。！？；，：:]/.test(t) || isProse(t)) return false;
  const dated = (l: string) => /^来源[:：].{2,24}?[\s\u3000]+(.+)$/.exec(l)?.[1];
  return (
    (a.length <= 40 && !!dateOnlyLine(dated(a) ?? '')) ||
    (/^(?:文\s*[／/]|作者[:：])\s*[\u4e00-\u9fff·]{2,12}$/.test(a) && dateOnlyLine(b) !== null)
  );
}

/** A cover's name for a collection (`……领导讲话汇编`, `……讲话材料`, `……讲话选编`, `学习参考`). */
export const COLLECTION = /(?:汇编|彙編|选编|選編|材料|文集|资料|参考)$/;

/** Where the first speech starts after a collection's cover: a few short lines (its name, the compiler, a
 * month), no sentence among them, the first naming a collection; -1 when there is none. */
function afterCover(lines: readonly string[], first: number): number {
  if (!COLLECTION.test(lines[first]!.trim()) || isSpeechTitle(lines[first]!)) return -1;
  for (let i = first + 1; i < Math.min(lines.length, first + 6); i++) {
    if (isSpeechHead(lines, i) || isArticleHead(lines, i)) return i;
    if (isProse(lines[i]!) || lines[i]!.trim().length > 40) return -1;
  }
  return -1;
}

/** Where each speech of a file of speeches starts (line indexes), or [] when the file is not one. A
 * collection's cover before the first speech is left out (each speech is its own document). */
export function speechStarts(lines: readonly string[]): number[] {
  let first = lines.findIndex((l) => l.trim() !== '');
  const covered = first >= 0 && !isSpeechHead(lines, first);
  if (covered) first = afterCover(lines, first);
  if (first < 0) return [];
  const starts = [first];
  let prose = 0;
  for (let i = first + 1; i < lines.length; i++) {
    if (prose >= 2 && (isSpeechHead(lines, i) || (covered && (isDocumentHead(lines, i) || isArticleHead(lines, i))))) {
      starts.push(i);
      prose = 0;
    } else if (isProse(lines[i]!)) prose++;
  }
  return starts.length > 1 ? starts : [];
}

/** A file of speeches as one article per speech, or null when it is not one. A piece whose head names its
 * source (`来源：青岚日报　2024年3月8日`, kept in a 汇编 under its cover) is dated and sourced by that head alone. */
export function speechArticles(lines: readonly string[]): Article[] | null {
  const starts = speechStarts(lines);
  if (!starts.length) return null;
  return starts.map((at, k) => {
    const piece = lines.slice(at, starts[k + 1]);
    const src = headSource(piece);
    if (!src) return { lines: piece, source: null, section: null };
    piece.splice(src.at, 1, ...(src.day ? [src.day] : []));
    return { lines: piece, source: src.source, section: null, own: true };
  });
}

/** A 汇编 under its cover whose pieces start at heads (speeches, 公文, articles): its pieces' `来源：…` lines
 * are theirs, kept for the split as a 目录'd 汇编's are. Read on the file's first lines only. */
export function coveredPieces(text: string): boolean {
  const lines = text.slice(0, 100_000).split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  return first >= 0 && COLLECTION.test(lines[first]!.trim()) && speechStarts(lines).length > 1;
}

/** The speeches of a file whose first title came apart from its text (a Word Title paragraph, a
 * page's <h1>), each with its title as its first line; null when the file is not one of speeches. */
export function speechesUnder(title: string, lines: readonly string[]): Article[] | null {
  return speechArticles([title, ...lines]);
}
