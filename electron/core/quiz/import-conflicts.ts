// One question keyed two ways in one bank (an 易错题回顾 section repeating an item with another key): one
// of the two keys is wrong and the file does not say which, so both are refused. The same item with the
// same key stays (the store keeps one copy).
import type { Parsed } from './import-json.js';
import { normalizeRaw } from './import-normalize.js';
import { normOption } from './options.js';

const CONFLICT = (other: number) =>
  `这道题与第 ${other} 题的题干和选项相同，答案却不一致：无法确定哪个答案正确，请核对后只保留一道再导入`;

export function refuseConflicts(parsed: Parsed): Parsed {
  const drafts = parsed.rows.map((r) => (typeof r === 'string' ? null : normalizeRaw(r)));
  const byQuestion = new Map<string, { at: number; key: string }[]>();
  drafts.forEach((d, at) => {
    if (!d || typeof d === 'string' || !d.stem.trim()) return;
    const opts = d.options.map(normOption);
    const question = [d.kind, normOption(d.stem), [...opts].sort().join('|')].join('\u0001');
    const key =
      d.kind === '填空'
        ? d.blanks.map((b) => b.text).join('|')
        : d.correct
            .map((i) => opts[i])
            .sort()
            .join('|');
    byQuestion.set(question, [...(byQuestion.get(question) ?? []), { at, key }]);
  });
  const refused = new Map<number, number>();
  for (const same of byQuestion.values()) {
    if (new Set(same.map((s) => s.key)).size < 2) continue;
    for (const s of same) refused.set(s.at, same.find((o) => o.at !== s.at && o.key !== s.key)!.at + 1);
  }
  if (!refused.size) return parsed;
  return { ...parsed, rows: parsed.rows.map((r, at) => (refused.has(at) ? CONFLICT(refused.get(at)!) : r)) };
}
