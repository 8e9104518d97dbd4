// 提法 through the years as DOCX: first and latest use, occurrences per year, the defining
// sentences with their 出处, and every document that uses it.
import type { Paragraph, Table } from 'docx';
import type { ExportFile, LibraryPlace, TermTimeline } from '../../contract/api.js';
import { packDocx, para, safeName, table } from '../sessions/docx-kit.js';

export function placeLabel(p: LibraryPlace): string {
  const y = p.year && !p.title.includes(String(p.year)) ? `${p.year}年` : '';
  return `${y}《${p.title}》第${p.paragraph + 1}段`;
}

export async function timelineDocx(t: TermTimeline): Promise<ExportFile> {
  const title = `提法“${t.term}”的历年使用`;
  const out: (Paragraph | Table)[] = [para(title, { heading: 1, center: true })];
  out.push(para(`书库中共出现 ${t.total} 次，见于 ${t.occurrences.length} 篇文档。`));
  if (t.first) out.push(para(`首次出现：${placeLabel(t.first)}`));
  if (t.latest) out.push(para(`最近一次：${placeLabel(t.latest)}`));
  if (t.years.length) {
    out.push(para('一、逐年出现次数', { heading: 2 }));
    out.push(
      table([['年份', '次数', '篇数'], ...t.years.map((y) => [String(y.year), String(y.count), String(y.docs)])]),
    );
  }
  if (t.definitions.length) {
    out.push(para('二、界定与要求', { heading: 2 }));
    for (const d of t.definitions) {
      out.push(para(d.text, { indent: 'first' }));
      out.push(para(`出处：${placeLabel(d)}`, { right: true, size: 21, italic: true }));
    }
  }
  out.push(para(`${t.definitions.length ? '三' : t.years.length ? '二' : '一'}、出现位置`, { heading: 2 }));
  for (const o of t.occurrences) out.push(para(`${placeLabel(o)}（${o.count} 次）：${o.snippet}`, { indent: 'left' }));
  return packDocx(`${safeName(`提法-${t.term}`)}.docx`, title, out);
}
