// A 讲话提纲 made of numbered heads and short points, with no sentence long enough to read as
// prose, imports as its outline instead of being refused as empty. The `fixed` case failed on the
// code before; the `guard` cases held before and must keep holding.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';

async function imported(lines: string[]) {
  return (await importBytes('t.txt', Buffer.from(lines.join('\n')))).documents;
}

describe('an outline of heads only', () => {
  it('fixed: a 提纲 of heads and short points keeps its outline', async () => {
    const docs = await imported([
      '在全区经济工作会议上的讲话提纲',
      '（2023年6月5日）',
      '一、提高站位',
      '（一）认清形势',
      '1.外部环境更趋复杂。',
      '（二）把握要求',
      '二、狠抓落实',
      '（一）抓项目',
    ]);
    expect(docs).toHaveLength(1);
    expect(docs[0]!.title).toBe('在全区经济工作会议上的讲话提纲');
    expect(docs[0]!.paragraphs.filter((p) => p.kind === 'h').map((p) => p.text)).toEqual([
      '一、提高站位',
      '（一）认清形势',
      '1.外部环境更趋复杂。',
      '（二）把握要求',
      '二、狠抓落实',
      '（一）抓项目',
    ]);
  });

  it('guard: a list of short unnumbered lines is still no text', async () => {
    expect(await imported(['首页', '新闻中心', '政务公开', '办事服务', '互动交流'])).toHaveLength(0);
  });

  it('guard: one level of numbered heads alone is still no text', async () => {
    expect(await imported(['目录', '一、总则', '二、组织机构', '三、工作职责', '四、附则'])).toHaveLength(0);
  });
});
