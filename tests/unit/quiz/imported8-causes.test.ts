// Causes found by judging an eighth draw of questions from documents a user imports (the web pages
// and Word/PDF papers of import rounds 12–14, tests/eval/knowledge/questions-imported8.json) and a
// seventh library draw (questions-outside7.json): a notice's request (请各单位高度重视…) and its list
// of addressees (各乡镇党委书记、县直各单位党组织书记) blanked as 金句; a scene of the season (春回大地，万物
// 生长) blanked as a 金句; a blank inside a title in book marks (《中国共产党____条例》); the end year of a
// span whose start the stem shows (自2024年11月…至____年2月底); 邓小平's 一手抓建设，一手抓法制 retold without
// a frame (十三大) and a bare 我们是乐观主义者 asked which year. The texts are written for these tests in
// the shapes of notices, news items and reports.
import { describe, expect, it } from 'vitest';
import { cutsBookTitle } from '../../../electron/core/quiz/blank-in-quotation.js';
import { keyBlanks } from '../../../electron/core/quiz/key-blanks.js';
import { generateFromNumbers } from '../../../electron/core/quiz/generate-numbers.js';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { sayingIn } from '../../../electron/core/knowledge/sayings.js';
import type { SourceDoc } from '../../../electron/core/quiz/types.js';
import { quoteOf, sourceDoc, sourceOf } from './source-doc.js';

/** A user's notice or news item holding one line, beside other local documents of other years. */
const localDocs = (line: string, type = '通知'): SourceDoc[] =>
  [2021, 2022, 2023, 2024, 2025].map((year, i) =>
    sourceDoc(`u:n${i}`, year, [i === 0 ? line : `全县新建项目${i + 10}个，总投资${i + 20}亿元。`], {
      type,
      source: null,
      title: [
        '关于举办全县党组织书记培训班的通知',
        '关于开展冬训工作的通知',
        '关于做好防汛工作的通知',
        '关于开展述职评议的通知',
        '关于加强安全生产的通知',
      ][i]!,
    }),
  );

const asked = (line: string, type = '通知') => {
  const docs = localDocs(line, type);
  return generateFromQuotes(sourceOf(docs, [quoteOf(docs[0]!, line, null)]));
};

describe('a line of a notice that says nothing to study', () => {
  it('a request to its readers is asked nothing', () => {
    expect(asked('请各单位高度重视，按时选派人员参训。')).toEqual([]);
    expect(asked('请于3月10日前将培训学员名单报送县委组织部。')).toEqual([]);
  });

  it('a list of its addressees is asked nothing', () => {
    expect(asked('各乡镇党委书记、县直各单位党组织书记。')).toEqual([]);
    expect(asked('各乡镇党委、县直各部门、各人民团体：')).toEqual([]);
  });

  it('guard: a judgement in a notice is still asked', () => {
    expect(asked('书记抓、抓书记是加强基层党建的关键，必须落实全面从严治党主体责任。').length).toBeGreaterThan(0);
  });
});

describe('a scene of the season', () => {
  it('is no 金句: 春暖花开, 万物复苏 fit a blank as well', () => {
    expect(asked('春回大地，万物生长。', '新闻')).toEqual([]);
    expect(asked('金秋时节，硕果累累。', '新闻')).toEqual([]);
  });

  it('guard: a couplet of judgement of the same length is still asked', () => {
    // (Longer than a short local line, which questions21 asks only by a 提法 in it.)
    expect(asked('奋斗者创造历史，实干者成就未来。', '新闻').length).toBeGreaterThan(0);
  });
});

describe('a blank inside a title in book marks', () => {
  const fact = '通过学习新修订的《中国共产党纪律处分条例》，我深刻认识到纪律是党的生命，是管党治党的戒尺。';
  const blank = (text: string) => {
    const start = fact.indexOf(text);
    return [{ start, end: start + text.length }];
  };

  it('cuts the name: 《中国共产党____条例》 asks half a name', () => {
    expect(cutsBookTitle(fact, blank('纪律处分'))).toBe(true);
    expect(cutsBookTitle(fact, blank('纪律处分条例》，我'))).toBe(true);
  });

  it('guard: the whole title or words outside it may be blanked', () => {
    expect(cutsBookTitle(fact, blank('中国共产党纪律处分条例'))).toBe(false);
    expect(cutsBookTitle(fact, blank('生命'))).toBe(false);
  });

  it('is never chosen: the blank goes to a word outside the title', () => {
    // The rarest word of the sentence is the title's 纪律处分: a word frequency as the library's.
    const rare = (w: string) => (w === '纪律处分' ? 0 : 9);
    const blanks = keyBlanks(fact, 2, rare, false, true);
    expect(blanks.length).toBeGreaterThan(0);
    expect(cutsBookTitle(fact, blanks)).toBe(false);
  });
});

describe('the end year of a span whose start the stem shows', () => {
  const notice = (text: string) =>
    sourceDoc('u:w', 2024, [text], { type: '通知', source: null, title: '关于做好2024年度党员冬训工作的通知' });

  it('is not asked: a winter campaign from 2024年11月 ends in 2025', () => {
    const doc = notice('冬训工作自2024年11月中旬开始，至2025年2月底结束，集中培训时间不少于三天。');
    expect(generateFromNumbers(sourceOf([doc], [])).filter((q) => q.blanks.some((b) => b.text === '2025'))).toEqual([]);
  });

  it('guard: a target year the clause does not give away is still asked', () => {
    const doc = notice('根据行动方案，到2027年全县将建成党员教育实训基地三十个，覆盖全部乡镇。');
    expect(
      generateFromNumbers(sourceOf([doc], [])).filter((q) => q.blanks.some((b) => b.text === '2027')).length,
    ).toBeGreaterThan(0);
  });
});

describe('words a report retells or that say nothing of the world', () => {
  const reports = (line: string) =>
    [1982, 1987, 1992, 1997, 2002].map((year, i) =>
      sourceDoc(`b:r${i}`, year, [i === 1 ? line : `国民生产总值增长${i + 5}%。`], {
        type: '报告',
        source: '中国共产党全国代表大会',
        title: `第${12 + i}次全国代表大会报告`,
      }),
    );
  const whence = (line: string) => {
    const docs = reports(line);
    return generateFromQuotes(sourceOf(docs, [quoteOf(docs[1]!, line, null)])).filter((q) => /出自哪/.test(q.stem));
  };

  it('邓小平’s 一手抓建设，一手抓法制 retold (和改革) is a saying: not asked which year or report', () => {
    expect(sayingIn('我们必须一手抓建设和改革，一手抓法制。')).not.toBeNull();
    expect(whence('我们必须一手抓建设和改革，一手抓法制。')).toEqual([]);
  });

  it('a bare “we are …” is asked neither which year nor which report', () => {
    expect(whence('我们是乐观主义者。')).toEqual([]);
  });

  it('guard: a report’s own judgement is still asked where it comes from', () => {
    expect(whence('我们的事业是走向未来的事业，必须依靠青年。').length).toBeGreaterThan(0);
  });
});

describe('a key word that any word of its kind fits', () => {
  const blanked = (text: string) => keyBlanks(text, 2, undefined, false, true).map((b) => b.text);

  it('an item of a list is not blanked: 信心, 决心 fit as well as 勇气', () => {
    const text =
      '中国人民有勇气、有智慧、有能力战胜任何艰难险阻，中国经济有潜力、有韧性、有优势，中国的发展前景一定会更好。';
    for (const w of ['勇气', '智慧', '能力', '潜力', '韧性', '优势']) expect(blanked(text)).not.toContain(w);
  });

  it('a degree or a manner before a verb is not blanked (高度负责, 不断前进)', () => {
    // Each is the rarest word of its sentence, as in the library.
    const rarest = (text: string, word: string) =>
      keyBlanks(text, 1, (w) => (w === word ? 0 : 9), false, true).map((b) => b.text);
    expect(rarest('要以高度负责的精神，采取更加有力的措施，决不辜负人民的重托。', '高度负责')).not.toContain(
      '高度负责',
    );
    expect(rarest('我们要不断前进，永不停步。', '不断前进')).not.toContain('不断前进');
  });

  it('guard: a key word outside a list keeps its blank', () => {
    expect(blanked('调查研究是我们党的传家宝，是做好各项工作的基本功。').length).toBeGreaterThan(0);
  });
});

describe('guard: items that share a word with the blank', () => {
  it('give its form, as a series does: 打江山、守江山 may still be blanked', () => {
    const text = '江山就是人民，人民就是江山，打江山、守江山，守的是人民的心。';
    expect(keyBlanks(text, 2).length).toBeGreaterThan(0);
  });
});
