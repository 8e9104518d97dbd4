// Round news26: 金句 of meeting reports (tests/eval/knowledge/quotes-news26.json). A thesis the meeting
// itself states (会议指出/认为/强调, 全会强调：“……”, a document it quotes) is offered credited to nobody, never
// to the chair who presided; what it 要求/明确, its work list, its results and a body's pledge are not.
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../electron/contract/api.js';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { meetingTheses } from '../../../electron/core/knowledge/meeting-theses.js';
import { isReportDirective } from '../../../electron/core/knowledge/report-directive.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const paras = (lines: string[]): Paragraph[] => lines.map((text) => ({ kind: 'p', text }));
const report = (lines: string[]) =>
  extractQuotes(paras(lines), {
    speakers: [{ name: '林志远', role: '县委书记' }],
    occasion: null,
    date: null,
    type: '会议报道',
  });
const theses = (text: string) => meetingTheses(0, foldForSearch(text), text).map((c) => c.text);

describe('a thesis the meeting states', () => {
  it('is offered credited to nobody, not to the chair who presided', () => {
    const quotes = report([
      '3月2日，县委常委会召开会议。县委书记林志远主持会议。',
      '会议指出，粮食安全是国之大者，耕地是粮食生产的命根子。',
      '会议要求，各乡镇要压实耕地保护责任，确保完成粮食生产任务。',
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['粮食安全是国之大者，耕地是粮食生产的命根子。', null]]);
  });

  it('is taken inside the quotation a plenum states, and ends where it closes', () => {
    expect(theses('全会强调：“教育是国之大计、党之大计。”全会审议通过了决议。')).toEqual([
      '教育是国之大计、党之大计。',
    ]);
  });

  it('runs over the sentences of its paragraph until a duty or another voice', () => {
    expect(
      theses(
        '会议认为，绿水青山就是金山银山。生态环境保护没有旁观者。要扎实推进污染防治。林志远强调，人人都是生态的守护者。',
      ),
    ).toEqual(['绿水青山就是金山银山。', '生态环境保护没有旁观者。']);
  });

  it('is also a document’s, quoted by the report', () => {
    expect(theses('《意见》明确指出，人才是第一资源，创新是第一动力。')).toEqual(['人才是第一资源，创新是第一动力。']);
  });

  it.each([
    '会议要求，要坚持把教育摆在优先发展的战略位置。',
    '会议明确，全县将坚持工业强县战略不动摇。',
    '会议认为，一年来，全县地区生产总值增长6.2%，民生持续改善。',
    '会议指出，各级干部要把心思和精力用在干事创业上。',
    '会议强调，要坚持稳中求进，要坚持以进促稳。',
  ])('%s states none (a work list, a pledge, a result or a directive)', (text) => {
    expect(theses(text)).toEqual([]);
  });
});

describe('a body’s pledge on 将坚持', () => {
  it.each(['区政府将坚持稳中求进，全力以赴稳增长、促改革、惠民生。', '全县纪检监察机关将坚持严的基调不动摇。'])(
    '%s is the work list',
    (text) => {
      expect(isReportDirective(text)).toBe(true);
    },
  );

  it('is not offered as the speaker’s 金句', () => {
    const quotes = report([
      '12月20日，县政府召开全体会议。县长赵明远出席并讲话。',
      '赵明远表示，县政府将坚持项目为王、企业为先，将一如既往支持民营经济发展。',
      '赵明远说：“干部多跑腿，企业少跑路。”',
    ]);
    expect(quotes.map((q) => q.text)).not.toContain('县政府将坚持项目为王、企业为先，将一如既往支持民营经济发展。');
  });
});

describe('the report fill', () => {
  it('keeps a named person’s words beside the meeting’s theses (they take no speaker’s place)', () => {
    const quotes = report([
      '9月3日，县委理论学习中心组举行集体学习。县委书记林志远主持并讲话。',
      '会议指出，理想信念是共产党人精神上的“钙”。全县各级党组织要把学习成果转化为工作成效。',
      '林志远在讲话中强调：“学习不是装点门面，而是为了解决问题、推动工作。”他指出，理论学习要联系实际，带着问题学，追着问题走。',
      '会上，县委常委、宣传部长周晓梅作了交流发言。她说，干部工作就是要把各方面优秀人才及时发现出来、合理使用起来。',
      '会议强调，党章是党的根本大法，是全党必须共同遵守的根本行为规范。各级党组织要严格党内政治生活。',
      '会议还传达学习了毛泽东同志关于调查研究的论述：“没有调查，没有发言权。”',
    ]);
    expect(quotes.map((q) => q.speaker)).toContain('周晓梅');
    expect(quotes.filter((q) => q.speaker === null).length).toBeGreaterThan(0);
  });
});
