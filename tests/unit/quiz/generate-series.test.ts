// A local text's own set requirements (学纪、知纪、明纪、守纪) asked by their last item: the fifth
// draw of imported questions (tests/eval/knowledge/questions-imported5.json) found its local
// documents asked mostly for figures while such sets went unasked. Texts written for these tests in
// the shapes of local plans and speeches.
import { describe, expect, it } from 'vitest';
import { generateFromSeries } from '../../../electron/core/quiz/generate-series.js';
import type { QuizSource, SourceDoc } from '../../../electron/core/quiz/types.js';
import { sourceDoc } from './source-doc.js';

const local = (id: string, text: string): SourceDoc =>
  sourceDoc(id, 2024, [text], {
    type: '讲话',
    source: null,
    title: `在某县党建工作会议上的讲话${id}`,
    speakers: ['钱立新'],
  });

const asked = (...docs: SourceDoc[]) => {
  const src: QuizSource = { docs: new Map(docs.map((d) => [d.id, d])), quotes: [], terms: [] };
  return generateFromSeries(src).map((q) => ({ doc: q.docId, answer: q.blanks.map((b) => b.text).join('；') }));
};

describe('a local text’s own set of parallel items', () => {
  it('is asked by its last item', () => {
    const text = '要以党纪学习教育为契机，引导党员干部学纪、知纪、明纪、守纪，把遵规守纪刻印在心。';
    expect(asked(local('u:a', text))).toEqual([{ doc: 'u:a', answer: '守纪' }]);
  });

  it('ends its last item before a particle, never inside a longer word', () => {
    // Kinds of one noun are a set the library says (questions-imported18.json): the 十九大 report lists these.
    const said = sourceDoc('b:lib', 2017, ['带动廉洁纪律、群众纪律、工作纪律、生活纪律严起来。']);
    expect(asked(local('u:a', '健全政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律等制度。'), said)).toEqual(
      [{ doc: 'u:a', answer: '生活纪律' }],
    );
    expect(asked(local('u:a', '激励干部敢为、地方敢闯、企业敢干、群众敢首创，形成干事创业的良好氛围。'))).toEqual([]);
  });

  it('of three items is asked only where another document says it too', () => {
    const three = '每一位干部都要算好政治账、经济账、家庭账，守住底线。';
    expect(asked(local('u:a', three))).toEqual([]);
    const said = '健全自治、法治、德治相结合的乡村治理体系。';
    expect(asked(local('u:a', said), local('u:b', '加快构建自治、法治、德治相结合的城乡基层治理体系。'))).toEqual([
      { doc: 'u:a', answer: '德治' },
      { doc: 'u:b', answer: '德治' },
    ]);
  });

  it('is not asked where the sentence says the answer again', () => {
    expect(asked(local('u:a', '提前储备一批项目，做到开工一批、建设一批、投产一批、储备一批。'))).toEqual([]);
  });

  it('guard: a 提法 of the lexicon, or a library document, is left to the other generators', () => {
    expect(asked(local('u:a', '一体推进不敢腐、不能腐、不想腐，营造风清气正的政治生态。'))).toEqual([]);
    expect(asked(sourceDoc('b:g', 2024, ['引导党员干部学纪、知纪、明纪、守纪。']))).toEqual([]);
  });

  it('is no list of names, which only the document knows', () => {
    expect(asked(local('u:a', '今年，枫林村、青山村、石桥村、柳溪村全部建成村级党群服务中心。'))).toEqual([]);
    expect(asked(local('u:a', '城关镇、河口镇、石门镇、青山镇被评为先进乡镇。'))).toEqual([]);
  });

  it('guard: a list of unlike items is no set', () => {
    expect(asked(local('u:a', '开展政策宣讲、环境整治、走访慰问、义务诊疗等志愿服务。'))).toEqual([]);
  });
});
