// Question banks kept as Markdown (题库.md in a Git repository) made into the text the text and table
// readers take: headings, list bullets, quotes and bold marks dropped; answers folded in
// <details><summary>答案</summary> blocks written as 答案：; task lists (- [x] 民主集中制) as lettered
// options keyed by their ticks, as quiz repositories mark the right ones; tables as tab-separated rows.

/** A task-list option: `- [x] text`, `* [ ] B. text`. */
const TASK = /^\s*[-*+]\s+\[([ xX])\]\s+(.*)$/;
const LETTERED = /^[A-HＡ-Ｈ]\s*[.．、:：)）]/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?[\s:|-]*-{3,}[\s:|-]*\|?\s*$/;

/** <details><summary>查看答案</summary>B</details>: the folded text, marked 答案： where the summary
 * says it is the answer and the text does not say so itself. */
function unfold(md: string): string {
  return md.replace(
    /<details>\s*<summary>([^<]*)<\/summary>([\s\S]*?)<\/details>/gi,
    (_, summary: string, body: string) => {
      const text = body.trim();
      const marked = /^(?:【\s*)?(?:正确|参考|标准)?答案/.test(text);
      return `\n${!marked && /答案/.test(summary) ? `答案：${text}` : text}\n`;
    },
  );
}

/** A block of task-list lines as options A．… and, where any is ticked, the key under them. */
function taskOptions(block: RegExpExecArray[]): string[] {
  const options = block.map((m, i) => (LETTERED.test(m[2]!) ? m[2]! : `${'ABCDEFGH'[i]}．${m[2]}`));
  const ticked = block.flatMap((m, i) => (m[1]!.trim() ? ['ABCDEFGH'[i]!] : []));
  return ticked.length ? [...options, `答案：${ticked.join('')}`] : options;
}

export function markdownBankText(md: string): string {
  const lines = unfold(md.replace(/<!--[\s\S]*?-->/g, '').replace(/<br\s*\/?>/gi, '\n')).split(/\r?\n/);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const task = TASK.exec(lines[i]!);
    if (task && task[2]!.length <= 200) {
      const block = [task];
      while (i + 1 < lines.length && TASK.test(lines[i + 1]!)) block.push(TASK.exec(lines[++i]!)!);
      if (block.length <= 8) out.push(...taskOptions(block));
      else out.push(...block.map((m) => m[2]!));
      continue;
    }
    const line = lines[i]!;
    if (/^\s*```/.test(line) || TABLE_RULE.test(line)) continue;
    if (TABLE_ROW.test(line)) {
      out.push(
        line
          .trim()
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((c) => c.trim())
          .join('\t'),
      );
      continue;
    }
    out.push(
      line
        .replace(/^\s*#{1,6}\s+/, '')
        .replace(/^\s*(?:>\s*)+/, '')
        .replace(/^\s*[-*+]\s+(?=\S)/, '')
        .replace(/\*\*|__(?=\S)(?![_＿])|(?<=\S)__(?![_＿])/g, '')
        .replace(/<\/?(?:summary|details|p|div|span|strong|b)[^>]*>/gi, ''),
    );
  }
  return out.join('\n');
}
