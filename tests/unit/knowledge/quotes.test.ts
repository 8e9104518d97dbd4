// 金句: a speaker only when certain (the document's own 报告人, or a name in the citation frame),
// never a fragment, and ranked with a reason.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { framedQuotes } from '../../../electron/core/knowledge/quote-frames.js';
import { MIN_SCORE, scoreCandidate } from '../../../electron/core/knowledge/quote-rank.js';
import { fragmentReason } from '../../../electron/core/knowledge/sentence-fragment.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const p = (...texts: string[]) => texts.map((text) => ({ kind: 'p' as const, text }));
const framed = (text: string) =>
  framedQuotes(foldForSearch(text)).map((f) => ({ speaker: f.speaker, text: text.slice(f.start, f.end) }));

describe('citation frames', () => {
  it.each([
    ['习近平总书记在中央人才工作会议上强调：“要坚持党管人才。”', '习近平'],
    ['正如毛泽东同志所说，“我们不但善于破坏一个旧世界，我们还将善于建设一个新世界。”', '毛泽东'],
    ['“党建工作的难点在基层，亮点也在基层。”习近平总书记强调。', '习近平'],
    ['2021年9月，习近平总书记来到郝家桥村考察并指出了3条党建经验，其中一条就是“建好党支部，选好带头人”。', '习近平'],
    ['马克思、恩格斯说过：“我们所称为共产主义的是那种消灭现存状况的现实的运动。”', '马克思、恩格斯'],
    ['周总理指出，毛主席说过，“民族斗争，说到底，是一个阶级斗争问题”。', '毛泽东'],
    // A title inside the frame is not another speaker unless a name follows it.
    ['习近平总书记参加政协经济界委员联组会指出，“我国经济潜力足、韧性强的基本特点没有变。”', '习近平'],
    // A long occasion between the name and the cue.
    [
      '习近平总书记在中国科学院第二十一次院士大会、中国工程院第十六次院士大会上的讲话中指出，“科技创新要面向世界科技前沿。”',
      '习近平',
    ],
  ])('%s → %s', (text, speaker) => {
    expect(framed(text).map((f) => f.speaker)).toEqual([speaker]);
  });

  it.each([
    // A name earlier in the sentence or in another sentence is not the speaker.
    '习近平总书记来到社区。“要把群众紧紧团结在党的周围，让党执政的人心基础更加稳固。”',
    '在毛主席亲自发动和领导的运动中，他们提出“整党内那些走资本主义道路的当权派”。',
    // The name is a modifier or an object, not the subject of the cue.
    '一九二○年，伟大列宁领导的苏维埃政府郑重宣布：“以前俄国历届政府同中国订立的一切条约全部无效。”',
    '以习近平同志为核心的党中央强调：“必须坚持人民至上。”',
    '认真学习习近平总书记重要讲话精神，会议要求：“各级党组织要抓好落实。”',
    // A doctrine or an institution named after a person, and someone else speaking (a news shape).
    '某大学马克思主义学院副院长、研究员李明说，“学理论，就必须把所学所悟转化为推动工作的实际成效。”',
    '毛泽东思想活的灵魂告诉我们：“实事求是。”',
    // Someone quoting words that are not his.
    '习近平总书记在讲话中引用古语说：“治国之要，首在用人。”',
  ])('no speaker: %s', (text) => {
    expect(framed(text)).toEqual([]);
  });
});

describe('whose sentences are the document’s own', () => {
  const report = (type: string, speakers: string[], ...texts: string[]) =>
    quoteCandidates({ paragraphs: p(...texts), type, speakers: speakers.map((name) => ({ name })) });

  it('credits a report’s own sentences to its one 报告人, and reported words to the person reported', () => {
    const c = report('文件', ['李克强'], '就业是民生之本。邓小平同志说过，发展才是硬道理。');
    expect(c.map((x) => [x.text, x.speaker])).toEqual([
      ['发展才是硬道理。', '邓小平'],
      ['就业是民生之本。', '李克强'],
    ]);
  });

  it('gives no speaker to an article, a speech with the speaker blanked, or a summary narrating its speaker', () => {
    expect(report('文章', [], '党建强则治理强。')[0]?.speaker).toBeNull();
    expect(report('讲话', [], '求木之长者，必固其根本。')[0]?.speaker).toBeNull();
    const summary = report('文件', ['周恩来'], '周总理指出，形势很好。', '既要干劲十足，又要劳逸结合。');
    // Only the words the summary reports as his (周总理指出，……) are his.
    expect(summary.filter((x) => x.speaker !== null).map((x) => [x.text, x.speaker])).toEqual([
      ['形势很好。', '周恩来'],
    ]);
  });

  it('takes no formulation named in quotation marks (`提出了“精细化服务”的命题`) as a quotation', () => {
    const c = report(
      '文章',
      [],
      '习近平总书记提出了“精细化服务”的命题。习近平总书记强调“忠诚、干净、担当”的要求。习近平总书记提出“绿水青山就是金山银山”的理念。',
    );
    expect(c.filter((x) => x.source === 'frame').map((x) => x.text)).toEqual(['绿水青山就是金山银山']);
  });

  it('takes no own sentence from a meeting report (the reporter’s narration)', () => {
    expect(report('会议报道', ['陈德荣'], '加强基层党建必须坚持解放思想、改革创新。')).toEqual([]);
  });

  it('skips paragraphs that continue a quotation or follow a citation cue', () => {
    const c = report(
      '文件',
      ['林彪'],
      '毛主席教导我们：“',
      '历史的经验值得注意。一个路线，一种观点，要经常讲，反复讲。”',
      '列宁曾经指出：',
      '帝国主义就是战争。',
      '中国革命的胜利是打出来的。',
    );
    expect(c.map((x) => x.text)).toEqual(['中国革命的胜利是打出来的。']);
  });
});

describe('fragments and ranking', () => {
  it.each([
    ['是完全必要的，是非常及时的', '虚词'],
    ['工人阶级和资产阶级的矛盾', '名词短语'],
    ['这个问题必须解决好。', '指代'],
    ['我们就是要有这个雄心壮志！', '指代'],
    ['全年国内生产总值增长5.2%。', '统计'],
    ['毛主席写了《人的正确思想是从那里来的？', '不成对'],
    ['强调牢记自己是人民公仆，全心全意为人民服务；', '转述'],
    ['重点是加快建立和完善现代企业制度。', '指代'],
    ['二者必居其一。', '指代'],
    ['忽视它的重要性是不允许的。', '指代'],
    ['总起来说，初级阶段是逐步摆脱贫穷、摆脱落后的阶段；', '关联词'],
  ])('“%s” is a fragment (%s)', (text) => {
    expect(fragmentReason(text)).not.toBeNull();
  });

  it('keeps a saying that opens with 他 (他山之石) whole', () => {
    expect(fragmentReason('他山之石，可以攻玉。')).toBeNull();
  });

  const score = (text: string, source: 'own' | 'frame' = 'own') =>
    scoreCandidate({ paragraph: 0, start: 0, end: text.length, text, speaker: 'x', source });

  it('ranks memorable forms above the threshold, with the reason', () => {
    for (const [text, reason] of [
      ['江山就是人民，人民就是江山。', '对仗'],
      ['就业是民生之本。', '格言式论断'],
      ['我们要像对贫困宣战一样，坚决向污染宣战。', '比喻'],
      ['实践发展永无止境，认识真理永无止境，理论创新永无止境。', '排比'],
    ] as const) {
      const r = score(text)!;
      expect(r.score, text).toBeGreaterThanOrEqual(MIN_SCORE);
      expect(r.reason, text).toContain(reason);
    }
  });

  it('keeps task lists, narration of one year and statistics below the threshold', () => {
    for (const text of [
      '实施知识产权战略，加强知识产权保护。',
      '回顾过去一年，成绩来之不易。',
      '今年是“十四五”规划收官之年。',
      '深化国有企业改革，持续优化国有经济布局。',
      '国有企业改革继续推进，现代企业制度建设加快。',
      '国务院机构改革基本完成，地方机构改革稳步推进。',
      '金融运行平稳，金融改革取得重要进展。',
      '明确排放不达标企业最后达标时限，到期不达标的坚决依法关停。',
    ])
      expect(score(text)?.score ?? -Infinity, text).toBeLessThan(MIN_SCORE);
  });

  it('extracts the best few per document, each with an 出处 line', () => {
    const quotes = extractQuotes(
      p('同志们：', '江山就是人民，人民就是江山。加强统筹协调，做好各项工作。', '青年强，则国家强。'),
      { speakers: [{ name: '习近平', role: null }], occasion: null, date: '2022-10-16', title: '报告', type: '讲话' },
    );
    expect(quotes.map((q) => q.text)).toEqual(['江山就是人民，人民就是江山。', '青年强，则国家强。']);
    for (const q of quotes) {
      expect(q.speaker).toBe('习近平');
      expect(q.citation).toBe('——习近平，《报告》（2022年10月）');
      expect(q.reason).toBeTruthy();
    }
  });
});

describe('remarks in a story are not 金句', () => {
  const frame = (text: string) => ({
    paragraph: 0,
    start: 0,
    end: text.length,
    text,
    speaker: '习近平',
    source: 'frame' as const,
  });
  it.each([
    '大家辛苦了，谢谢大家！',
    '你们的路子已经找对了，接下来要把合作社办得更好、带动更多乡亲。',
    '祝乡亲们的日子越过越红火！',
  ])('drops %s', (text) => {
    expect(scoreCandidate(frame(text))).toBeNull();
  });
  it.each(['我将无我，不负人民。', '人类生活在同一个地球村里，越来越成为你中有我、我中有你的命运共同体。'])(
    'keeps %s',
    (text) => {
      expect(scoreCandidate(frame(text))?.score).toBeGreaterThanOrEqual(MIN_SCORE);
    },
  );
});
