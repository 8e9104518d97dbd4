// Round quotes23 (held24: the 1986, 1982 and 1964 reports): a thesis after a mark of stress or a lesson
// drawn (这里还要特别强调，/ …经验反复证明，) stands alone; a demonstrative pointing inside its own sentence
// (农业这个…基础, …的危害极大，这种危害…) is no pointing back; the half quota theses fill is counted on the
// 金句 kept; what a whole people shares or owes (共同要求, 神圣义务) weighs as a root noun.
import { describe, expect, it } from 'vitest';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { MIN_SCORE, selectQuotes, type RankedQuote } from '../../../electron/core/knowledge/quote-rank.js';
import { fragmentReason } from '../../../electron/core/knowledge/sentence-fragment.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';
import { quoteScore } from './quote-score.js';
import { openingJudgement } from '../../../electron/core/knowledge/opening-judgement.js';

const candidates = (text: string) =>
  quoteCandidates({ paragraphs: [{ kind: 'p' as const, text: `引言一句。${text}` }], type: '文件', speakers: [] });

describe('a mark of stress or a lesson before a thesis', () => {
  it('is left off: the thesis is the candidate', () => {
    for (const [text, thesis] of [
      ['这里需要特别强调指出，整个社会主义历史阶段，必须大力加强社会主义精神文明的建设。', '整个社会主义'],
      ['这里还要特别强调，农业是国民经济的基础。', '农业是'],
      ['我们一定要充分认识到，经济工作是中心，思想政治工作是经济工作健康发展的保证。', '经济工作是中心'],
      ['毫无疑问，扩大对外经济技术交流是为了增强自力更生的能力。', '扩大对外'],
    ])
      expect(candidates(text!).some((c) => c.text.startsWith(thesis!))).toBe(true);
  });
  it('a lesson drawn from experience marks the thesis as its conclusion', () => {
    const c = candidates('我国三十多年的经济建设经验反复证明，基本建设投资的规模必须同国力相适应。');
    expect(c.find((x) => x.text.startsWith('基本建设'))?.lesson).toBe(true);
  });
  it('a bare 强调， (reported words) and 必须看到， (the problems next) keep their lead', () => {
    expect(candidates('强调，要加强党的建设。').some((c) => c.text.startsWith('要加强'))).toBe(false);
    expect(candidates('必须看到，我们的工作还有不少问题。').some((c) => c.text.startsWith('我们的工作'))).toBe(false);
  });
});

describe('a demonstrative pointing inside its own sentence', () => {
  it('in apposition after a noun, or before a noun the sentence has said, leaves it standing', () => {
    for (const t of [
      '不断加强农业这个国民经济的基础，是我国现代化建设中的一项重要战略方针。',
      '增长速度上的大起大落对经济发展的危害极大，这种危害往往需要经过相当长的时间才能消除。',
      '属于资产阶级的人，只要愿意进行改造，过好社会主义革命这一关，是有光明前途的。',
    ])
      expect(fragmentReason(t)).toBeNull();
  });
  it('after a verb, or before a noun not said before, still points back', () => {
    expect(fragmentReason('我们要抓住这个机遇，加快发展。')).not.toBeNull();
    expect(fragmentReason('这种危害往往需要很长时间才能消除。')).not.toBeNull();
    expect(fragmentReason('经济发展很快，这种势头必须保持下去。')).not.toBeNull();
  });
  it('a number after 这 counts what was told before, unless it follows the list it counts', () => {
    expect(fragmentReason('处理好这三者的关系，是顺利执行总路线的一个重要保证。')).not.toBeNull();
    expect(fragmentReason('坚持社会主义道路、坚持人民民主专政这两项原则，是我们的立国之本。')).toBeNull();
  });
});

describe('the half quota plain theses may fill', () => {
  const q = (paragraph: number, text: string, score: number, thesis = false): RankedQuote => ({
    paragraph,
    start: 0,
    end: text.length,
    text,
    speaker: null,
    source: 'own',
    score,
    reason: '格言式论断',
    ...(thesis ? { thesis } : {}),
  });
  it('is counted on the 金句 kept, not on candidates repeating one sentence', () => {
    // A quota of 10: five firm candidates, but three are one sentence said again; two kept leave room.
    const firm = [
      q(0, '改革是发展的强大动力。', 5),
      q(1, '改革是发展的强大动力。', 5),
      q(2, '改革是发展的强大动力。', 5),
    ];
    const more = [q(3, '开放是繁荣的必由之路。', 5), q(4, '开放是繁荣的必由之路。', 5)];
    const near = [q(5, '维护和平是各国人民的普遍要求。', 3, true), q(6, '团结合作是发展中国家的正确选择。', 3, true)];
    const out = selectQuotes([...firm, ...more, ...near], 10_000);
    expect(out.map((x) => x.text)).toEqual(expect.arrayContaining(near.map((x) => x.text)));
  });
});

describe('what a whole people shares or owes', () => {
  it('closing a judgement weighs as a root noun (共同要求, 共同愿望, 神圣义务, 基本立足点)', () => {
    expect(quoteScore('维护和平是中国人民和全世界人民的共同要求。')).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(quoteScore('世世代代友好下去，是中日两国人民的共同愿望。')).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(quoteScore('维护和平的共同要求得到了各国的响应。')).toBeLessThan(MIN_SCORE);
  });
});

describe('a sentence too long to be a 金句', () => {
  const long =
    '人民公社是我国人民群众根据实际需要所作出的伟大创举，党中央和毛泽东同志十分重视并且及时抓住了群众的这个创举，把它集中起来，坚持下去，用正确的方针指导它沿着健康的道路向前发展。';
  it('offers its opening judgement, closing on a noun of weight, as a candidate of its own', () => {
    expect(candidates(long).some((c) => c.text === '人民公社是我国人民群众根据实际需要所作出的伟大创举')).toBe(true);
  });
  it('not an opening that only says what a thing is, nor one where the noun is a verb', () => {
    expect(
      openingJudgement(
        '厂长是企业法人的代表，对企业的生产经营和行政管理工作全面负责，同时要尊重职工代表大会的职权，依靠全体职工办好企业，认真执行国家的方针政策和法律法规。',
      ),
    ).toBeNull();
    expect(
      openingJudgement(
        '财政支出的安排首先是保证重点建设，逐步增加教育、科学、文化、卫生、体育事业的开支，同时保证军政费用必不可少的需要，按期偿还国外借款的本息，适当照顾其他方面的开支。',
      ),
    ).toBeNull();
  });
});

describe('the record of a period and the answer to a question', () => {
  it('a change told as come about (更加提高了, 有了新的发展) is narration', () => {
    expect(styleOf('我们的国际威望更加提高了，我们的革命影响更加扩大了。').narration).toBe(true);
    expect(styleOf('工业生产有了新的发展，品种、质量出现了新的跃进。').narration).toBe(true);
    expect(styleOf('有了一个安定团结的良好社会环境，我们的改革才能取得成功。').narration).toBe(false);
  });
  it('a denial just after a question answers it, and is no candidate', () => {
    const c = candidates('难道这是做不到的吗？是吹牛皮吗？不，是做得到的。既不是吹牛皮，也不是放大炮。');
    expect(c.some((x) => x.text.startsWith('既不是') || x.text.startsWith('不，'))).toBe(false);
    expect(candidates('这件事情很难。既不是吹牛皮，也不是放大炮。').some((x) => x.text.startsWith('既不是'))).toBe(
      true,
    );
  });
});
