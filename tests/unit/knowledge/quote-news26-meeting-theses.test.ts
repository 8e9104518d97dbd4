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
