// A key list of sections each numbered from 1, typed on one answer line (答案：一、1．√　2．×　二、1．√　2．×,
// 参考答案：（一）1．√ 2．× （二）1．√ 2．√, or such a line under 参考答案： alone): read as one key line a
// section, under a 参考答案 heading, as the list is when each section's keys have a line of their own. Only
// where the line is nothing but such pieces, each starting at 1 and numbered on one by one; otherwise it
// stays as typed (the last item's answer).
import { KEY_LIST } from './import-text-key-above.js';
import { ANSWER } from './import-text-lines.js';
import { wordEntries } from './key-list-entries.js';

/** A section's number before its first entry: 一、1．  （一）1．  第一部分 1． */
const ORDINAL_MARK =
  /(?<=^|[\s　])(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+部分[:：]?)(?=[\s　]*\d)/g;

function sectionPieces(rest: string): string[] | null {
  const starts = [...rest.matchAll(ORDINAL_MARK)].map((m) => m.index!);
  if (starts.length < 2 || starts[0] !== 0) return null;
  const pieces = starts.map((s, k) => rest.slice(s, starts[k + 1]).trim());
  for (const piece of pieces) {
    const mark = new RegExp(ORDINAL_MARK.source).exec(piece)!;
    const entries = wordEntries(piece.slice(mark[0].length));
    if (!entries || entries[0]![0] !== 1) return null;
  }
  return pieces;
}

export function splitSectionKeyLines(lines: string[]): string[] {
  return lines.flatMap((line, at) => {
    // The pieces on the heading's line (答案：一、1．√ …), or on the line under a bare 参考答案：.
    if (at > 0 && KEY_LIST.test(lines[at - 1]!.trim())) return sectionPieces(line.trim()) ?? [line];
    const mark = ANSWER.exec(line);
    if (!mark || !/答案/.test(mark[0])) return [line];
    const pieces = sectionPieces(line.slice(mark[0].length).trim());
    return pieces ? ['参考答案', ...pieces] : [line];
  });
}
