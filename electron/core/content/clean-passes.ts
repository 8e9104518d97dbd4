// Passes of cleaning over the whole text (after the line rules of clean.ts): a title or salutation
// run into the first paragraph, paragraphs a page repeats, and a press release's closing lines.
import { foldForSearch } from '../text/normalize.js';
import { classRemover } from '../text/strip-class.js';
import { isProse } from '../text/line-repair.js';
import { findDate } from './dates.js';
import { GramSet } from '../text/regex-literals.js';
import { chromeReason, RELATED_HEADING as RELATED_BLOCK, RELEASE_DATE } from './formats/page-chrome.js';
import type { CleanHints } from './clean.js';
import type { CleanReport } from './types.js';

const RELATED_HEADING = /^(相关文章|相關文章|相关阅读|相關閱讀|相关新闻|相關新聞)\s*$/;

const stripSpacesAndPunctuation = classRemover('[\\s\\p{P}]');
function foldKey(text: string): string {
  return stripSpacesAndPunctuation(foldForSearch(text));
}

/** `标题 同志们: 正文` and `一、小标题 正文` on one line → separate lines; drops a repeated title. */
export function splitLeadingParts(lines: string[], report: CleanReport): string[] {
  const out: string[] = [];
  for (let line of lines) {
    const prev = out[out.length - 1];
    if (prev && prev.length >= 6 && line.startsWith(prev + ' ')) {
      report.removed.push({ reason: '重复标题', text: prev });
      line = line.slice(prev.length).trimStart();
    }
    const salute = /^(同志们|各位代表|各位委员|同志們|各位代表們)[:：!！]\s*/.exec(line);
    if (salute && line.length > salute[0].length) {
      out.push(salute[0].trim());
      line = line.slice(salute[0].length);
    }
    const heading = /^([一二三四五六七八九十]+、[^。！？\s]{2,40}) (?=\S)/.exec(line);
    if (heading) {
      out.push(heading[1]!);
      line = line.slice(heading[0].length);
    }
    out.push(line);
  }
  return out;
}

/** Drops paragraphs already seen (a page repeating its article under 相關文章). */
export function dropRepeats(lines: string[], report: CleanReport): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of lines) {
    // (Folding keeps the length and the key drops characters: a shorter line's key is shorter still.)
    if (line.length < 20) {
      out.push(line);
      continue;
    }
    const key = foldKey(line);
    if (key.length >= 20 && seen.has(key)) {
      report.removed.push({ reason: '重复段落', text: line.slice(0, 80) });
      continue;
    }
    if (key.length >= 20) seen.add(key);
    out.push(line);
  }
  // A 相关文章 heading left with nothing new after it is boilerplate too.
  const result: string[] = [];
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!;
    if (RELATED_HEADING.test(line)) {
      report.removed.push({ reason: '相关文章', text: line });
      continue;
    }
    result.push(line);
  }
  return result;
}

/** A press release's closing lines copied with it (`完` / `2023年6月5日（星期一）` / `香港時間16時30分`):
 * they leave the text, and the date, certain when its weekday agrees, is the day it went out. */
export function releaseTail(kept: string[], hints: CleanHints, report: CleanReport): void {
  let end = kept.length;
  const tail: string[] = [];
  while (end > 0) {
    const line = kept[end - 1]!;
    const reason = line ? chromeReason(line) : null;
    if (line && !RELEASE_DATE.test(line) && reason !== '结束标记' && reason !== '发稿时间') break;
    if (line) tail.unshift(line);
    end--;
  }
  // Something must stay, and a lone 完 or time is not enough to call the end a release's.
  if (end === 0 || !tail.some((l) => RELEASE_DATE.test(l))) return;
  for (const line of kept.splice(end)) if (line) report.removed.push({ reason: '发稿时间', text: line });
  hints.date ??= findDate(tail.find((l) => RELEASE_DATE.test(l))!) ?? undefined;
}

/** A page's related or ranking list copied after its text (`往期推荐`, `热门排行`, then headlines): the heading
 * and the lines after it go when each of those is a short line with no sentence in it, as a list's titles are. */
export function dropRelatedTail(kept: string[], report: CleanReport): void {
  // Folding is one unit for one, so each line's folded key is a part of the whole text's: where the whole holds
  // none of the headings' words, no line is one (regex-literals.ts), and no line is folded alone.
  if (!new GramSet(foldForSearch(kept.join('\n')).replace(/\s+/g, '')).mayMatch(RELATED_BLOCK)) return;
  const at = kept.findLastIndex((l) => RELATED_BLOCK.test(foldForSearch(l).replace(/\s+/g, '')));
  if (at < 1 || !kept.slice(0, at).some(isProse)) return;
  const after = kept.slice(at + 1).filter(Boolean);
  if (after.length > 12 || after.some((l) => l.length > 40 || /[。！？]/.test(l))) return;
  for (const line of kept.splice(at)) if (line) report.removed.push({ reason: '相关文章', text: line });
}

const PRINTER_MARK = /^[\u4e00-\u9fff（）()]{2,30}(?:翻印|印制|编印|复印)$/;

/** Text copied out of a printed file: a short line met beside page numbers twice or more (the printer's
 * `……翻印` or a running title above `第 1 页 共 2 页`) is the page's header or footer, not the text.
 * `marks` are the places in `kept` where page numbers were taken out. */
export function dropRunningLines(kept: string[], marks: number[], report: CleanReport): void {
  const beside = new Map<string, number[]>();
  const note = (i: number) => {
    const line = kept[i];
    if (line === undefined || line.length > 40 || isProse(line)) return;
    const key = foldKey(line);
    if (key) beside.set(key, [...(beside.get(key) ?? []), i]);
  };
  for (const m of marks) {
    let before = m - 1;
    while (before >= 0 && !kept[before]) before--;
    let after = m;
    while (after < kept.length && !kept[after]) after++;
    note(before);
    if (after !== before) note(after);
  }
  for (const at of beside.values()) {
    const places = [...new Set(at)];
    // A printer's mark (`南岭县农业农村局翻印`) is no text even beside one page number (a footer on the
    // last page only).
    if (places.length < 2 && !PRINTER_MARK.test(kept[places[0]!]!)) continue;
    for (const i of places) {
      report.removed.push({ reason: '页眉页脚', text: kept[i]! });
      kept[i] = '';
    }
  }
}

const TOOLBAR_CUT = /^[【[]\s*(?:字体|字號|字号|字體)\s*[:：]?\s*大?$/;
const TOOLBAR_PIECE = /^[【[]?\s*[大中小]?\s*[】\]]?$/;

/** A page's `【字体：大 中 小】` copied with each link on a line of its own (`【字体：`, `大`, `中`, `小`, `】`,
 * or `【字体：大`, `中`, `小】`): the pieces are set back on one line, which the tool-bar rule drops; the
 * lines they took stay empty. */
export function joinCutToolbar(rows: string[]): string[] {
  const out = [...rows];
  for (let i = 0; i < out.length; i++) {
    if (!TOOLBAR_CUT.test(out[i]!.trim())) continue;
    let line = out[i]!.trim();
    let j = i + 1;
    for (; j < Math.min(out.length, i + 12) && !/[】\]]$/.test(line); j++) {
      const piece = out[j]!.trim();
      if (piece && !TOOLBAR_PIECE.test(piece)) break;
      line += piece;
    }
    if (!/大中小[】\]]$/.test(line)) continue;
    out[i] = line;
    for (let k = i + 1; k < j; k++) out[k] = '';
  }
  return out;
}
