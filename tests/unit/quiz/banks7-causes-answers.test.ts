// banks7 causes (fixtures/wild/b7-*): keys and answers written in more ways — a written answer
// followed by the next item that asks nothing (谈谈…), a contest's …是什么？答：… on one line, 填空
// answers numbered (1.镰刀 2.锤头) or bracketed ((1935)(1)), 判断 keys T/F in a key list, the 题型
// tag before the number (【单选题】1．), [填空题](系统评分), 问卷星's printed key (正确答案) and
// (分值: 2), and JSON options flagged isRight 1/0.
import { describe, expect, it } from 'vitest';
import { key, read, text } from './banks7-read.js';

describe('written answers', () => {
  it('end where the next item’s number is not the answer’s next point (2．谈谈… after a one-line answer)', async () => {
    const rows = await text([
      '四、简答题',
      '1．党的三大优良作风是什么？',
      '答案：理论联系实际、密切联系群众、批评与自我批评。',
      '2．谈谈你对全面从严治党的认识。',
      '3．党的根本组织原则是什么？',
      '答案：民主集中制。',
    ]);
    expect(rows.map(key)).toEqual([
      ['理论联系实际、密切联系群众、批评与自我批评。'],
      expect.stringMatching(/缺少答案/),
      ['民主集中制。'],
    ]);
  });

  it('guard: a numbered point that goes on from the answer’s own points stays in it', async () => {
    const rows = await text([
      '四、简答题',
      '1．党员有哪些义务？（列举两项）',
      '答：1．认真学习。',
      '2．贯彻执行党的决定。',
      '2．党的根本组织原则是什么？',
      '答：民主集中制。',
    ]);
    expect(rows.map(key)).toEqual([['1．认真学习。\n2．贯彻执行党的决定。'], ['民主集中制。']]);
  });

  it('are read after a question mark on the item’s own line (…是什么？答：…)', async () => {
    const rows = await text([
      '抢答题',
      '1、党的根本组织原则是什么？答：民主集中制。',
      '2、遵义会议是哪一年召开的？ 答：1935年。',
    ]);
    expect(rows.map(key)).toEqual([['民主集中制。'], ['1935年。']]);
  });
});

describe('填空 answers of several blanks', () => {
  it('are parted by their numbers (1.镰刀 2.锤头, （1）…（2）…, ①…②…) or brackets ((1935)(1))', async () => {
    const rows = await text([
      '二、填空题',
      '1．中国共产党党徽为（  ）和（  ）组成的图案。',
      '答案：1.镰刀 2.锤头',
      '2．党的根本组织原则是（  ），党的全国代表大会每（  ）年举行一次。',
      '答案：（1）民主集中制（2）五',
      '3．遵义会议于（  ）年（  ）月召开。',
      '答案：①1935 ②1',
      '4．遵义会议于（  ）年（  ）月召开。',
      '答案：(1935)(1)',
    ]);
    expect(rows.map(key)).toEqual([
      ['镰刀', '锤头'],
      ['民主集中制', '五'],
      ['1935', '1'],
      ['1935', '1'],
    ]);
  });

  it('refuses numbered answers fewer than the blanks (1.镰刀 锤头 was split at the space); 1、10 stays two answers', async () => {
    const rows = await text([
      '二、填空题',
      '1．预备党员的预备期为（  ），从（  ）之日算起。',
      '答案：1.一年',
      '2．中国共产党党徽为（  ）和（  ）组成的图案。',
      '答案：1.镰刀 锤头',
      '3．十月革命发生在（  ）年（  ）月。',
      '答案：1917、11',
    ]);
    expect(rows.slice(0, 2)).toEqual([expect.stringMatching(/2 个空/), expect.stringMatching(/2 个空/)]);
    expect(key(rows[2]!)).toEqual(['1917', '11']);
  });
});

describe('keys and tags in more places', () => {
  it('reads 判断 keys T and F in a key list (1.T 2.F, 3-4 TF)', async () => {
    const rows = await text([
      '三、判断题',
      '1．预备党员的预备期为一年。',
      '2．党的纪律处分有四种。',
      '3．党的全国代表大会每五年举行一次。',
      '4．党员连续三个月不参加党的组织生活，就被认为是自行脱党。',
      '参考答案：1.T 2.F 3-4 TF',
    ]);
    expect(rows.map(key)).toEqual([[0], [1], [0], [1]]);
  });

  it('reads the 题型 tag before the number (【单选题】1．, （判断题）2．) and [填空题](系统评分)', async () => {
    const rows = await text([
      '【单选题】1．党的全国代表大会每（  ）年举行一次。',
      'A．三　B．四　C．五　D．六',
      '答案：C',
      '（判断题）2．预备党员有表决权。',
      '答案：错误',
      '3、[填空题](系统评分)党的根本组织原则是______。',
      '答案：民主集中制',
    ]);
    expect(rows.map(key)).toEqual([[2], [1], ['民主集中制']]);
    expect(rows[2]).toMatchObject({ fact: '党的根本组织原则是民主集中制。' });
  });

  it('reads 问卷星’s printed key (正确答案) after the right options, dropping (分值: 2)', async () => {
    const rows = await text([
      '1. 党的全国代表大会每五年举行一次。()(分值: 2)',
      'A、正确(正确答案)',
      'B、错误',
      '2. 党的纪律处分有()(分值: 3)',
      'A、警告(正确答案)B、严重警告(正确答案)C、记过D、开除党籍(正确答案)',
      '3. 预备党员的预备期为()(分值: 2)',
      'A、半年B、一年(正确答案)C、两年D、三年',
      '答案：C',
    ]);
    expect(rows.slice(0, 2)).toMatchObject([
      { stem: '党的全国代表大会每五年举行一次。', options: ['正确', '错误'], correct: [0] },
      { stem: '党的纪律处分有()', options: ['警告', '严重警告', '记过', '开除党籍'], correct: [0, 1, 3] },
    ]);
    expect(rows[2]).toMatch(/不一致/);
  });

  it('reads JSON options flagged isRight 1/0 as the key', async () => {
    const options = (right: number) =>
      ['三', '四', '五', '六'].map((content, i) => ({ content, isRight: i === right ? 1 : 0 }));
    const rows = await read(
      'bank.json',
      JSON.stringify([
        { title: '党的全国代表大会每（  ）年举行一次。', options: options(2) },
        { title: '党的全国代表大会每（  ）年举行一次？', options: options(-1) },
      ]),
    );
    expect(rows.map(key)).toEqual([[2], expect.stringMatching(/缺少答案/)]);
  });
});
