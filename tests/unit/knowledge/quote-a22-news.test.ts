// Round a22 (an audit on newspaper pieces a learner imports: commentaries, theory articles, meeting and
// visit stories, commemorative speeches): shapes that came out as 金句 and teach nothing. Paraphrased.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { fillReportQuotes } from '../../../electron/core/knowledge/report-fill.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';

type Kind = '讲话' | '会议报道' | '文章';
const quotes = (texts: string[], type: Kind) =>
  extractQuotes(
    texts.map((text) => ({ kind: 'p' as const, text })),
    { speakers: [], occasion: null, date: null, type },
  ).map((q) => `${q.speaker}: ${q.text}`);

describe('a22: a plain instruction quoted in a frame', () => {
  it('is an item of a work list, not a 金句', () => {
    const got = quotes(
      [
        '数据已成为新的生产要素。习近平总书记指出：“要构建以数据为关键要素的数字经济。”各地正在加快布局。',
        '习近平总书记强调，“把防汛救灾工作作为当前最紧要的工作来抓”。本版今起推出系列评论。',
      ],
      '文章',
    );
    expect(got.filter((q) => /构建以数据|来抓/.test(q))).toEqual([]);
  });

  it('keeps a framed line with a form of its own', () => {
    const got = quotes(['习近平总书记指出：“社会主义是干出来的，新时代也是干出来的。”实干是最质朴的方法论。'], '文章');
    expect(got).toContain('习近平: 社会主义是干出来的，新时代也是干出来的。');
  });
});

describe('a22: the day of the writing and a life told', () => {
  it('`今天是……日`, `再过几天，就是……` and `我喜欢……` are narration', () => {
    const got = quotes(
      [
        '今天是全国第七个扶贫日。打赢这场攻坚战，寄托着几代人的希冀。',
        '再过几天，就是农历春节。游子归心似箭，亲朋喜气洋洋。',
        '工作之余，我喜欢旅行，足迹遍布大江南北。高铁让出行成为一种享受。',
      ],
      '文章',
    );
    expect(got.filter((q) => /今天是|再过几天|我喜欢/.test(q))).toEqual([]);
  });
});

describe('a22: a commemoration appraising one person', () => {
  it('`某某同志是……的表率` and `学习某某先生，就是要学习他……` are not 金句; `……的一生，是……的一生` stays a candidate', () => {
    const texts = [
      '——张明远同志是坚持真理、实事求是的表率。他一生追求真理，从不随波逐流。',
      '学习张明远先生，就是要学习他心系桑梓的赤子情怀。他始终视家乡为家。',
      '张明远先生的一生，是矢志报国的一生，是竭诚奉献的一生。',
    ];
    const got = quotes(texts, '讲话');
    expect(got.filter((q) => /的表率|就是要学习他/.test(q))).toEqual([]);
    expect(got.some((q) => q.includes('的一生，是矢志报国的一生'))).toBe(true);
  });
});

describe('a22: a report’s words said to those present, and its routine lines', () => {
  it('`你们做到了……` told to the station staff is a remark of the visit', () => {
    const got = quotes(
      [
        '2月14日，国务院总理李强来到某某火车站考察。',
        '李强说，你们做到了两手抓，一手抓防控，一手抓畅通。',
        '李强强调，交通是经济的大动脉，也是保障物资供应的生命线。',
      ],
      '会议报道',
    );
    expect(got.filter((q) => q.includes('你们'))).toEqual([]);
  });

  it('the fill leaves out the moment named, shortcomings owned and the year’s formula', () => {
    const paragraphs = [
      '某省政协常委会会议闭幕。省政协主席周建国主持闭幕会并讲话。',
      '周建国指出，今年是全面建成小康社会的收官之年，风险挑战明显增加。',
      '周建国表示，常委会工作还存在一些差距和不足。',
      '周建国强调，一年来工作成绩的取得，根本在于省委的坚强领导。',
    ].map((text) => ({ kind: 'p' as const, text }));
    const candidates = quoteCandidates({ paragraphs, type: '会议报道', speakers: [] });
    expect(fillReportQuotes([], candidates, 3000).map((q) => q.text)).toEqual([]);
  });
});

describe('a22: a bare subheading', () => {
  it('a line of up to 16 characters ending on no mark, before a long paragraph, is a heading', () => {
    const got = quotes(
      [
        '红色专列开进山村，乡村旅游更加红火',
        '站在山坡上，整个村子一览无余。眼底是新建的纪念馆和一条红色街道，远处河水日夜奔流，游客络绎不绝。去年开通的旅游专列，更是让这里成了热门目的地。',
      ],
      '文章',
    );
    expect(got.filter((q) => q.includes('红色专列'))).toEqual([]);
  });
});
