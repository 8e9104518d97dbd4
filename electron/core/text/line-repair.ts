// Generic whitespace and line-break repair for Chinese text, shared by import and search:
// rejoins words broken across lines or pages and removes layout spaces inside Chinese prose.
// Headings keep their spaces (they separate phrases there, e.g. `建强战斗堡垒 夯实执政之基`).
import { isRecordHead } from './record-head.js';
import { tokenize } from './segment.js';

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_PUNCT = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20“”‘’、，。；：？！…—·';
const HAN_OR_PUNCT = new RegExp(`([${CJK}${CJK_PUNCT},;:"])[ \\t\\u00a0\\u3000]+(?=[${CJK}${CJK_PUNCT}"])`, 'g');
const HAN_DIGIT = new RegExp(`([${CJK}])[ \\t\\u00a0]+(?=\\d)|(\\d)[ \\t\\u00a0]+(?=[${CJK}])`, 'g');
const DIGIT_DIGIT = /(\d) (?=\d(?: \d)* ?[年月日%％])/g;
const SENTENCE_PUNCT = /[，。；？！,;]/;
const TERMINAL_END = /[。！？!?：:；;…”"’）)】》」』]\s*$/;
// A line may continue on the next one when it stops on a character that cannot end a sentence
// (a Han character, a digit, an opening bracket or a comma) and the next one starts mid-sentence.
const HAN_START = new RegExp(`^[${CJK}\\d《》“”‘’（）()、，。；：,.;:%％]`);
const HAN_END = new RegExp(`[${CJK}\\d，、,《“‘（(]$`);
// A numbered section heading (`九、增进民生福祉，提高人民生活品质`) has commas but ends no
// sentence: it stands alone, or its first body sentence would start with the heading.
// (So is an ordinal heading, `第一，进一步稳定和加强农业` / `第四、必须继续坚持…的方针`: set on a line of its
// own, a report's point; a list item in a paragraph goes on to its ； or 。.)
const NUMBERED_HEADING =
  /^(?:(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+[章节部分])[^。！？；!?;]{2,40}|第[一二三四五六七八九十]+[，、][^。！？；!?;：:]{4,60})$/;

/** A line of running text (as opposed to a heading, label or caption). */
export function isProse(line: string): boolean {
  return line.length >= 30 ? SENTENCE_PUNCT.test(line) : /[，。；,;]/.test(line) && line.length >= 12;
}

/** Removes layout spaces inside Chinese prose: `各项 工作` → `各项工作`, `1 9 9 3 年` → `1993年`. */
export function removeInnerSpaces(line: string): string {
  return line
    .replace(DIGIT_DIGIT, '$1')
    .replace(HAN_OR_PUNCT, '$1')
    .replace(HAN_DIGIT, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '');
}

/** Whether a line leaves a quotation open: more “ than ” (a wiki page's emphasis markup sets the
 * quoted words on lines of their own, and the closing mark opens the next line). */
function leavesQuoteOpen(line: string): boolean {
  let open = 0;
  for (const ch of line) open += ch === '“' ? 1 : ch === '”' ? -1 : 0;
  return open > 0;
}

/** A numbered line that is no heading but a paragraph's first printed line: the next line is its short tail,
 * one sentence ending there (`一、各乡镇要严格落实……层层签订责任` + `书，把责任落实到山头地块。`). A heading's
 * text runs on in lines of the page's measure or in a paragraph longer than it. */
function numberedHead(line: string, next: string): boolean {
  return (
    NUMBERED_HEADING.test(line) &&
    line.length >= 16 &&
    next.length < line.length &&
    TERMINAL_END.test(next) &&
    !/[。！？!?；;]/.test(next.replace(TERMINAL_END, ''))
  );
}

/** A running line that stops mid-sentence and goes on in the next. */
const breaksOff = (l: string, next: string) =>
  HAN_END.test(l) && !TERMINAL_END.test(l) && isProse(l) && !NUMBERED_HEADING.test(l) && HAN_START.test(next);

/** The page's measure, when two or more running lines stop mid-sentence within four characters of one
 * length: a numbered line of that length with a comma in it, stopping mid-sentence, is a paragraph's first
 * printed line (`一、各股室要……对能够当场办结的,一律` + `当场办结;……`), not a heading. */
function measureOf(lines: readonly string[]): [number, number] | null {
  const t = lines.map((l) => l.trim());
  const lengths = t.filter((l, i) => breaksOff(l, t[i + 1] ?? '')).map((l) => l.length);
  if (lengths.length < 2) return null;
  const [min, max] = [Math.min(...lengths), Math.max(...lengths)];
  return max - min <= 4 ? [min - 1, max + 1] : null;
}
const fillsMeasure = (l: string, m: [number, number] | null) =>
  m !== null && l.length >= m[0] && l.length <= m[1] && /[，,]/.test(l) && NUMBERED_HEADING.test(l);

/** Whether a word runs on from the end of one line into the next (`…党建经` + `验做法`): a cut, not two paragraphs. */
function wordAcross(before: string, after: string): boolean {
  const tail = before.slice(-6);
  return tokenize(tail + after.slice(0, 6)).some((t) => t.start < tail.length && t.end > tail.length);
}

/** Joins lines broken mid-sentence (by line wraps, page breaks or wiki links) back together. */
export function joinBrokenLines(lines: string[]): string[] {
  const measure = measureOf(lines);
  const out: string[] = [];
  let blank = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      blank = out.length > 0;
      continue;
    }
    const prev = out[out.length - 1];
    // The first lines, each set apart by a blank line and ending no sentence, are the headline
    // and its 引题/副题 (`惠民政策落地快，群众办事更方便`), not a sentence broken at a page join.
    const headline = out.length <= 3 && blank && out.every((l) => l.length <= 60 && !/[。！？!?]/.test(l));
    const continues =
      !headline &&
      prev !== undefined &&
      HAN_END.test(prev) &&
      !TERMINAL_END.test(prev) &&
      ((isProse(prev) && !NUMBERED_HEADING.test(prev)) || numberedHead(prev, line) || fillsMeasure(prev, measure)) &&
      HAN_START.test(line) &&
      // A record's head field (`参加人员：…，…列席指导`) is no sentence cut at its end, nor does one go on in it, unless
      // it fills the printed page's measure (wrapped there).
      !isRecordHead(line) &&
      !(isRecordHead(prev) && !(measure && prev.length >= measure[0])) &&
      // Past the headline, the opening lines set apart by blank lines before any sentence has ended are a
      // commentary's 提要 (`……贡献了中国智慧、中国方案`), each a paragraph of its own, not a sentence cut at a
      // page join (a cut line stopping on a comma or an opening mark, or inside a word, still goes on).
      // (Asked last: it segments the words across the break.)
      !(
        blank &&
        measure === null &&
        out.every((l) => !/[。！？!?]/.test(l)) &&
        !/[，、,《“‘（(]$/.test(prev) &&
        !wordAcross(prev, line)
      );
    blank = false;
    // (毛主席指出：“…和平就是政治。 / ”苏美两个…: a line opening on the closing mark of a quotation
    // the line before left open ends that quotation; no paragraph opens on a closing mark.)
    const closesQuote = line.startsWith('”') && prev !== undefined && leavesQuoteOpen(prev);
    if (prev !== undefined && (closesQuote || continues)) {
      out[out.length - 1] = prev + line;
    } else {
      out.push(line);
    }
  }
  return out;
}

/** Paragraphs that are a printed page's lines (a scan read by OCR into Word, each line a paragraph):
 * at least three running lines (or two of one length in a short text, below) stop mid-sentence with the
 * next one going on, a third of the running lines or more, and those are of one length within four
 * characters (the page's measure). A file whose lines merely end without a full stop (a list, a poem)
 * has no common measure. */
export function printedLines(lines: readonly string[]): boolean {
  const prose = lines.filter((l) => isProse(l.trim()));
  const broken = lines
    .map((l, i) => [l.trim(), (lines[i + 1] ?? '').trim()] as const)
    // (A numbered heading with a comma, `一、加强政治建设，筑牢思想根基`, is a line of its own, as when joining.)
    .filter(
      ([l, next]) =>
        HAN_END.test(l) &&
        !TERMINAL_END.test(l) &&
        ((isProse(l) && !NUMBERED_HEADING.test(l)) || numberedHead(l, next)) &&
        HAN_START.test(next),
    )
    .map(([l]) => l.length);
  if (broken.length >= 3) return broken.length * 3 >= prose.length && Math.max(...broken) - Math.min(...broken) <= 4;
  // A short text (a speech's few paragraphs): two such lines of one length to the character, a full measure
  // (24 or more), are the page's lines too when they are half its running lines.
  return broken.length === 2 && broken[0] === broken[1] && broken[0]! >= 24 && broken.length * 2 >= prose.length;
}

/** Splits an over-long line that uses spaces after sentence ends as paragraph breaks. */
export function splitSpacedParagraphs(line: string): string[] {
  if (line.length < 300) return [line];
  const parts = line.split(/(?<=[。！？!?])[ \t\u3000]+(?=\S)/);
  return parts.length > 1 ? parts : [line];
}
