// .jsonl rows like the corpus files: {title, content, year?, congress?, type?, url?}; `text` is
// accepted for `content` (the People's Daily dump uses it).
import * as z from 'zod';
import { FormatError, type RawSource } from './types.js';

const row = z.looseObject({
  title: z.string().min(1),
  content: z.string().optional(),
  text: z.string().optional(),
  year: z.union([z.string(), z.number()]).nullable().optional(),
  date: z.string().nullable().optional(),
  source: z.string().nullable().optional(),
  url: z.string().optional(),
});

export function readJsonl(name: string, text: string): RawSource[] {
  const out: RawSource[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new FormatError(`第 ${i + 1} 行不是有效的 JSON。`);
    }
    const r = row.safeParse(parsed);
    if (!r.success || (r.data.content ?? r.data.text) === undefined)
      throw new FormatError(`第 ${i + 1} 行缺少 title 或 content 字段。`);
    const v = r.data;
    const wiki = typeof v.url === 'string' && /wikisource\.org/.test(v.url);
    const date = v.date ?? (v.year !== null && v.year !== undefined ? String(v.year) : undefined);
    out.push({
      text: v.content ?? v.text ?? '',
      kind: wiki ? 'wiki' : 'plain',
      hints: { title: v.title, ...(date ? { date } : {}), ...(v.source ? { source: v.source } : {}) },
      origin: `${name}#${i + 1}`,
      fields: Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'content' && k !== 'text')),
    });
  });
  return out;
}
