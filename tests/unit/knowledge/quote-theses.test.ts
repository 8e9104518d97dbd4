// Plain theses without a marked form (a condition stated alone, what a thing is at root, an
// activity judged) against the prose near them that is no 金句: an instruction with its subject,
// work told as done, a decision announced. Invented sentences of the shapes the labelled reports use.
import { describe, expect, it } from 'vitest';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { MIN_SCORE, scoreCandidate } from '../../../electron/core/knowledge/quote-rank.js';
import { fragmentReason } from '../../../electron/core/knowledge/sentence-fragment.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';

const own = (...texts: string[]) =>
  quoteCandidates({
    paragraphs: texts.map((text) => ({ kind: 'p' as const, text })),
    type: '文件',
    speakers: [{ name: '王某某' }],
  });
// Not the first sentence of its paragraph (a topic sentence scores more).
const score = (text: string) => {
  const c = own(`引言一句。${text}`).find((x) => x.text === text);
  return c ? (scoreCandidate(c)?.score ?? -Infinity) : -Infinity;
};

describe('a thesis stated plainly', () => {
  it.each([
    '赢得人心，才能赢得未来。',
    '有质量、有效益的增长，才是真正的发展。',
    '团结奋斗才能创造奇迹。',
    '从根本上说，改革的动力来自人民群众。',
    '没有社会安定，什么建设都搞不成。',
  ])('a condition or the root of the matter: %s', (text) => {
    expect(styleOf(text).pattern).toBe(true);
  });

  it('does not read 人才 as 才', () => {
    expect(styleOf('人才是第一资源。').pattern).toBe(false);
  });

  it.each(['坚强有力的基层组织，是各项事业兴旺发达的根本保障。', '群众的信任和支持，是事业不断胜利的关键所在。'])(
    'what a thing is at root: %s',
    (text) => {
      expect(score(text)).toBeGreaterThanOrEqual(MIN_SCORE);
    },
  );

  it('judges an activity named as the subject instead of ordering it', () => {
    expect(styleOf('提高全民族的文化素质是国家的根本大计。').task).toBe(false);
    expect(styleOf('促进各族团结，实现共同繁荣，是国家的生命所在。').task).toBe(false);
    // The aims are themselves instructions: a policy, not a thesis.
    expect(styleOf('深化投资体制改革，是保持合理投资规模、优化投资结构的根本保证。').task).toBe(true);
  });

  it('strips 实践证明 and 事实说明 before a thesis', () => {
    expect(own('实践反复证明，团结是战胜一切困难的力量。').map((c) => c.text)).toEqual(['团结是战胜一切困难的力量。']);
    expect(own('事实雄辩地证明，改革是决定命运的关键抉择。').map((c) => c.text)).toEqual([
      '改革是决定命运的关键抉择。',
    ]);
  });

  it('does not take 日益增长 for a statistic', () => {
    expect(styleOf('逐步满足人民日益增长的物质文化需要，是生产的根本目的。').dated).toBe(false);
    expect(styleOf('粮食产量比上年增长。').dated).toBe(true);
  });
});

describe('prose near a thesis that is no 金句', () => {
  it.each([
    '对外贸易的规模要扩大，形成全方位开放的格局。',
    '我们要坚持实事求是的思想路线，开拓进取，锐意创新。',
    '各级干部都要进一步加强学习，深入基层。',
  ])('an instruction with its subject: %s', (text) => {
    expect(styleOf(text).task).toBe(true);
  });

  it('finds no judgement in 实事求是 inside an instruction', () => {
    expect(styleOf('我们要坚持实事求是的思想路线，开拓进取，锐意创新。').aphorism).toBe(false);
  });

  it.each([
    '政府要寓管理于服务之中，用服务的暖心增强企业的信心。',
    '我们要像对贫困宣战一样，坚决向污染宣战。',
    '廉政建设要靠教育，更要靠法制。',
    '我们既要正视困难问题，更要坚定发展信心。',
  ])('keeps a subject with 要 that is no instruction verb: %s', (text) => {
    expect(styleOf(text).task).toBe(false);
  });

  it.each(['我们党对历史上的重大是非问题作了认真的总结。', '国务院决定，从各部委首先做起，精简机构。'])(
    'work told as done, a decision announced: %s',
    (text) => {
      expect(styleOf(text).narration).toBe(true);
    },
  );

  it.each([
    '我国当前的经济形势总的来说是好的。',
    '八十年代我国农业将稳步增长，速度会比七十年代快。',
    '群众文化活动广泛开展，文艺创作日益繁荣。',
    '公共文化服务体系初具规模，基层文化建设成效显著。',
    '社区治理体系逐渐形成，基层组织不断加强。',
  ])('the moment, a decade, a year’s record: %s', (text) => {
    expect(styleOf(text).narration).toBe(true);
  });

  it.each([
    ['我们党是以科学理论为指导的工人阶级先锋队。', 'the charter’s statement of what the Party is'],
    ['我们的国家制度是人民民主专政制度。', 'the state’s form'],
    ['调整的重点是压缩基本建设规模。', 'a bare verb as the subject: the change told before'],
    ['转变的关键是政企分开。', 'a bare verb as the subject: the change told before'],
    ['這些措施完全是必要的。', 'a pointer back, printed in traditional characters'],
    ['只有這樣，才能訂出先進的計劃。', 'a pointer back, printed in traditional characters'],
  ])('%s (%s)', (text) => {
    expect(fragmentReason(text)).not.toBeNull();
  });

  it.each([
    '我国是工人阶级领导的、以工农联盟为基础的人民民主专政的社会主义国家。',
    '党的团结是党的生命。',
    '发展的不竭动力蕴藏在人民群众之中。',
  ])('keeps a thesis of the same opening: %s', (text) => {
    expect(fragmentReason(text)).toBeNull();
  });

  it('takes no question of a report’s own for a 金句', () => {
    const q = own('为什么别人能够做到的事，我们就不能够做到呢？')[0]!;
    expect(scoreCandidate(q)).toBeNull();
  });

  it.each([
    '解决台湾问题是中国人自己的事，要由中国人来决定。',
    '团结就是力量，团结才能胜利。',
    '凡是法律禁止的事，如果做了，就要承担责任。',
  ])('no narration: %s', (text) => {
    expect(styleOf(text).narration).toBe(false);
  });
});
