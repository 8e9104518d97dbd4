// Bad questions found by judging generated questions outside the evaluation sample, one cause per
// test: a 金句 several reports repeat, “谁说的” options beside a quoted leader, facts cut inside
// brackets or written in traditional script, figures grouped with commas, a distractor the stem
// shows, a past year asked as a target, 个百分点 counted as things, a handful of things asked as a
// figure, a historical 提法, and a distractor first found years after the document.
import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../../../electron/core/quiz/generate.js';
import { generateFromNumbers } from '../../../electron/core/quiz/generate-numbers.js';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { generateFromTerms } from '../../../electron/core/quiz/generate-terms.js';
import { askable, termDistractors } from '../../../electron/core/quiz/term-distractors.js';
import type { QuizSource, SourceDoc, SourceQuote } from '../../../electron/core/quiz/types.js';
import { sourceDoc } from './source-doc.js';

const doc = (id: string, year: number, speakers: string[], texts: string[], over: Partial<SourceDoc> = {}) =>
  sourceDoc(id, year, texts, { speakers, ...over });

const quoteOf = (d: SourceDoc, id: string, text: string, speaker: string | null): SourceQuote => {
  const paragraph = d.paragraphs.findIndex((p) => p.text.includes(text));
  const start = d.paragraphs[paragraph]!.text.indexOf(text);
  return {
    id,
    docId: d.id,
    paragraph,
    start,
    end: start + text.length,
    text,
    speaker,
    occasion: null,
    date: null,
    score: 8,
    reason: '论断',
  };
};

const sourceOf = (docs: SourceDoc[], quotes: SourceQuote[] = []): QuizSource => ({
  docs: new Map(docs.map((d) => [d.id, d])),
  quotes,
  terms: [],
});

describe('a 金句 that several reports repeat', () => {
  const line = '我国是统一的多民族国家。';
  const docs = [
    doc('a', 1988, ['李鹏'], [line]),
    doc('b', 1999, ['朱镕基'], [line]),
    doc('c', 2017, ['李克强'], [line]),
  ];
  const fills = generateFromQuotes(
    sourceOf(
      docs,
      docs.map((d, i) => quoteOf(d, `q${i}`, line, d.speakers[0]!)),
    ),
  ).filter((q) => q.kind === '填空');

  it('is one 填空, from the earliest report, not one per report', () => {
    expect(fills).toHaveLength(1);
    expect(fills[0]!.docId).toBe('a');
  });

  it('is credited to nobody: other speakers say it too, it is a set wording', () => {
    expect(fills[0]!.stem).toBe('补全金句（《1988年政府工作报告a》）：');
  });

  it('keeps the name the text cites (毛泽东, quoted in two reports)', () => {
    const cited = '国家的统一，人民的团结，国内各民族的团结，这是我们的事业必定要胜利的基本保证。';
    const two = [doc('x', 1979, ['华国锋'], [`毛泽东同志说：“${cited}”`]), doc('y', 1994, ['李鹏'], [cited])];
    const qs = generateFromQuotes(
      sourceOf(two, [quoteOf(two[0]!, 'm1', cited, '毛泽东'), quoteOf(two[1]!, 'm2', cited, '毛泽东')]),
    );
    const fill = qs.filter((q) => q.kind === '填空');
    // The report quotes him: it is where the words are found, not his work.
    expect(fill.map((q) => q.stem)).toEqual(['补全毛泽东的金句（《1979年政府工作报告x》引述）：']);
    expect(fill[0]!.explanation).toBe('毛泽东的话，《1979年政府工作报告x》引述。');
  });
});

describe('blanks of a 金句', () => {
  it('blank no ordinary word beside a 提法, and at most one where no 提法 is', () => {
    const both = '腐败是危害党的生命力和战斗力的最大毒瘤，反腐败是最彻底的自我革命。';
    const words = '缩小城乡区域差距，既是调整经济结构的重点，也是释放发展潜力的关键。';
    const docs = [doc('a', 2022, ['习近平'], [both]), doc('b', 2016, ['李克强'], [words])];
    const fills = generateFromQuotes(
      sourceOf(docs, [quoteOf(docs[0]!, 'x', both, '习近平'), quoteOf(docs[1]!, 'y', words, '李克强')]),
    ).filter((q) => q.kind === '填空');
    expect(fills.find((q) => q.fact === both)?.blanks.map((b) => b.text)).toEqual(['自我革命']);
    expect(fills.find((q) => q.fact === words)?.blanks).toHaveLength(1);
  });
});

describe('“谁说的” about a national leader quoted in a local article', () => {
  const text = '党建工作的难点在基层，亮点也在基层。';
  const article = doc('文', 2022, [], [`习近平总书记指出：“${text}”`], { type: '文章', source: null });
  const local = [
    doc('区', 2021, ['单少军'], ['要把换届工作做实做细。'], { type: '讲话', source: null }),
    doc('市', 2021, ['梁維東'], ['要壓實抓基層黨建責任。'], { type: '讲话', source: null }),
  ];
  const national = [
    doc('十九大', 2017, ['习近平'], ['中国特色社会主义进入了新时代。']),
    doc('政府', 2019, ['李克强'], ['经济运行保持在合理区间。']),
    doc('政府2', 2024, ['李强'], ['经济回升向好。']),
  ];
  const who = generateFromQuotes(
    sourceOf([article, ...local, ...national], [{ ...quoteOf(article, 'w', text, '习近平'), reason: '习近平的原话' }]),
  ).filter((q) => q.stem.endsWith('是谁说的？'));

  it('offers national leaders beside him, never the district’s officials or a name in traditional script', () => {
    expect(who).toHaveLength(1);
    for (const o of who[0]!.options) expect(['习近平', '李克强', '李强', '温家宝']).toContain(o);
  });
});

describe('facts a stem cannot show', () => {
  it('drops a fact cut inside brackets (line breaks inside “（PM\\n2.5\\n）” split the paragraph)', () => {
    const d = doc(
      'p',
      2022,
      ['李克强'],
      [
        '城镇新增就业1269万人。', // The line breaks inside “（PM\n2.5\n）” split the paragraph.
        '地级及以上城市细颗粒物（PM',
        '2.5',
        '）平均浓度下降9.1%。第一批国家公园正式设立。',
      ],
    );
    const qs = generateQuestions(sourceOf([d, doc('o', 2021, ['李克强'], ['城镇新增就业1186万人。'])]), 'numbers', 100);
    expect(qs.some((q) => q.fact.includes('1269万'))).toBe(true);
    expect(qs.filter((q) => q.fact.includes('9.1%'))).toEqual([]);
  });

  it('drops facts written in traditional script', () => {
    const d = doc('t', 2009, [], ['在105家農業龍頭企業和87個農民專業合作組織建立黨組織。'], { type: '文章' });
    const qs = generateQuestions(
      sourceOf([d, doc('s', 2010, ['温家宝'], ['在120家企业和90个合作组织建立党组织。'])]),
      'numbers',
      100,
    );
    expect(qs.some((q) => q.docId === 's')).toBe(true);
    expect(qs.filter((q) => q.docId === 't')).toEqual([]);
  });
});

describe('figures', () => {
  const others = [
    doc('o1', 1981, ['赵紫阳'], ['全年粮食产量达到32502万吨。']),
    doc('o2', 1982, ['赵紫阳'], ['全年棉花产量达到297万吨。']),
  ];

  it('never cuts a figure grouped with a comma (33，212万吨) into a clause', () => {
    const d = doc(
      'g',
      1980,
      ['华国锋'],
      [
        '粮食产量33，212万吨，比上年增加2，737万吨，这是在1978年粮食丰收的基础上实现的，1978、1979两年共增产粮食五千多万吨。',
      ],
    );
    expect(generateFromNumbers(sourceOf([d, ...others])).filter((q) => q.docId === 'g')).toEqual([]);
  });

  it('offers no distractor that the stem shows as another figure (由2476元增加到4140元)', () => {
    const d = doc('r', 2008, ['温家宝'], ['城镇新增就业1100万人。', '农村居民人均纯收入由2476元增加到4140元。']);
    const pool = [
      doc('u1', 2004, ['温家宝'], ['全年农村居民人均纯收入达到3000元。']),
      doc('u2', 2006, ['温家宝'], ['全年农村居民人均纯收入达到3600元。']),
    ];
    const choices = generateFromNumbers(sourceOf([d, ...pool])).filter((q) => q.docId === 'r' && q.kind === '单选');
    expect(choices).toHaveLength(1);
    const key = choices[0]!.options[choices[0]!.correct[0]!]!;
    for (const o of choices[0]!.options.filter((x) => x !== key)) expect(choices[0]!.fact).not.toContain(`${o}元`);
  });

  it('asks a year only as a target later than the document, among later years', () => {
    const past = doc('h', 2003, ['朱镕基'], ['国内生产总值从1997年的7.4万亿元增加到2002年的10.2万亿元。']);
    const target = doc(
      't',
      2001,
      ['朱镕基'],
      ['城镇新增就业800万人。', '经济增长质量和效益显著提高，为到2010年国内生产总值比2000年翻一番奠定坚实基础。'],
    );
    const years = [
      doc('y1', 1991, ['李鹏'], ['力争到1997年基本实现国民生产总值翻一番。']),
      doc('y2', 1995, ['李鹏'], ['力争到2000年实现人均国民生产总值翻两番。']),
      doc('y3', 2005, ['温家宝'], ['力争到2025年实现国内生产总值翻两番。']),
      doc('y4', 2006, ['温家宝'], ['力争到2040年单位产值能耗明显下降。']),
    ];
    const qs = generateFromNumbers(sourceOf([past, target, ...years]));
    expect(qs.filter((q) => q.docId === 'h' && q.blanks[0]!.text === '2002')).toEqual([]);
    const asked = qs.filter((q) => q.docId === 't' && q.blanks[0]!.text === '2010' && q.kind === '单选');
    expect(asked).toHaveLength(1);
    for (const o of asked[0]!.options) expect(Number(o.replace('年', ''))).toBeGreaterThan(2001);
  });

  it('asks a clause of several figures as a 单选, not a 判断 (which figure was changed?)', () => {
    const many = '城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5%。';
    const pool = [9.2, 10.4, 7.5, 11.3, 6.9].map((g, i) =>
      doc(`p${i}`, 2000 + i, ['温家宝'], [`城镇居民人均可支配收入${9000 + 700 * i}元，实际增长${g}%。`]),
    );
    const d = doc('m', 2010, ['温家宝'], ['城镇新增就业1102万人。', '全年粮食产量10616亿斤。', many]);
    const qs = generateFromNumbers(sourceOf([d, ...pool])).filter((q) => q.docId === 'm' && q.fact === many);
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => q.kind === '判断')).toEqual([]);
  });

  it('offers figures written like the key (no 1.07万亿 beside 12343亿)', () => {
    const d = doc('w', 2003, ['朱镕基'], ['城镇新增就业800万人。', '五年全国公路建设投资12343亿元。']);
    const pool = [
      doc('w1', 2001, ['朱镕基'], ['全年财政收入达到13380亿元。']),
      doc('w2', 2002, ['朱镕基'], ['全年财政收入达到1.07万亿元。']),
      doc('w3', 2004, ['温家宝'], ['全年财政收入达到1.65万亿元。']),
      doc('w4', 2000, ['朱镕基'], ['全年财政收入达到9876亿元。']),
    ];
    const choices = generateFromNumbers(sourceOf([d, ...pool])).filter((q) => q.docId === 'w' && q.kind === '单选');
    expect(choices).toHaveLength(1);
    for (const o of choices[0]!.options) expect(o).toMatch(/^\d+亿$/);
  });

  it('asks no handful of things (3家企业党支部) as a figure', () => {
    const d = doc('n', 2022, [], ['3家企业党支部正在党建服务中心联合开展主题党日活动。'], { type: '文章' });
    const pool = [doc('k', 2021, [], ['全市已有120家企业党支部建立联建机制。'], { type: '文章' })];
    expect(generateFromNumbers(sourceOf([d, ...pool])).filter((q) => q.docId === 'n')).toEqual([]);
  });

  it('counts a change in points (17.2个百分点) apart from a count of things (29个部门)', () => {
    const d = doc('b', 1999, ['朱镕基'], ['城镇新增就业500万人。', '国务院组成部门减少到29个。']);
    const pool = [
      doc('p1', 1998, ['李鹏'], ['全国设立经济开发区35个。']),
      doc('p2', 2000, ['朱镕基'], ['服务业比重提高17.2个百分点。']),
      doc('p3', 2001, ['朱镕基'], ['全国新建科技园区46个。']),
    ];
    const choices = generateFromNumbers(sourceOf([d, ...pool])).filter((q) => q.docId === 'b' && q.kind === '单选');
    expect(choices.length).toBeGreaterThan(0);
    for (const q of choices) expect(q.options).not.toContain('17.2');
  });
});

describe('提法 distractors of the document’s time', () => {
  it('offers no formulation first found after the document’s year (两个维护 beside a 1979 report)', () => {
    const pool = ['两个维护', '四个意识', '两个文明', '四项基本原则'];
    expect(termDistractors('四个现代化', pool, '', undefined, 2025)).toContain('两个维护');
    const in1979 = termDistractors('四个现代化', pool, '', undefined, 1979);
    expect(in1979).not.toContain('两个维护');
    expect(in1979).not.toContain('四个意识');
  });
});

describe('a 提法 the sentence gives away', () => {
  it('is not asked beside all of it but its last character (主体功能区 / 主体功能定位)', () => {
    const text = '加快实施主体功能区战略，推动各地区严格按照主体功能定位发展，构建科学合理的城市化格局。';
    const other = '全面实施乡村振兴战略，加快推进农业农村现代化，促进城乡融合发展。';
    const docs = [doc('z', 2012, ['胡锦涛'], [text]), doc('y', 2018, ['李克强'], [other])];
    const at = (d: SourceDoc, term: string) => ({
      term,
      docId: d.id,
      paragraph: 0,
      start: d.paragraphs[0]!.text.indexOf(term),
    });
    const terms = [at(docs[0]!, '主体功能区'), at(docs[1]!, '乡村振兴')];
    const qs = generateFromTerms({ ...sourceOf(docs), terms }).filter((q) => q.kind !== '多选');
    expect(qs.some((q) => q.docId === 'y')).toBe(true);
    expect(qs.filter((q) => q.docId === 'z')).toEqual([]);
  });
});

describe('historical 提法', () => {
  it('“两个估计”, the Cultural Revolution verdict on education the 1978 report rejects, is never asked', () => {
    expect(askable('两个估计')).toBe(false);
    expect(askable('两个文明')).toBe(true);
  });
});
