// A scanned paper run through OCR often comes back with a space between every character
// (党 的 最 高 领 导 机 关 是 （ ） 。, 1 . 题干, A . 选项): the spaces are no text, but the wider
// gaps between options laid side by side are. Only a line spaced so throughout is closed up.

const HAN = String.raw`\u3400-\u9fff`;
// Chinese characters and the full-width marks that sit between them in a stem.
const CLOSE_SIDE = String.raw`[${HAN}\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f“”‘’《》、，。：；？！…—]`;
const SPACED_PAIR = new RegExp(`(?<=[${HAN}]) (?=[${HAN}])`, 'g');
const TIGHT_PAIR = new RegExp(`[${HAN}](?=[${HAN}])`, 'g');
const ONE_SPACE = new RegExp(`(?<=${CLOSE_SIDE}) (?=${CLOSE_SIDE})`, 'g');

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;
/** Spaced throughout: at least `least` characters each one space from the next, and those pairs
 * outnumbering the characters typed together by 3 to 1 (ordinary text, and options parted by a
 * space, stay as typed). */
const spacedOut = (text: string, least: number) => {
  const spaced = count(text, SPACED_PAIR);
  return spaced >= least && spaced >= 3 * count(text, TIGHT_PAIR);
};

/** One line closed up: an empty blank （ ） keeps its space; a number or option letter spaced from
 * its mark (1 . / A .) is closed up too; the wider gaps between options stay. */
function closeUp(line: string): string {
  return line
    .replace(ONE_SPACE, (s, at: number) => (/[（(]/.test(line[at - 1]!) && /[)）]/.test(line[at + 1]!) ? s : ''))
    .replace(/(^|\s)([A-H]|\d{1,3}) ([.．、])(?= ?\S)/g, '$1$2$3')
    .replace(/(?<=^\d{1,3}[.．、]|(?:^|\s)[A-H][.．、]) (?=\S)/g, '');
}

/** The lines with OCR's spaces taken out: every line where the file is spaced throughout (its short
 * lines, 半 年, too), otherwise each line that is spaced throughout on its own. */
export function closeOcrSpaces(lines: string[]): string[] {
  const all = spacedOut(lines.join('\n'), 8);
  return lines.map((l) => (all || spacedOut(l, 4) ? closeUp(l) : l));
}
