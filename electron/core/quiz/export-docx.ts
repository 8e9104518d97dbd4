// DOCX papers with the `docx` library: the 试卷 and its answer key as two documents.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { QuizItem } from '../../contract/api.js';
import { paperSections } from './paper.js';

const FONT = { ascii: 'SimSun', eastAsia: 'SimSun', hAnsi: 'SimSun' };

function para(text: string, opts: { bold?: boolean; indent?: boolean; heading?: boolean; center?: boolean; size?: number } = {}): Paragraph {
  return new Paragraph({
    ...(opts.heading ? { heading: HeadingLevel.HEADING_2 } : {}),
    ...(opts.center ? { alignment: AlignmentType.CENTER } : {}),
    ...(opts.indent ? { indent: { left: 480 } } : {}),
    spacing: { after: 80 },
    children: [new TextRun({ text, bold: opts.bold ?? false, font: FONT, size: opts.size ?? 24 })],
  });
}

function doc(children: Paragraph[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ creator: '学习书架', sections: [{ children }] }));
}

export function paperDocx(items: QuizItem[], title: string): Promise<Buffer> {
  const children = [para(title, { bold: true, center: true, size: 36 }), para('姓名：＿＿＿＿＿＿　　单位：＿＿＿＿＿＿　　得分：＿＿＿＿', { center: true })];
  for (const s of paperSections(items)) {
    children.push(para(s.title, { bold: true, heading: true }));
    for (const q of s.questions) {
      const [first = '', ...rest] = q.lines;
      children.push(para(`${q.number}. ${first}${q.kind === '填空' ? '' : '（　　）'}`));
      for (const l of rest) children.push(para(l, { indent: true }));
      for (const o of q.options) children.push(para(o, { indent: true }));
    }
  }
  return doc(children);
}

export function answerKeyDocx(items: QuizItem[], title: string): Promise<Buffer> {
  const children = [para(`${title}（参考答案）`, { bold: true, center: true, size: 36 })];
  for (const s of paperSections(items)) {
    children.push(para(s.title, { bold: true, heading: true }));
    for (const q of s.questions) {
      children.push(para(`${q.number}. 答案：${q.answer}`));
      if (q.explanation) children.push(para(`解析：${q.explanation}`, { indent: true }));
      if (q.source) children.push(para(`出处：${q.source}`, { indent: true }));
    }
  }
  return doc(children);
}
