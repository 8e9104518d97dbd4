// 学习材料汇编 as DOCX: cover, 目录, sections (materials with 出处, 金句, 研讨题, quiz) and the
// answer key on its own page, so the quiz pages can be handed out without it.
import type { Paragraph, Table } from 'docx';
import type { ExportFile, StudySession } from '../../contract/api.js';
import { packDocx, para, pageBreak, safeName } from './docx-kit.js';
import { handoutOutline } from '../../shared/handout-outline.js';

export async function handoutDocx(session: StudySession): Promise<ExportFile> {
  const o = handoutOutline(session);
  const out: (Paragraph | Table)[] = [];
  // Cover
  out.push(
    para('', { spacingAfter: 2400 }),
    para(o.title, { bold: true, center: true, size: 48 }),
    para(o.subtitle, { center: true, size: 32, spacingAfter: 1200 }),
  );
  for (const [k, v] of o.meta) out.push(para(`${k}：${v}`, { center: true, size: 28 }));
  // Table of contents (static, so it reads the same in every word processor)
  out.push(para('目　录', { heading: 1, center: true, pageBreakBefore: true }));
  for (const s of o.sections) {
    out.push(para(s.heading, { bold: true }));
    for (const e of s.entries) if (e.toc) out.push(para(e.toc, { indent: 'left' }));
  }
  if (o.answerKey) out.push(para(o.answerKey.heading, { bold: true }));
  // Body
  o.sections.forEach((s, i) => {
    out.push(para(s.heading, { heading: 1, pageBreakBefore: i === 0 }));
    for (const e of s.entries) {
      if (e.heading) out.push(para(e.heading, { bold: true }));
      for (const p of e.paragraphs) out.push(para(p, { indent: 'first' }));
      for (const opt of e.options ?? []) out.push(para(opt, { indent: 'left' }));
      if (e.source) out.push(para(e.source, { right: true, size: 21, italic: true }));
    }
  });
  if (o.answerKey) {
    out.push(pageBreak(), para(o.answerKey.heading, { heading: 1 }));
    for (const l of o.answerKey.lines) out.push(para(l));
  }
  return packDocx(`${safeName(o.title)}-学习材料汇编.docx`, o.title, out);
}
