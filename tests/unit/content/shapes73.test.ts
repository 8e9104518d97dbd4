// Round sites73d. A 版面 PDF whose text layer gives its two columns row by row (left line, right line on one
// baseline: one line with a tab at the gutter) is read column by column; a 版面 article printed without a byline
// opens a document of its own when its headline is set in headline type, and only then (no title made up).
import { describe, expect, it } from 'vitest';
import { banmianArticles, largeType } from '../../../electron/core/content/formats/pdf-banmian.js';
import type { PdfLine } from '../../../electron/core/content/formats/pdf-items.js';
import { splitRowColumns } from '../../../electron/core/content/formats/pdf-row-columns.js';
import { SPEECH_TEXT } from './helpers.js';

const at = (text: string, x: number, y: number, size = 12): PdfLine => ({
  text,
  x,
  xEnd: x + [...text].length * size,
  y,
  size,
  page: 0,
});
/** A row of two column lines as pdf-items.ts reads it: the left line, a tab, the right line from the gutter. */
const row = (a: string, b: string, y: number, gutter = 315): PdfLine => ({
  ...at(`${a}\t${b}`, 79, y),
  xEnd: gutter + [...b].length * 12,
  cellX: gutter,
  cellEnd: 79 + [...a].length * 12,
});

describe('a 版面 whose columns the text layer gives row by row', () => {
  const left = ['我们要坚持以推动高质量', '发展为主题，把实施扩大', '内需战略同深化供给侧结', '构性改革有机结合起来。'];
  const right = [
    '经济实现质的有效提升和',
    '量的合理增长，加快建设',
    '现代化经济体系，着力提',
    '高全要素生产率的水平。',
  ];
  const head = at('以改革创新激发发展活力', 183, 674, 21);
  const byline = at('本报评论员', 258, 631, 16);

  it('reads the left column, then the right one, between the headline and the next', () => {
    const rows = left.map((l, i) => row(l, right[i]!, 600 - i * 22));
    const next = at('久久为功推进生态文明建设', 172, 337, 21);
    const got = splitRowColumns([head, byline, ...rows, next]).map((l) => l.text);
    expect(got).toEqual([head.text, byline.text, ...left, ...right, next.text]);
  });

  it('leaves a two-cell table alone (labels and values of unlike widths)', () => {
    const table = ['会议时间', '会议地点', '主持人', '记录人', '参加人员'].map((k, i) =>
      row(k, '2025年3月12日下午在机关三楼党员活动室', 600 - i * 22),
    );
    expect(splitRowColumns(table)).toEqual(table);
  });
});

describe('a 版面 article without a byline', () => {
  const A = [...SPEECH_TEXT, '要加强督促检查，及时总结推广好经验好做法，推动各项工作扎实深入开展。'];
  const texts = ['第13版：评论', A[0]!, '以优良作风凝聚奋进力量', A[1]!, A[2]!];

  it('opens a document when its headline is set in headline type', () => {
    const large = largeType(
      [
        at('让群众在家门口办成事', 100, 700, 21),
        at('以优良作风凝聚奋进', 100, 400, 21),
        at('力量', 100, 378, 21),
        at(A[1]!, 79, 350, 16),
      ],
      16,
    );
    expect(banmianArticles(texts, '让群众在家门口办成事', large)).toEqual([
      { title: '让群众在家门口办成事', lines: [A[0]!] },
      { title: '以优良作风凝聚奋进力量', lines: [A[1]!, A[2]!] },
    ]);
  });

  it('is not split at a short line in the text type (no title is guessed)', () => {
    expect(banmianArticles(texts, '让群众在家门口办成事', largeType([at(texts[2]!, 100, 400, 16)], 16))).toBeNull();
  });
});
