// 答案： alone on its line and the key on the next (a line break typed after the mark, or a Word
// paper's paragraph): the item's own answer, not a key list's heading. import-text.ts reads the
// lines after this.
import { EXPLAIN, ITEM, itemNumber, PAGE_MARK } from './import-text-lines.js';
import { SECTION } from './import-text-sections.js';
import type { TextItem } from './import-text-types.js';

/** The mark alone: 答案：, 正确答案：, 【答案】 (not 参考答案, which heads a key list). */
const BARE_MARK = /^(?:(?:正确)?答案\s*[:：]|【\s*(?:正确)?答案\s*】)$/;
/** A key that may stand on its own line: short, with no item number (1.C is a key list's entry)
 * and not several groups of letters (CBBAD ACD…, the keys of a section). */
const ONE_KEY = (line: string) =>
  line.length <= 30 &&
  !/^\d{1,4}\s*[.．、:：]/.test(line) &&
  !/^[A-H]+(?:[\s　]+[A-H]+)+$/.test(line) &&
  !ITEM.test(line) &&
  !SECTION.test(line) &&
  !BARE_MARK.test(line);

/** A fraction (2/3) is a page mark only where another line gives the same page count (1/3). */
function pageTotals(lines: string[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const l of lines) {
    const m = /^\d{1,3}\s*[/／]\s*(\d{1,3})$/.exec(l);
    if (m) totals.set(m[1]!, (totals.get(m[1]!) ?? 0) + 1);
  }
  return totals;
}

/** The lines with each bare 答案： joined to the one key under it, where the item the mark is under
 * is followed by the next item (its number one more) or its 解析, or, once the paper has shown it writes keys
 * so, by a heading or the end of the text. */
export function joinBareAnswers(lines: string[]): string[] {
  const totals = pageTotals(lines);
  const page = (l: string) => {
    const m = /^\d{1,3}\s*[/／]\s*(\d{1,3})$/.exec(l);
    return PAGE_MARK.test(l) && (!m || (totals.get(m[1]!) ?? 0) > 1);
  };
  const candidates: { at: number; confirmed: boolean }[] = [];
  let number: number | null = null;
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    const item = ITEM.exec(line);
    if (item) number = itemNumber(item);
    else if (SECTION.test(line)) number = null;
    const key = lines[at + 1];
    if (number === null || !BARE_MARK.test(line) || key === undefined || !ONE_KEY(key) || page(key)) continue;
    let next = at + 2;
    while (next < lines.length && page(lines[next]!)) next++;
    const after = lines[next];
    const following = after === undefined ? null : ITEM.exec(after);
    // 解析： under the key (alone or with its text): an item's own key and its analysis, never a
    // key list's entries.
    if ((following && itemNumber(following) === number + 1) || (after !== undefined && EXPLAIN.test(after)))
      candidates.push({ at, confirmed: true });
    // Before a heading or the end, the line may be a key list's letters (CBCAB, one per item):
    // only words or one sign are certainly this item's own.
    else if (after === undefined || SECTION.test(after))
      candidates.push({ at, confirmed: !/^[A-H√×]{2,}$/.test(key) && !/^[A-H√×]$/.test(key) });
  }
  // Letters or one sign before a heading or the end: only where the paper shows it writes keys so.
  const shown = candidates.some((c) => c.confirmed);
  const join = new Set(candidates.filter((c) => c.confirmed || shown).map((c) => c.at));
  return lines.flatMap((line, at) => (join.has(at - 1) ? [] : join.has(at) ? [`${line}${lines[at + 1]}`] : [line]));
}

/** 答案： alone on its line (not 参考答案, the heading of a key list at the end). */
// 参考答案： alone over a 论述's points is written so as often as 答案：.
export const isBareAnswer = (line: string) => /^(?:参考)?答案\s*[:：]?$/.test(line);

/** Points numbered （1）…（4） under a bare 答案： could be the key list of the section's items only where their
 * numbers are the items' numbers or count them (items 3–5 are never keyed by points 1–4). */
export function couldKeySection(lines: string[], section: TextItem[]): boolean {
  const points = lines.flatMap((l) => /^[（(]?(\d{1,3})[)）.．、]/.exec(l.trim())?.[1] ?? []).map(Number);
  const numbers = section.map((i) => i.number);
  return points.length === numbers.length || points.every((n) => numbers.includes(n));
}
