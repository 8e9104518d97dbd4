// Exports annotations to Markdown or DOCX, grouped by document then colour, or by tag; every
// entry carries its 出处 so an excerpt can be pasted into a report as is.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Annotation, ApiParsedArgs, ExportFile, HighlightColor } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { listAnnotations, listHighlightColors } from './annotations.js';

export interface ExportGroup {
  heading: string;
  /** Citation line under a document heading (document grouping only). */
  citation: string | null;
  sections: { heading: string | null; items: Annotation[] }[];
}

function groupByDocument(items: Annotation[], colors: HighlightColor[]): ExportGroup[] {
  const docs = new Map<string, Annotation[]>();
  for (const a of items) docs.set(a.docId, [...(docs.get(a.docId) ?? []), a]);
  return [...docs.values()].map((list) => ({
    heading: list[0]!.docTitle ? `《${list[0]!.docTitle}》` : '（文档已删除）',
    citation: list[0]!.citation || null,
    sections: colors
      .map((c) => ({ heading: c.label, items: list.filter((a) => a.color === c.key) }))
      .filter((s) => s.items.length > 0),
  }));
}

function groupByTag(items: Annotation[]): ExportGroup[] {
  const tags = new Map<string, Annotation[]>();
  for (const a of items)
    for (const t of a.tags.length ? a.tags : ['（无标签）']) tags.set(t, [...(tags.get(t) ?? []), a]);
  return [...tags.entries()]
    .sort(([x], [y]) => x.localeCompare(y, 'zh'))
    .map(([tag, list]) => ({ heading: `标签：${tag}`, citation: null, sections: [{ heading: null, items: list }] }));
}

export function exportGroups(ctx: CoreContext, a: ApiParsedArgs<'exportAnnotations'>): ExportGroup[] {
  const items = listAnnotations(ctx, { docId: a.docId, color: a.color, tag: a.tag, offset: 0, limit: 2000 }).items;
  return a.groupBy === 'tag' ? groupByTag(items) : groupByDocument(items, listHighlightColors(ctx));
}

/** The 出处 of one annotation: the document's citation plus the paragraph number. */
export function sourceLine(a: Annotation): string {
  const where = a.orphaned ? '（未定位）' : `第${a.paragraph + 1}段`;
  return `${a.citation || a.docTitle || a.docId} ${where}`.trim();
}

/** User text in Markdown must never become markup: `<script>` in a note stays visible text. */
const escHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function annotationsMarkdown(groups: ExportGroup[], colors: HighlightColor[], date = new Date()): string {
  const label = new Map(colors.map((c) => [c.key, escHtml(c.label)]));
  groups = groups.map((g) => ({
    ...g,
    heading: escHtml(g.heading),
    citation: g.citation && escHtml(g.citation),
    sections: g.sections.map((s) => ({
      ...s,
      heading: s.heading && escHtml(s.heading),
      items: s.items.map((a) => ({
        ...a,
        text: escHtml(a.text),
        note: escHtml(a.note),
        tags: a.tags.map(escHtml),
        citation: a.citation && escHtml(a.citation),
        docTitle: a.docTitle && escHtml(a.docTitle),
      })),
    })),
  }));
  const lines = ['# 学习书架 · 标注导出', '', `导出时间：${date.toISOString().slice(0, 10)}`, ''];
  if (!groups.length) lines.push('（没有标注）', '');
  for (const g of groups) {
    lines.push(`## ${g.heading}`, '');
    if (g.citation) lines.push(`出处：${g.citation}`, '');
    for (const s of g.sections) {
      if (s.heading) lines.push(`### ${s.heading}`, '');
      for (const a of s.items) {
        lines.push(`> ${a.text.replace(/\n/g, ' ')}`, '');
        if (a.note.trim()) lines.push(`批注：${a.note.trim().replace(/\n+/g, ' ')}`, '');
        const meta = [`颜色：${label.get(a.color) ?? a.color}`, a.tags.length ? `标签：${a.tags.join('、')}` : '']
          .filter(Boolean)
          .join('；');
        lines.push(`${meta}`, '', `出处：${sourceLine(a)}`, '');
      }
    }
  }
  return lines.join('\n');
}

export async function annotationsDocx(groups: ExportGroup[], colors: HighlightColor[]): Promise<Buffer> {
  const label = new Map(colors.map((c) => [c.key, c.label]));
  const font = { ascii: 'SimSun', eastAsia: 'SimSun', hAnsi: 'SimSun' };
  const body: Paragraph[] = [
    new Paragraph({ text: '学习书架 · 标注导出', heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
  ];
  for (const g of groups) {
    body.push(new Paragraph({ text: g.heading, heading: HeadingLevel.HEADING_1 }));
    if (g.citation)
      body.push(new Paragraph({ children: [new TextRun({ text: `出处：${g.citation}`, italics: true, font })] }));
    for (const s of g.sections) {
      if (s.heading) body.push(new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_2 }));
      for (const a of s.items) {
        body.push(
          new Paragraph({
            indent: { left: 420 },
            spacing: { before: 120 },
            children: [new TextRun({ text: `“${a.text}”`, font })],
          }),
        );
        if (a.note.trim())
          body.push(
            new Paragraph({ indent: { left: 420 }, children: [new TextRun({ text: `批注：${a.note.trim()}`, font })] }),
          );
        const meta = [`颜色：${label.get(a.color) ?? a.color}`, a.tags.length ? `标签：${a.tags.join('、')}` : '']
          .filter(Boolean)
          .join('；');
        body.push(
          new Paragraph({
            indent: { left: 420 },
            children: [new TextRun({ text: meta, size: 18, color: '666666', font })],
          }),
        );
        body.push(
          new Paragraph({
            indent: { left: 420 },
            children: [new TextRun({ text: `出处：${sourceLine(a)}`, size: 18, color: '666666', font })],
          }),
        );
      }
    }
  }
  return Packer.toBuffer(new Document({ creator: '学习书架', title: '标注导出', sections: [{ children: body }] }));
}

export async function exportAnnotations(ctx: CoreContext, a: ApiParsedArgs<'exportAnnotations'>): Promise<ExportFile> {
  const groups = exportGroups(ctx, a);
  const colors = listHighlightColors(ctx);
  const stamp = new Date().toISOString().slice(0, 10);
  if (a.format === 'md') {
    return {
      name: `标注导出-${stamp}.md`,
      mimeType: 'text/markdown',
      dataBase64: Buffer.from(annotationsMarkdown(groups, colors), 'utf8').toString('base64'),
    };
  }
  const buf = await annotationsDocx(groups, colors);
  return {
    name: `标注导出-${stamp}.docx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    dataBase64: buf.toString('base64'),
  };
}
