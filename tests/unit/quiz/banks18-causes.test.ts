// banks18 causes, text and sheets (fixtures/wild/b18-*): 【答案：B】 under the options, an 答案卷 at the end
// by section, and sheets keyed only in their 解析 column (certain only where the 解析 concludes).
import { describe, expect, it } from 'vitest';
import { key, read, text } from './banks7-read.js';

const choice = (n: number, stem: string) => [`${n}．${stem}（ ）。`, 'A．三　　B．四　　C．五　　D．六'];

describe('keys a 知识竞赛 paper prints in 【】 with a colon inside', () => {
  it('reads 【答案：C】 on its own line and after the options', async () => {
    const got = await text([
      ...choice(1, '纪律处分有几种'),
      '【答案：C】',
      '2．下列是纪律处分的有（ ）。',
      'A．警告　B．罚款　C．降级　D．开除党籍　　【答案：AD】',
    ]);
    expect(got.map(key)).toEqual([[2], [0, 3]]);
  });
});

describe('an 答案卷 heading over the key list', () => {
  it('keys sections numbered from 1 each by the 答案卷 under the paper', async () => {
    const got = await text([
      '一、单项选择题',
      ...choice(1, '第一题是'),
      ...choice(2, '第二题是'),
      '二、判断题',
      '1．党的全国代表大会每五年举行一次。（ ）',
      '答案卷',
      '一、单项选择题：1．B　2．C',
      '二、判断题：1．√',
    ]);
    expect(got.map(key)).toEqual([[1], [2], [0]]);
  });
});

const csv = (rows: string[]) => read('bank.csv', ['题目,选项A,选项B,选项C,选项D,解析', ...rows].join('\n'));

describe('sheets whose key is only in the 解析 column', () => {
  it('keys a row by 本题选C / 本题答案为ABD, with or without an 答案 column', async () => {
    const got = await csv([
      '纪律处分有（ ）种。,三,四,五,六,解析：本题选C，因为条例规定了五种。',
      '四个意识包括（ ）。,政治,大局,核心,看齐,本题答案为ABCD。',
    ]);
    expect(got.map(key)).toEqual([[2], [0, 1, 2, 3]]);
  });

  it('refuses, saying what to fix, a 解析 that quotes the rule or hesitates', async () => {
    const got = await csv([
      '纪律处分有（ ）种。,三,四,五,六,条例规定纪律处分有五种。',
      '任期（ ）年。,三,四,五,六,本题选C还是D？',
    ]);
    for (const r of got) {
      expect(typeof r).toBe('string');
      expect(String(r)).toContain('请在答案列写明答案');
    }
  });

  it('keys a row whose 解析 opens 答案：B (held out)', async () => {
    const got = await csv(['任期（ ）年。,三,四,五,六,答案：C。根据党章第二十二条。']);
    expect(got.map(key)).toEqual([[2]]);
  });

  it('keys a 判断 row by its 解析’s verdict (held out)', async () => {
    const sheet = [
      '题型,题目,答案,解析',
      '判断,预备党员有表决权。,,预备党员没有表决权，故本题说法错误。',
      '判断,党员有权参加讨论。,,因此该说法正确。',
    ];
    expect((await read('bank.csv', sheet.join('\n'))).map(key)).toEqual([[1], [0]]);
  });
});
