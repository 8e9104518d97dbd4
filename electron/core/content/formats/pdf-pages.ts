// Page numbers in a PDF's text layer: the foot (or head) of every page, which would otherwise
// split the sentence running over the page break (`…作为最大的` / `— 2 —` / `政绩，…`).

/** A page number with its marks, safe to drop anywhere: `— 2 —` (公文), `- 2 -`, `第 2 页 共 5 页`. */
export const PAGE_NUMBER_MARKED =
  /^(?:[-－—–·•]\s*\d{1,4}\s*[-－—–·•]|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?)$/;
/** At a page's first or last line, a bare number or `2/5` is its number too. */
const PAGE_NUMBER_EDGE = /^(?:\d{1,4}|\d{1,4}\s*[/／]\s*\d{1,4})$/;

/** The page's text without a page number on its first or last line; `removed` gets the number. */
export function stripPageNumber(page: string, removed: { reason: string; text: string }[]): string {
  const lines = page.split('\n');
  const isNumber = (l: string | undefined) =>
    l !== undefined && (PAGE_NUMBER_MARKED.test(l.trim()) || PAGE_NUMBER_EDGE.test(l.trim()));
  while (lines.length && !lines[lines.length - 1]!.trim()) lines.pop();
  while (lines.length && !lines[0]!.trim()) lines.shift();
  if (lines.length > 1 && isNumber(lines[lines.length - 1]))
    removed.push({ reason: '页码', text: lines.pop()!.trim() });
  if (lines.length > 1 && isNumber(lines[0])) removed.push({ reason: '页码', text: lines.shift()!.trim() });
  return lines.join('\n');
}

/** Running heads and feet: a first or last line that recurs on at least three pages and half of
 * them (`内部资料　注意保存`, a journal's name and issue) is furniture, dropped from every page. */
export function stripRunningLines(pages: string[], removed: { reason: string; text: string }[]): string[] {
  const split = pages.map((p) => p.split('\n'));
  for (const [edge, reason] of [
    [0, '页眉'],
    [-1, '页脚'],
  ] as const) {
    const count = new Map<string, number>();
    for (const lines of split) {
      const line = lines.at(edge)?.trim();
      if (line && lines.length > 1) count.set(line, (count.get(line) ?? 0) + 1);
    }
    for (const [line, n] of count) {
      if (n < 3 || n * 2 < pages.length) continue;
      removed.push({ reason, text: line });
      for (const lines of split)
        if (lines.length > 1 && lines.at(edge)?.trim() === line) lines.splice(edge === 0 ? 0 : lines.length - 1, 1);
    }
  }
  return split.map((lines) => lines.join('\n'));
}
