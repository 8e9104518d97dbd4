// Round speech58 (tests/eval/knowledge/quotes-speech58.json): a host's praise of the turn before is no line, whoever
// makes it; 他 after a briefing is not certain, after `在…陪同下` it is the one accompanied; a frame alone in its paragraph
// gives the next paragraph's words; a voice the text does not name (`一位老党员这样说`) is nobody's; `干部要把…，把…` is a
// maxim of the calling, not a task to the hall. Each rule test failed on the code before the round.
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../electron/contract/api.js';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { WORDS_PRAISED } from '../../../electron/core/knowledge/transcript-turns.js';
import { unnamedVoices } from '../../../electron/core/knowledge/unnamed-voices.js';
import { isReportDirective } from '../../../electron/core/knowledge/report-directive.js';

const quotes = (title: string, lines: string[], type = '会议报道') =>
  extractQuotes(
    lines.map((text): Paragraph => ({ kind: 'p', text })),
    { speakers: [], occasion: null, date: null, title, type },
  ).map((q) => [q.speaker, q.text.replace(/[。！]$/, '')]);

describe('a remark on the words of the turn before', () => {
  it('is no line, under the host or anyone (`汤大哥的话很朴实，…`, `万大姐讲得好，…`)', () => {
    for (const t of [
      '汤大哥的话很朴实，道出了种粮人的本分。',
      '万大姐讲得好，大家要把这份嘱托记在心上。',
      '一句话道出了很多返乡青年的心声。',
      '这些话，句句都是从泥土里长出来的。',
      '您说得真好，让人很受触动。',
    ])
      expect([t, WORDS_PRAISED.test(t)]).toEqual([t, true]);
    for (const t of ['种地要靠科技，更要靠良心。', '群众说好才是真的好。', '说话要算数，承诺了就要兑现。'])
      expect([t, WORDS_PRAISED.test(t)]).toEqual([t, false]);
  });
});

describe('他 after a paragraph that names two people', () => {
  it('is the one accompanied (`在…陪同下`), and nobody after another briefs the visitor', () => {
    const out = quotes('市委书记罗振华到清溪县调研乡村振兴工作', [
      '本报讯 4月9日，市委书记罗振华到清溪县调研乡村振兴工作。',
      '在桃源村，罗振华在县委书记陶明辉陪同下察看了高标准农田建设情况，与正在劳作的村民亲切交谈。',
      '他强调，干部要把脚步迈向田间地头，把心思用在群众身上。',
      '在县农产品加工园，罗振华详细了解企业生产经营情况。县长林晓东汇报了全县产业发展情况。',
      '他强调，招商引资不能只看数字好看，更要看群众得实惠。',
    ]);
    expect(out).toContainEqual(['罗振华', '干部要把脚步迈向田间地头，把心思用在群众身上']);
    expect(out.filter(([s]) => s === '林晓东' || s === '陶明辉')).toEqual([]);
  });
});

describe('a frame alone in its paragraph', () => {
  it('gives the words of the next paragraph to the one it names (`欧阳平强调：⏎…`)', () => {
    const out = quotes(
      '县委书记欧阳平到城关镇督导基层治理工作',
      [
        '本报讯 8月12日，县委书记欧阳平到城关镇督导基层治理工作。',
        '欧阳平强调：',
        '社区是服务群众的最后一公里，也是联系群众的最前一公里。',
        '镇党委书记孙丽娟汇报了全镇基层治理情况。',
      ],
      '文章',
    );
    expect(out).toContainEqual(['欧阳平', '社区是服务群众的最后一公里，也是联系群众的最前一公里']);
  });
});

describe('a voice the text does not name', () => {
  it('has its words found, with no speaker (`一位…老党员这样说`, `有群众说，…`, `一位村支书告诉我：“…”`)', () => {
    const words = (s: string) => unnamedVoices(s).map((w) => s.slice(w.start, w.end));
    expect(words('“办事不用求人，心里就踏实。”一位在政务服务中心办完手续的老党员这样说。')).toEqual([
      '办事不用求人，心里就踏实。',
    ]);
    expect(words('有群众说，干部跑得勤了，我们的心就暖了。')).toEqual(['干部跑得勤了，我们的心就暖了。']);
    expect(words('一位村支书告诉我：“老百姓心里有杆秤，你对他好，他就对你好。”')).toHaveLength(1);
    // (`有人说`, `有的同志说` bring a view to answer.)
    expect(words('有人说，干部只要听话就行。')).toEqual([]);
    const out = quotes('小山村的“幸福账”', ['“过去出门一身泥，现在出门一身新。”一位老大娘笑着告诉记者。'], '文章');
    expect(out).toContainEqual([null, '过去出门一身泥，现在出门一身新']);
  });
});

describe('a duty of cadres as such in two 把-clauses of one shape', () => {
  it('is a maxim, not a task read out to the hall (`各级干部要…` stays one)', () => {
    expect(isReportDirective('干部要把隐患当成事故来对待，把小事当成大事来抓。')).toBe(false);
    expect(isReportDirective('各级干部要把心思用在干事上，把本事用在成事上。')).toBe(true);
    expect(isReportDirective('干部要带着感情做群众工作，把矛盾化解在萌芽状态。')).toBe(true);
  });
});
