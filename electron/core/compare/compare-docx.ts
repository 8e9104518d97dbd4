// The comparison as a DOCX handout: both documents, the summary, 新提法 and dropped 提法 with
// their first use, the figures that changed, and every changed, added or removed sentence with
// its word-level marks (additions underlined in red, deletions struck through).
import type { Paragraph, Table } from 'docx';
import type { CompareSentence, Comparison, ExportFile, FormulationChange } from '../../contract/api.js';
import { packDocx, para, richPara, safeName, table, type RichRun } from '../sessions/docx-kit.js';

const RED = 'C0392B';
const GREY = '7F8C8D';

export function firstSeenLabel(f: FormulationChange): string {
  if (!f.firstSeen) return '—';
  const t = f.firstSeen.title;
  return f.firstSeen.year && !t.includes(String(f.firstSeen.year)) ? `${f.firstSeen.year}年《${t}》` : `《${t}》`;
}

function sentenceRuns(s: CompareSentence): RichRun[] {
  if (s.status === 'added')
    return [
      { text: '【新增】', bold: true, color: RED },
      { text: s.text, underline: true },
    ];
  if (s.status === 'removed')
    return [
      { text: '【删除】', bold: true, color: GREY },
      { text: s.text, strike: true },
    ];
  return [
    { text: '【修改】', bold: true, color: RED },
    ...(s.parts ?? []).map((p) =>
      p.op === 'add'
        ? { text: p.text, underline: true, color: RED }
        : p.op === 'del'
          ? { text: p.text, strike: true, color: GREY }
          : { text: p.text },
    ),
  ];
}

function formulationTable(items: FormulationChange[]): Table {
  return table([
    ['提法', '次数', '首次出现（全书库）'],
    ...items.map((f) => [f.term, String(f.count), firstSeenLabel(f)]),
  ]);
}

export async function comparisonDocx(c: Comparison): Promise<ExportFile> {
  const out: (Paragraph | Table)[] = [];
  const title = `对比阅读：《${c.newer.title}》与《${c.older.title}》`;
  out.push(para(title, { heading: 1, center: true }));
  out.push(para(`新：${c.newer.citation}`), para(`旧：${c.older.citation}`));
  const s = c.stats;
  out.push(
    para(
      `逐句对比：相同 ${s.same} 句，修改 ${s.changed} 句，新增 ${s.added} 句，删除 ${s.removed} 句，调整位置 ${s.moved} 句。`,
    ),
  );
  out.push(para('一、新提法', { heading: 2 }));
  out.push(c.formulations.added.length ? formulationTable(c.formulations.added) : para('（无）'));
  out.push(para('二、不再出现的提法', { heading: 2 }));
  out.push(c.formulations.removed.length ? formulationTable(c.formulations.removed) : para('（无）'));
  out.push(para('三、数字变化', { heading: 2 }));
  const nums = c.numbers.filter((n) => n.changed);
  out.push(
    nums.length
      ? table([
          ['指标', c.older.year ? `${c.older.year}年` : '旧', c.newer.year ? `${c.newer.year}年` : '新'],
          ...nums.map((n) => [n.label, n.older ?? '—', n.newer ?? '—']),
        ])
      : para('（无）'),
  );
  out.push(para('四、逐句对比（只列出有变化的句子）', { heading: 2 }));
  for (const row of c.rows) {
    const changed = [
      ...(row.newer?.sentences ?? []).filter((x) => x.status === 'added' || x.status === 'changed'),
      ...(row.older?.sentences ?? []).filter((x) => x.status === 'removed'),
    ];
    for (const x of changed) out.push(richPara(sentenceRuns(x), { indent: 'first' }));
  }
  return packDocx(`${safeName(`对比阅读-${c.newer.title}`)}.docx`, title, out);
}
