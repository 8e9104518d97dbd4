// Print-ready HTML: the paper (试卷) and a separate answer key, A4 with print CSS.
import type { QuizItem } from '../../contract/api.js';
import { paperSections } from '../../shared/quiz-paper.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `
@page { size: A4; margin: 20mm 18mm; }
body { font-family: "Songti SC", "SimSun", "Noto Serif CJK SC", serif; font-size: 12pt; line-height: 1.8; color: #000; max-width: 180mm; margin: 0 auto; }
h1 { text-align: center; font-size: 18pt; margin: 0 0 4pt; }
.meta { text-align: center; margin-bottom: 12pt; }
h2 { font-size: 13pt; margin: 14pt 0 6pt; }
.q { break-inside: avoid; margin-bottom: 8pt; }
.opts { display: grid; grid-template-columns: 1fr 1fr; padding-left: 2em; }
.answer { padding-left: 2em; }
.src { color: #555; font-size: 10pt; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head><body>\n${body}\n</body></html>\n`;
}

export function paperHtml(items: QuizItem[], title: string): string {
  const body = [
    `<h1>${esc(title)}</h1>`,
    `<p class="meta">姓名：＿＿＿＿＿＿　　单位：＿＿＿＿＿＿　　得分：＿＿＿＿</p>`,
  ];
  for (const s of paperSections(items)) {
    body.push(`<h2>${esc(s.title)}</h2>`);
    for (const q of s.questions) {
      const mark = q.kind === '判断' ? '（　　）' : q.kind === '填空' ? '' : '（　　）';
      body.push(
        `<div class="q"><p>${q.number}. ${q.lines.map(esc).join('<br>')}${mark}</p>${q.options.length ? `<div class="opts">${q.options.map((o) => `<span>${esc(o)}</span>`).join('')}</div>` : ''}</div>`,
      );
    }
  }
  return page(title, body.join('\n'));
}

export function answerKeyHtml(items: QuizItem[], title: string): string {
  const body = [`<h1>${esc(title)}（参考答案）</h1>`];
  for (const s of paperSections(items)) {
    body.push(`<h2>${esc(s.title)}</h2>`);
    for (const q of s.questions) {
      body.push(
        `<div class="q"><p>${q.number}. 答案：<strong>${esc(q.answer)}</strong></p>${q.explanation ? `<p class="answer">解析：${esc(q.explanation)}</p>` : ''}${q.source ? `<p class="answer src">出处：${esc(q.source)}</p>` : ''}</div>`,
      );
    }
  }
  return page(`${title}（参考答案）`, body.join('\n'));
}
