// Text pasted from a printed speech: the title printed again atop a page, right after the page
// number, leaves the body. The `fixed` case failed on the code before this rule; the `guard`
// cases held before and must keep holding.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const A = '乡村振兴是一项长期任务，必须保持历史耐心，坚持久久为功、稳扎稳打。';
const B = '要抓好粮食生产和重要农产品稳定供给，确保耕地面积不减少、质量有提升。';
const C = '要因地制宜发展特色产业，让农民更多分享产业增值收益。';

async function body(lines: string[]) {
  const d = (await importBytes('s.txt', Buffer.from(lines.join('\n')))).documents[0]!;
  return { title: d.title, paras: d.paragraphs.map((p) => p.text) };
}

describe('a running title in pasted text', () => {
  it('fixed: the title printed once more after a page number leaves the body', async () => {
    const r = await body([
      '在全市教育大会上的讲话',
      '（2023年6月5日）',
      '同志们：',
      A,
      B,
      '第3页 共12页',
      '在全市教育大会上的讲话',
      C,
    ]);
    expect(r.title).toBe('在全市教育大会上的讲话');
    expect(r.paras).not.toContain('在全市教育大会上的讲话');
    expect(r.paras).toEqual(expect.arrayContaining([A, B, C]));
  });

  it('guard: the line after a page number stays when it is not the title', async () => {
    const r = await body([
      '在全市教育大会上的讲话',
      '（2023年6月5日）',
      '同志们：',
      A,
      '第3页 共12页',
      '二、抓好重点任务',
      C,
    ]);
    expect(r.paras).toContain('二、抓好重点任务');
  });

  it('guard: the title quoted again in the body, away from a page number, stays', async () => {
    const r = await body(['学习笔记', A, B, '第3页 共12页', C, '学习笔记']);
    expect(r.paras).toContain('学习笔记');
  });
});
