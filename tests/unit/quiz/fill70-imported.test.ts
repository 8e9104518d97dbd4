// Round qfill70 (questions-fillimported70.json), as kept in qfill71 (its stem-gives-the-key rule dropped: every form of
// it took questions earlier imported sets judged good): a listed subject's frame the library fills with another 提法,
// the sleeves of 撸起袖子加油干, a 方案's headings run into a line, and a meeting's headcount.
import { describe, expect, it } from 'vitest';
import { subjectFrameFilledOtherwise } from '../../../electron/core/quiz/frame-rivals.js';
import { fillerNoun } from '../../../electron/core/quiz/blank-given.js';
import { wholeFact } from '../../../electron/core/quiz/fact-text.js';
import { generateFromNumbers } from '../../../electron/core/quiz/generate-numbers.js';
import type { QuizSource } from '../../../electron/core/quiz/types.js';
import { sourceDoc } from './source-doc.js';

const span = (line: string, word: string) => {
  const start = line.indexOf(word);
  return { start, end: start + word.length, word, text: word };
};

describe('a blank the library fills otherwise', () => {
  it('a listed subject said to be the support of another 提法 (教育、科技、人才是【中国式现代化】的…)', () => {
    const line = '教育、科技、人才是中国式现代化的基础性、战略性支撑。';
    const library = ['教育、科技、人才是全面建设社会主义现代化国家的基础性、战略性支撑。'];
    expect(subjectFrameFilledOtherwise(line, span(line, '中国式现代化'), () => library)).toBe(true);
    const same = ['国有企业是中国特色社会主义的重要物质基础和政治基础。'];
    expect(subjectFrameFilledOtherwise(same[0]!, span(same[0]!, '中国特色社会主义'), () => same)).toBe(false);
  });
  it('the sleeves of 撸起袖子加油干, not a 袖子 elsewhere', () => {
    const line = '只要我们撸起袖子加油干，明天一定会更好！';
    expect(fillerNoun(line, span(line, '袖子'))).toBe(true);
    const plain = '他把袖子上的灰掸掉。';
    expect(fillerNoun(plain, span(plain, '袖子'))).toBe(false);
  });
});

describe('a 方案 and a 公报', () => {
  it('a line running over a 方案 heading is no whole fact', () => {
    expect(wholeFact('争当“十五五”开局排头兵二、活动时间2026年3月20日下午3:00三、活动地点局机关三楼')).toBe(false);
    expect(wholeFact('要推动一、二、三产业融合发展。')).toBe(true);
  });
  it('asks no headcount of a meeting, and keeps the other figures', () => {
    const doc = sourceDoc(
      'c',
      2025,
      ['出席这次全会的有中央委员168人，候补中央委员147人。', '全年国内生产总值增长5.2%。'],
      {
        title: '公报',
        type: '文件',
        speakers: ['某某'],
      },
    );
    const src: QuizSource = { docs: new Map([[doc.id, doc]]), quotes: [], terms: [] };
    const asked = generateFromNumbers(src).map((q) => q.blanks[0]?.text);
    expect(asked).not.toContain('168');
    expect(asked).not.toContain('147');
    expect(asked).toContain('5.2');
  });
});
