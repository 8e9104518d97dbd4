// Shapes of the o22 round (tests/fixtures/import/real/o22-*): a 党课讲稿 whose 副题 names it
// (`——在……上的专题党课`) with no `主讲人：` label.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const doc = async (text: string) => (await importBytes('a.txt', Buffer.from(text, 'utf8'))).documents[0]!;

const LESSON = [
  '同志们：',
  '今天，我和大家一起学习交流，主要讲两个方面的内容。',
  '一、理想信念是共产党人的精神之钙',
  '理想信念坚定，骨头就硬，没有理想信念，或者理想信念不坚定，精神上就会“缺钙”。',
  '二、在本职岗位上践行初心使命',
  '每一名党员都要从党的光辉历史中汲取力量，在本职岗位上担当作为。',
];

describe('o22 党课讲稿', () => {
  it('reads a 副题 ending in 党课 as a talk given, with the post and name under it', async () => {
    const d = await doc(
      ['筑牢信仰之基', '——在县委党校春季主体班上的专题党课', '县委党校副校长　林晓峰', '（2024年6月28日）', ...LESSON].join(
        '\n',
      ),
    );
    expect(d.type).toBe('讲话');
    expect(d.title).toBe('筑牢信仰之基');
    expect(d.speakers).toEqual([{ name: '林晓峰', role: '县委党校副校长' }]);
  });

  it('leaves a 副题 that only mentions 党课 in its middle to the other rules', async () => {
    const d = await doc(
      ['党课教育的几点思考', '——以党课为抓手推进学习型党组织建设的调查', '2024年6月28日', ...LESSON.slice(2)].join('\n'),
    );
    expect(d.type).not.toBe('讲话');
  });
});
