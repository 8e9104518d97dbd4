// Round local25: imported local documents (quotes-local21.json, sets local25 and local25h, local-docs/l25-*):
// a speech's procedure and stock metaphors are no 金句, a saying retold in other words is nobody's, a
// report's `他同时强调，` / `他接着说，` go on with the person named before, and a 学习研讨 发言's `我深刻体会到，`
// only leads into its point.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { isLocalFormula, isSpeechFormula } from '../../../electron/core/knowledge/speech-formulas.js';
import { isRetoldSaying } from '../../../electron/core/knowledge/sayings.js';
import { reportedClauses } from '../../../electron/core/knowledge/reported-speech.js';
import { WHETHER_JUDGED } from '../../../electron/core/knowledge/judgement-words.js';

const quotesOf = (texts: string[], type: '讲话' | '会议报道', name: string | null = '韩立新') =>
  extractQuotes(
    texts.map((text) => ({ kind: 'p' as const, text })),
    { speakers: name ? [{ name, role: null }] : [], occasion: null, date: null, type },
  ).map((q) => `${q.speaker ?? '—'}: ${q.text}`);

describe('the procedure a speech, a 述职 or a 研讨发言 opens or closes on', () => {
  it('is a formula', () => {
    expect(isSpeechFormula('述职完毕，请予评议。')).toBe(true);
    expect(isSpeechFormula('以上发言，不妥之处，请各位领导和同志们批评指正。')).toBe(true);
    expect(isSpeechFormula('以上报告，请予审议。')).toBe(true);
    expect(isSpeechFormula('下面，我讲几点意见。')).toBe(true);
    expect(isSpeechFormula('我就讲这些。')).toBe(true);
  });

  it('not a thesis on criticism', () => {
    expect(isSpeechFormula('批评和自我批评是我们党的优良作风。')).toBe(false);
    expect(isSpeechFormula('干部在一线，威信就在一线。')).toBe(false);
  });
});

describe('a task called a battle or an essay', () => {
  it('is a local formula', () => {
    expect(isLocalFormula('乡村振兴是一篇大文章，需要一任接着一任干。')).toBe(true);
    expect(isLocalFormula('优化营商环境是一场攻坚战，也是一场持久战。')).toBe(true);
  });

  it('not when its point follows', () => {
    expect(isLocalFormula('脱贫攻坚是一场硬仗，越到最后越要绷紧这根弦。')).toBe(false);
    expect(isLocalFormula('基层党组织是党执政大厦的地基。')).toBe(false);
  });
});

describe('a saying retold in other words', () => {
  it('is the saying', () => {
    expect(isRetoldSaying('坐在办公室里碰到的都是问题，下到基层看到的都是办法。')).toBe(true);
  });

  it('not a line of the same shape of its own', () => {
    expect(isRetoldSaying('营商环境没有最好，只有更好。')).toBe(false);
    // (One clause each, and another thing said than 诚信是最好的营商环境.)
    expect(isRetoldSaying('诚信是营商环境的基石。')).toBe(false);
    expect(isRetoldSaying('群众看党员，不是看你说得多好听，而是看你干得多实在。')).toBe(false);
  });

  it('is nobody’s in a local speech', () => {
    const got = quotesOf(['坐在办公室里碰到的都是问题，下到基层看到的都是办法。'], '讲话');
    expect(got).toContain('—: 坐在办公室里碰到的都是问题，下到基层看到的都是办法。');
    expect(got.filter((x) => x.startsWith('韩立新'))).toEqual([]);
  });
});

describe('a report going on with the person it named', () => {
  it('leaves 同时/接着 out of the subject', () => {
    expect(reportedClauses('他同时强调，改革不是坐而论道，而是起而行之。')[0]?.subject).toBe('他');
    expect(reportedClauses('他接着说，抓住了项目就抓住了发展的“牛鼻子”。')[0]?.subject).toBe('他');
  });

  it('credits the words to him', () => {
    const got = quotesOf(
      [
        '杜承宇还指出，今年上半年，全市工业投资增速回落明显，要引起高度重视。他同时强调，改革不是坐而论道，而是起而行之。',
      ],
      '会议报道',
      null,
    );
    expect(got).toContain('杜承宇: 改革不是坐而论道，而是起而行之。');
  });
});

describe('a maxim right after a person’s words in a report', () => {
  const report = (tail: string) =>
    quotesOf(
      [`会议传达了省委书记程远航的讲话精神。程远航指出，抓改革就是抓发展，谋改革就是谋未来。${tail}`],
      '会议报道',
      null,
    );

  it('goes on with his words', () => {
    expect(report('改革的办法对了，发展的路子就宽了。')).toContain('程远航: 改革的办法对了，发展的路子就宽了。');
  });

  it('not the meeting’s own narration, nor figures', () => {
    const got = report('会后，与会人员就贯彻落实进行了讨论。上半年，全市生产总值增长5%，就业形势就稳住了。');
    expect(got.filter((x) => x.startsWith('程远航') && /与会|生产总值/.test(x))).toEqual([]);
  });
});

describe('what a 学习研讨 发言 says it learned', () => {
  it('is its point, the lead left off', () => {
    const got = quotesOf(
      ['通过这一阶段的集中学习，我深刻体会到，学习不是装点门面的“盆景”，而是推动工作的“引擎”。'],
      '讲话',
    );
    expect(got).toContain('韩立新: 学习不是装点门面的“盆景”，而是推动工作的“引擎”。');
  });

  it('also after a bare 通过学习， (local25h)', () => {
    const got = quotesOf(['通过学习，我深刻认识到，学习不是装点门面的“盆景”，而是推动工作的“引擎”。'], '讲话');
    expect(got).toContain('韩立新: 学习不是装点门面的“盆景”，而是推动工作的“引擎”。');
  });
});

describe('a subject asked A不A, its answer in what it is to be judged by', () => {
  it('is a thesis', () => {
    expect(WHETHER_JUDGED.test('理论学得好不好，最终要看解决实际问题的成效。')).toBe(true);
    expect(WHETHER_JUDGED.test('工作做得实不实，就看群众满不满意。')).toBe(true);
    expect(quotesOf(['理论学得好不好，最终要看解决实际问题的成效。'], '讲话')).toContain(
      '韩立新: 理论学得好不好，最终要看解决实际问题的成效。',
    );
  });

  it('not a task without the question', () => {
    expect(WHETHER_JUDGED.test('各单位要看清形势，抓好落实。')).toBe(false);
  });
});

describe('a central thesis a provincial secretary repeats (local25h)', () => {
  it('is nobody’s certain words', () => {
    const got = quotesOf(
      ['会议传达了省委书记程远航在全省经济工作会议上的讲话精神。程远航指出，发展是解决一切问题的基础和关键。'],
      '会议报道',
      null,
    );
    expect(got.filter((x) => x.includes('一切问题'))).toEqual(['—: 发展是解决一切问题的基础和关键。']);
  });
});
