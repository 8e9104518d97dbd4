// One question keyed two ways in one file (an 易错题回顾 section, the same section, another sheet or another paper
// repeating an item with another key): one of the keys is wrong and the file does not say which, so every copy is
// refused, however many agree. The same item with the same key stays (the store keeps one copy).
import type { Parsed } from './import-json.js';
import { normalizeRaw } from './import-normalize.js';
import { normOption } from './options.js';

const CONFLICT = (other: string) =>
  `这道题与${other}的题干和选项相同，答案却不一致：无法确定哪个答案正确，请核对后只保留一道再导入`;

export function refuseConflicts(parsed: Parsed | null): Parsed | null {
  if (!parsed) return null;
  const drafts = parsed.rows.map((r) => (typeof r === 'string' ? null : normalizeRaw(r)));
  const byQuestion = new Map<string, { at: number; key: string }[]>();
  drafts.forEach((d, at) => {
    if (!d || typeof d === 'string') return;
    // A 填空 keeps its sentence in fact, the answers cut out of it: the sentence without them is the question.
    const asked = d.stem.trim() || blanked(d.fact, d.blanks);
    if (!asked) return;
    const opts = d.options.map(normOption);
    const question = [d.kind, normOption(asked), [...opts].sort().join('|')].join('\u0001');
    const key =
      d.kind === '填空'
        ? d.blanks.map((b) => b.text).join('|')
        : d.correct
            .map((i) => opts[i])
            .sort()
            .join('|');
    byQuestion.set(question, [...(byQuestion.get(question) ?? []), { at, key }]);
  });
  const refused = new Map<number, string>();
  for (const same of byQuestion.values()) {
    for (const s of same) {
      const other = same.find((o) => o.key !== s.key);
      const row = parsed.rows[other?.at ?? -1];
      if (other) refused.set(s.at, (typeof row !== 'string' && row?.label) || `第 ${other.at + 1} 题`);
    }
  }
  if (!refused.size) return parsed;
  return { ...parsed, rows: parsed.rows.map((r, at) => (refused.has(at) ? CONFLICT(refused.get(at)!) : r)) };
}

const blanked = (fact: string, blanks: { start: number; end: number }[]) =>
  [...blanks].sort((a, b) => b.start - a.start).reduce((t, b) => `${t.slice(0, b.start)}（）${t.slice(b.end)}`, fact);
