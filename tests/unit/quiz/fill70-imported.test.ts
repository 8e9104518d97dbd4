// Round qfill70 (questions-fillimported70.json), narrowed in qfill71: a 单选 of an imported document whose key alone
// closes on a word of the sentence, a listed subject's frame the library fills with
// another 提法, the sleeves of 撸起袖子加油干, a 方案's headings run into a line, and a meeting's headcount.
import { describe, expect, it } from 'vitest';
import { hintedKey } from '../../../electron/core/quiz/hinted-key.js';
import { subjectFrameFilledOtherwise } from '../../../electron/core/quiz/frame-rivals.js';
import { fillerNoun } from '../../../electron/core/quiz/blank-given.js';
import { wholeFact } from '../../../electron/core/quiz/fact-text.js';
import { generateFromNumbers } from '../../../electron/core/quiz/generate-numbers.js';
import type { QuestionDraft, QuizSource } from '../../../electron/core/quiz/types.js';
import { sourceDoc } from './source-doc.js';

const span = (line: string, word: string) => {
  const start = line.indexOf(word);
  return { start, end: start + word.length, word, text: word };
};
const choice = (fact: string, key: string, options: string[]): QuestionDraft =>
  ({
    kind: '单选',
    factKind: 'term',
    fact,
    stem: '',
    options,
    correct: [options.indexOf(key)],
    blanks: [span(fact, key)],
  }) as unknown as QuestionDraft;

describe('a stem that gives its key away', () => {
  it('a 单选 whose key alone closes on a word of the sentence (____不是少数人的富裕: 共同富裕)', () => {
    const line = '共同富裕不是少数人的富裕，是全体人民的富裕。';
    expect(hintedKey(choice(line, '共同富裕', ['新质生产力', '放管结合', '共同富裕', '群众路线']))).toBe(true);
  });
  it('keeps a key that shares only its field with the sentence (污染物排放: 污染防治攻坚战; imported31, qfill71)', () => {
    const line = '污染防治攻坚战深入开展，主要污染物排放量继续下降，地表水和近岸海域水质持续好转。';
    const options = ['互联网+', '社会主义核心价值体系', '污染防治攻坚战', '区域重大战略'];
    expect(hintedKey(choice(line, '污染防治攻坚战', options))).toBe(false);
    const security = '必须坚定不移贯彻总体国家安全观，把维护国家安全贯穿党和国家工作各方面全过程。';
    const four = ['科学发展观', '总体国家安全观', '正确政绩观', '新发展理念'];
    expect(hintedKey(choice(security, '总体国家安全观', four))).toBe(false);
  });
  it('keeps a 填空 whose sentence holds the key head (…法律体系，建设【中国特色社会主义法治体系】; imported31)', () => {
    const line = '完善以宪法为核心的中国特色社会主义法律体系，建设中国特色社会主义法治体系，建设社会主义法治国家。';
    const fill = { ...choice(line, '中国特色社会主义法治体系', []), kind: '填空' } as QuestionDraft;
    expect(hintedKey(fill)).toBe(false);
  });
  it('keeps a 单选 whose options close on the sentence words alike, or none does', () => {
    const line = '要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，主动融入和服务新发展格局。';
    expect(hintedKey(choice(line, '新发展理念', ['总体国家安全观', '新发展理念', '科学发展观', '正确政绩观']))).toBe(
      false,
    );
    const pair = '坚定拥护“两个确立”、坚决做到“两个维护”。';
    expect(hintedKey(choice(pair, '两个维护', ['两个务必', '两个结合', '两个维护', '两个文明']))).toBe(false);
  });
});

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
