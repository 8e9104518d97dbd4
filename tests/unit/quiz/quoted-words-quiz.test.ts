// “谁说的” and source questions about words a document did not coin: a well-known saying older than
// the document, words a document quotes, and words an article quotes (dated by when they were said).
import { describe, expect, it } from 'vitest';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import type { QuizSource, SourceDoc } from '../../../electron/core/quiz/types.js';
import { sourceDoc } from './source-doc.js';

const doc = (id: string, year: number, type: string, speakers: string[], texts: string[]): SourceDoc =>
  sourceDoc(id, year, texts, { title: `${year}年报告${id}`, type, speakers });

describe('a well-known saying is older than the document that quotes it', () => {
  const speech = (id: string, year: number, speaker: string, texts: string[]) => ({
    ...doc(id, year, '讲话', [speaker], texts),
    title: `在${id}会议上的讲话`,
    source: null,
  });
  const docs = [
    speech('县委', 2024, '李明', [
      '绿水青山就是金山银山。',
      '项目是发展的生命线，投资是增长的发动机。',
      '民惟邦本，本固邦宁。',
      '发展是硬道理，是解决我们县里各种问题的关键所在。',
    ]),
    speech('庆祝', 2021, '习近平', ['江山就是人民，人民就是江山。']),
    speech('省委', 2022, '王强', ['干部要敢于担当。']),
    speech('市委', 2023, '赵立新', ['发展要靠实干。']),
    speech('区委', 2020, '陈志远', ['民生无小事。']),
  ];
  const quote = (id: string, docId: string, text: string, speaker: string, paragraph = 0) => ({
    id,
    docId,
    paragraph,
    start: 0,
    end: text.length,
    text,
    speaker,
    occasion: null,
    date: null,
    score: 8,
    reason: '格言式论断',
  });
  const src: QuizSource = {
    docs: new Map(docs.map((d) => [d.id, d])),
    quotes: [
      quote('q1', '县委', '绿水青山就是金山银山。', '习近平'),
      quote('q2', '县委', '项目是发展的生命线，投资是增长的发动机。', '李明', 1),
      quote('q3', '庆祝', '江山就是人民，人民就是江山。', '习近平'),
      { ...quote('q4', '县委', '民惟邦本，本固邦宁。', '李明', 2), speaker: null },
      { ...quote('q5', '县委', '发展是硬道理，是解决我们县里各种问题的关键所在。', '李明', 3), speaker: null },
    ],
    terms: [],
  };
  const choices = generateFromQuotes(src).filter((q) => q.kind === '单选');
  const about = (fact: string) => choices.filter((q) => q.fact === fact).map((q) => q.stem.split('\n')[1]);

  it('is never asked which document or year it comes from', () => {
    expect(about('项目是发展的生命线，投资是增长的发动机。')).toContain('这句话出自哪篇讲话或文献？');
    expect(about('绿水青山就是金山银山。')).toEqual([]);
    expect(about('江山就是人民，人民就是江山。').filter((s) => /出自/.test(s!))).toEqual([]);
  });

  it('nor is a sentence built on one (remembered by the saying, not by this document)', () => {
    expect(about('发展是硬道理，是解决我们县里各种问题的关键所在。').filter((s) => /出自/.test(s!))).toEqual([]);
  });

  it('is asked who said it only in its author’s own speech, with the author as the key', () => {
    const who = choices.filter((q) => q.fact === '江山就是人民，人民就是江山。' && q.stem.endsWith('是谁说的？'));
    expect(who).toHaveLength(1);
    expect(who[0]!.options[who[0]!.correct[0]!]).toBe('习近平');
  });

  it('names the classic as the source of its line', () => {
    const blank = generateFromQuotes(src).filter((q) => q.fact === '民惟邦本，本固邦宁。');
    expect(blank.map((q) => [q.kind, q.stem, q.explanation])).toEqual([
      ['填空', '补全名句（语出《尚书》）：', '语出《尚书》，《在县委会议上的讲话》（2024年）引用。'],
    ]);
  });
});

describe('words a document quotes', () => {
  const lecture = {
    ...doc(
      '课',
      2023,
      '讲话',
      ['王建国'],
      [
        '焦裕禄同志说：“我是县委书记，要把群众的冷暖放在心上。”',
        '功劳簿是干出来的，不是说出来的。',
        '古人讲：“为政之要，莫先于用人，用人之要，莫先于察德。”',
      ],
    ),
    title: '专题党课讲稿',
    source: null,
  };
  const others = ['甲', '乙', '丙'].map((id, i) => ({
    ...doc(id, 2020 + i, '讲话', [`干部${id}`], ['要把工作做实做细。']),
    title: `在${id}会议上的讲话`,
    source: null,
  }));
  const quote = (id: string, paragraph: number, text: string, speaker: string | null) => {
    const p = lecture.paragraphs[paragraph]!.text;
    return {
      id,
      docId: '课',
      paragraph,
      start: p.indexOf(text),
      end: p.indexOf(text) + text.length,
      text,
      speaker,
      occasion: null,
      date: null,
      score: 8,
      reason: '对仗',
    };
  };
  const src: QuizSource = {
    docs: new Map([lecture, ...others].map((d) => [d.id, d])),
    quotes: [
      quote('a', 0, '我是县委书记，要把群众的冷暖放在心上。', '焦裕禄'),
      quote('b', 1, '功劳簿是干出来的，不是说出来的。', '王建国'),
      quote('c', 2, '为政之要，莫先于用人，用人之要，莫先于察德。', null),
    ],
    terms: [],
  };
  const sourceQuestions = (fact: string) =>
    generateFromQuotes(src).filter((q) => q.fact === fact && /出自/.test(q.stem));

  it('are never asked which document or year they come from: they were said elsewhere and earlier', () => {
    expect(sourceQuestions('我是县委书记，要把群众的冷暖放在心上。')).toEqual([]);
    expect(sourceQuestions('为政之要，莫先于用人，用人之要，莫先于察德。')).toEqual([]);
  });

  it('while the speaker’s own words are', () => {
    expect(sourceQuestions('功劳簿是干出来的，不是说出来的。').length).toBeGreaterThan(0);
  });
});

describe('“谁说的” about words an article quotes', () => {
  it('dates them by when they were said, not by the article', () => {
    const text = '党建工作的难点在基层，亮点也在基层。';
    const article = {
      ...doc('文', 2022, '文章', [], [`习近平总书记指出：“${text}”`]),
      title: '基层党建述评',
      source: null,
    };
    const speeches = ['李强', '王建国', '陈志远'].map((name, i) => ({
      ...doc(`s${i}`, 2019 + i, '讲话', [name], ['要把工作做实做细。']),
      source: null,
    }));
    const quote = (date: string | null) => ({
      id: `q${date}`,
      docId: '文',
      paragraph: 0,
      start: 10,
      end: 10 + text.length,
      text,
      speaker: '习近平',
      occasion: null,
      date,
      score: 8,
      reason: '习近平的原话',
    });
    const who = (date: string | null) =>
      generateFromQuotes({
        docs: new Map([article, ...speeches].map((d) => [d.id, d])),
        quotes: [quote(date)],
        terms: [],
      })
        .filter((q) => q.stem.endsWith('是谁说的？'))
        .map((q) => q.stem.split('\n')[0]);
    expect(who('2018-11')).toEqual([`“${text}”（2018年）`]);
    expect(who(null)).toEqual([`“${text}”`]);
  });
});
