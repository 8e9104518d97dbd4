// A PDF page's text items (pdf.js getTextContent: str, transform, width) rebuilt into lines with
// their position and font size, so later rules can tell a title (larger type), a page's head and
// foot (fixed positions), a footnote (small type at the bottom) and a paragraph start (indent).
import { unifyRadicals } from '../../text/normalize.js';

/** The part of a pdf.js text item these rules read. */
export interface PdfItem {
  str: string;
  transform: number[];
  width: number;
}

export interface PdfLine {
  text: string;
  /** Left and right ends and baseline, in PDF points (y grows upwards). */
  x: number;
  xEnd: number;
  y: number;
  /** Font size of the line's main type. */
  size: number;
  page: number;
  /** Note marks set small and raised in the line (dropped from its text). */
  marks?: string[];
  /** Where the line's last tab-parted cell starts (a table row: `会议内容` then its cell's first line). */
  cellX?: number;
  /** Where the text before that cell ends (a row of two columns: the left column's line). */
  cellEnd?: number;
}

/** A footnote or endnote mark set small and raised inside a line: `…发展思想①，…`. */
const NOTE_MARK = /^\s*(?:[①-⑳]|\[\d{1,3}\]|〔\d{1,3}〕|\d{1,3}|[ivx]{1,4}|\*{1,3})\s*$/;

const WRAPPED_MARK = /^\s*(?:[①-⑳]|\[\d{1,3}\]|〔\d{1,3}〕|[ivx]{1,4})\s*$/;

const HAN = /[\u2e80-\u2fdf\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/** The space a word processor sets between Chinese and digits (年 10 月) is typesetting, not text;
 * some PDF writers put it into the item's string itself. */
const CJK_DIGIT_SPACE = /(?<=[\u4e00-\u9fff]) (?=\d)|(?<=\d) (?=[\u4e00-\u9fff])/g;

/** A line an OCR layer spaced character by character (`各 街 道 办 事 处 ：`, `好2 0 2 0年`): its spaces are
 * no text. Four or more pieces (split at spaces and at the tab a wide gap became), nine in ten of one or
 * two characters (a digit run joins a character to its neighbour) and most of one, some of them Chinese. */
const SPACED_RUN = /^[^\sA-Za-z](?: [^\sA-Za-z])+$/;
function spaced(text: string): boolean {
  const pieces = text.split(/[ \t]+/);
  if (pieces.length < 4 || !HAN.test(text)) return false;
  // (Some piece is a Chinese character alone or by a digit: a grid's row, `题号 1 2 3 4 5`, keeps its spaces.)
  if (!pieces.some((p) => (p.length === 1 || /[\d\p{P}]/u.test(p)) && HAN.test(p))) return false;
  const short = pieces.filter((p) => [...p].length <= 2).length;
  const single = pieces.filter((p) => [...p].length === 1).length;
  // (Names set apart, `张三 李四 王五 赵六`, are two characters each: words, kept apart.)
  return short >= pieces.length * 0.9 && single >= pieces.length * 0.6;
}
/** A short line, `县 委 ：`, on a page whose OCR layer spaces its lines: two or three characters alone. */
const SHORT_SPACED = /^[^\s\t](?: [^\s\t]){1,2}$/;
/** A spaced line's words: the spaces gone, a wide gap (the ideographic space between an office and a
 * name, `市 长 　 陈 立 新`) one ideographic space. */
const unspace = (text: string) => text.replace(/(?<=\S) (?=\S)/g, '').replace(/\t/g, '\u3000');

/** A number an OCR layer spaced digit by digit before its unit (`1 2 3 万`, `增长 5 . 2 %`): one number, since a
 * unit follows; a grid's row (`1 2 3 4 5`, `题号 1 2 3`) has none and keeps its spaces. (Not `分`: a score row.) */
const SPACED_NUMBER =
  /(?<![\d.．] ?)\d(?: [\d.．])* ?(?:[%％‰](?: (?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]))?|(?=[年月日号万亿千百元角个人项家户倍岁次名件所座吨亩米天周届期批条款位份余多公平斤台套辆艘架种类篇册部]))/g;
const joinNumbers = (text: string) =>
  text.replace(SPACED_NUMBER, (run) => (/ /.test(run) && !/[.．] ?$/.test(run.trim()) ? run.replace(/ /g, '') : run));

const NUMBER_ONLY = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])$/;

const sizeOf = (it: PdfItem) => Math.hypot(it.transform[2] ?? 0, it.transform[3] ?? 0) || 1;

/**
 * Items in the order the page draws them (which keeps a two-column page's columns apart), cut
 * into lines where the baseline moves or the text jumps back to the left. Cells far apart on one
 * line (a table's columns, a head's left and right parts) are joined by a tab.
 */
export function pageLines(items: readonly PdfItem[], page: number, marks: string[]): PdfLine[] {
  const lines: { parts: PdfItem[] }[] = [];
  let cur: PdfItem[] | null = null;
  for (const it of items) {
    if (!it.str || !Array.isArray(it.transform)) continue;
    // pdf.js fills the gap between runs with a space item as wide as the gap: it neither ends
    // nor starts a line.
    if (!it.str.trim()) {
      cur?.push(it);
      continue;
    }
    const last = cur?.findLast((p) => p.str.trim());
    const size = Math.max(sizeOf(it), last ? sizeOf(last) : 0);
    const sameLine =
      last !== undefined &&
      Math.abs((it.transform[5] ?? 0) - (last.transform[5] ?? 0)) < size * 0.6 &&
      (it.transform[4] ?? 0) >= (last.transform[4] ?? 0) + last.width - size * 1.2;
    if (sameLine) cur!.push(it);
    else lines.push({ parts: (cur = [it]) });
  }
  const out: PdfLine[] = [];
  let spacedLines = 0;
  for (const { parts } of lines) {
    const size = Math.max(...parts.map(sizeOf));
    // The line's own type: raised small marks are note marks, not text.
    const own: string[] = [];
    const kept = parts.filter((p) => {
      const mark = sizeOf(p) < size * 0.75 && NOTE_MARK.test(p.str);
      if (mark) own.push(p.str.trim());
      return !mark;
    });
    const main = kept.filter((p) => p.str.trim());
    const prev = out.at(-1);
    // A letter or circled mark that went down alone under a full line (`…一百二十个。` over a small `i`): the mark
    // of the line above. (Not a bare digit: a page number in small type stands alone too.)
    if (prev && main.every((p) => WRAPPED_MARK.test(p.str)) && size < prev.size * 0.75) {
      const mark = main.map((p) => p.str.trim()).join('');
      prev.marks = [...(prev.marks ?? []), mark];
      own.push(mark);
      main.length = 0;
    }
    marks.push(...own);
    if (!main.length) continue;
    let text = '';
    let end = -Infinity;
    let space = false;
    let cellX: number | undefined;
    let cellEnd: number | undefined;
    for (const [i, p] of kept.entries()) {
      if (!p.str.trim()) {
        space = true;
        continue;
      }
      const x = p.transform[4] ?? 0;
      // A space between a Chinese character and a digit or letter is mostly layout (Word's
      // autospace); a real one is wide. Between two Chinese characters it is the text's own.
      const a = text.at(-1) ?? '';
      const b = p.str.trimStart()[0] ?? '';
      const mixed = (HAN.test(a) && /[A-Za-z0-9]/.test(b)) || (/[A-Za-z0-9]/.test(a) && HAN.test(b));
      // After Chinese punctuation or a heading's number (`一、`, `（一）` then Word's tab) no gap is text.
      const tight = /[\u3001-\u3003\uff0c\uff1a\uff1b\uff09]$/.test(text) && !/\t/.test(text.slice(-8));
      if (text && !(tight && (x - end < size * 1.5 || NUMBER_ONLY.test(text))))
        text +=
          x - end > size * 1.5
            ? ((cellX = x), (cellEnd = end), '\t')
            : space && (!mixed || x - end >= size * 0.5)
              ? ' '
              : '';
      // (An OCR layer's run spaced character by character, `2 0 2 0`: its spaces are no text when it holds a
      // Chinese character, touches one or is a day's number; a grid row given as one item, `1 2 3 4 5`, keeps them.)
      const next =
        kept
          .slice(i + 1)
          .find((q) => q.str.trim())
          ?.str.trim() ?? '';
      const glued = HAN.test(p.str) || (!space && HAN.test(text.at(-1) ?? '')) || /^[年月日号]/.test(next);
      text += SPACED_RUN.test(p.str) && glued ? p.str.replace(/ /g, '') : p.str;
      end = Math.max(end, x + p.width);
      space = false;
    }
    // Radical code points (`⼯`, `⽉`) that PDF text layers carry for ordinary characters.
    // and the two-em dash some fonts draw for `——`.
    text = text.replace(/[ \u00a0]*\t[ \u00a0\t]*/g, '\t').trim();
    const ocr = spaced(text);
    if (ocr) spacedLines++;
    text = unifyRadicals(ocr ? unspace(text) : joinNumbers(text))
      .replace(/\u2e3a/g, '——')
      .replace(CJK_DIGIT_SPACE, '');
    const base = main.reduce((a, b) => (sizeOf(b) > sizeOf(a) ? b : a));
    out.push({
      text,
      x: Math.min(...main.map((p) => p.transform[4] ?? 0)),
      xEnd: Math.max(...main.map((p) => (p.transform[4] ?? 0) + p.width)),
      y: base.transform[5] ?? 0,
      size: Math.round(sizeOf(base) * 10) / 10,
      page,
      ...(own.length ? { marks: own } : {}),
      ...(cellX !== undefined && !ocr ? { cellX, cellEnd } : {}),
    });
  }
  // A page whose OCR layer spaced its lines spaced its short ones too.
  if (spacedLines >= 2)
    for (const l of out) if (SHORT_SPACED.test(l.text) && HAN.test(l.text)) l.text = unspace(l.text);
  return out;
}

/** The body's type size: the size most characters are set in. */
export function bodySize(lines: readonly PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(l.size, (chars.get(l.size) ?? 0) + l.text.length);
  let best = 0;
  let n = -1;
  for (const [size, count] of chars)
    if (count > n) {
      best = size;
      n = count;
    }
  return best;
}
