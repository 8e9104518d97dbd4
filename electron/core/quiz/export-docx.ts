// DOCX papers with the `docx` library: the 试卷 and its answer key as two documents. The library
// is loaded on first export only, so starting the app does not pay for it.
import type * as DocxModule from 'docx';
import type { Paragraph } from 'docx';
import type { QuizItem } from '../../contract/api.js';
import { paperSections } from '../../shared/quiz-paper.js';

const FONT = { ascii: 'SimSun', eastAsia: 'SimSun', hAnsi: 'SimSun' };

type Docx = typeof DocxModule;

function para(
  d: Docx,
  text: string,
  opts: { bold?: boolean; indent?: boolean; heading?: boolean; center?: boolean; size?: number } = {},
): Paragraph {
  return new d.Paragraph({
    ...(opts.heading ? { heading: d.HeadingLevel.HEADING_2 } : {}),
    ...(opts.center ? { alignment: d.AlignmentType.CENTER } : {}),
    ...(opts.indent ? { indent: { left: 480 } } : {}),
    spacing: { after: 80 },
    children: [new d.TextRun({ text, bold: opts.bold ?? false, font: FONT, size: opts.size ?? 24 })],
  });
}

function doc(d: Docx, children: Paragraph[]): Promise<Buffer> {
  return d.Packer.toBuffer(new d.Document({ creator: '学习书架', sections: [{ children }] }));
}

export async function paperDocx(items: QuizItem[], title: string): Promise<Buffer> {
  const d = await import('docx');
  const children = [
    para(d, title, { bold: true, center: true, size: 36 }),
    para(d, '姓名：＿＿＿＿＿＿　　单位：＿＿＿＿＿＿　　得分：＿＿＿＿', { center: true }),
  ];
  for (const s of paperSections(items)) {
    children.push(para(d, s.title, { bold: true, heading: true }));
    for (const q of s.questions) {
      const [first = '', ...rest] = q.lines;
      children.push(para(d, `${q.number}. ${first}${q.kind === '填空' ? '' : '（　　）'}`));
      for (const l of rest) children.push(para(d, l, { indent: true }));
      for (const o of q.options) children.push(para(d, o, { indent: true }));
    }
  }
  return doc(d, children);
}

export async function answerKeyDocx(items: QuizItem[], title: string): Promise<Buffer> {
  const d = await import('docx');
  const children = [para(d, `${title}（参考答案）`, { bold: true, center: true, size: 36 })];
  for (const s of paperSections(items)) {
    children.push(para(d, s.title, { bold: true, heading: true }));
    for (const q of s.questions) {
      children.push(para(d, `${q.number}. 答案：${q.answer}`));
      if (q.explanation) children.push(para(d, `解析：${q.explanation}`, { indent: true }));
      if (q.source) children.push(para(d, `出处：${q.source}`, { indent: true }));
    }
  }
  return doc(d, children);
}
