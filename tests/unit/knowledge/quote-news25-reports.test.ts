// Round news25: 金句 of meeting reports and news stories (tests/eval/knowledge/quotes-news25.json). A report's
// work list read out to the hall is no 金句, whoever reads it; the words a report gives as a leader's keep
// their speaker across a quotation that runs over sentences, a relay inside his words and people he speaks of.
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../electron/contract/api.js';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { isReportDirective } from '../../../electron/core/knowledge/report-directive.js';
import { isLocalFormula } from '../../../electron/core/knowledge/speech-formulas.js';
import { pronounSpeakers } from '../../../electron/core/knowledge/pronoun-speaker.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import type { OwnName } from '../../../electron/core/knowledge/speakers.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const paras = (lines: string[]): Paragraph[] => lines.map((text) => ({ kind: 'p', text }));

describe('a report’s work list', () => {
  it.each([
    '会议精神要在第一时间传达到每一个部门、每一个窗口。',
    '谋划明年工作，要坚持稳中求进，既要保持战略定力，又要增强工作的主动性、预见性。',
    '全省要坚定不移推进制造业高端化、智能化、绿色化发展。',
    '市政府各部门要对企业提出的问题逐一梳理，限期答复。',
    '宣传思想工作要把改革的道理讲清楚、把改革的成效讲出来。',
    '县委理论学习中心组成员要带头学、带头讲、带头干。',
    '县政府将按照总书记重要讲话精神，加快编制全县生态产品价值实现方案。',
    '县政府将聚焦营商环境、要素保障等领域，推出一批改革举措。',
  ])('%s is a directive or a pledge', (text) => {
    expect(isReportDirective(text)).toBe(true);
  });

  it.each([
    '企业家是城市发展的宝贵财富，要在政治上尊重、政策上支持、服务上保障。',
    '抓落实就要一竿子插到底，不能停留在开会发文上。',
    '产业是乡村振兴的根基，没有产业支撑，振兴就是空中楼阁。',
    '政务服务只有起点，没有终点，群众满意是唯一标准。',
    '全会精神学得深不深，最终要看改革推得实不实。',
  ])('%s is not', (text) => {
    expect(isReportDirective(text)).toBe(false);
  });

  it('does not fill a report with a bare item, a problem owned or a document’s parts', () => {
    const quotes = extractQuotes(
      paras([
        '5月9日，全市优化营商环境大会召开。市委书记郑海川出席并讲话。',
        '郑海川指出，进一步压缩工程项目审批时间，让项目早开工、早投产。',
        '郑海川说，我市实体经济底子厚，但大而不强的问题依然突出。',
        '郑海川介绍，《意见》共分六个部分二十二条，是全市营商环境工作的行动纲领。',
        '郑海川强调：“企业的难处就是我们的工作重点，企业的满意度就是我们的工作标尺。”',
      ]),
      { speakers: [{ name: '郑海川', role: '市委书记' }], occasion: null, date: null, type: '会议报道' },
    );
    expect(quotes.map((q) => q.text)).toEqual(['企业的难处就是我们的工作重点，企业的满意度就是我们的工作标尺。']);
  });
});

describe('the key named as a task', () => {
  it('is the topic sentence of an instruction', () => {
    expect(isLocalFormula('贯彻落实总书记重要讲话精神，关键是要把生态优势转化为发展优势。')).toBe(true);
    expect(isLocalFormula('社区治理千头万绪，关键是把党组织建在网格上。')).toBe(true);
  });

  it('not where the matter turns', () => {
    expect(isLocalFormula('农业现代化，关键是农业科技现代化。')).toBe(false);
    expect(isLocalFormula('乡村要振兴，关键看支部，核心在干部。')).toBe(false);
    expect(isLocalFormula('乡村振兴，关键在人。')).toBe(false);
  });
});

const pronounsOf = (paragraphs: string[], own: OwnName[]) =>
  pronounSpeakers(paragraphs.map(foldForSearch), own).map((ps) => ps.map((p) => p.name));

describe('他/她 after a leader’s words', () => {
  it('people he speaks of in general are not there', () => {
    expect(
      pronounsOf(
        ['林国栋在讲话中指出，企业家是城市发展的宝贵财富，要在政治上尊重。他强调：“企业有所呼，我们就要有所应。”'],
        ['林国栋'],
      ),
    ).toEqual([['林国栋']]);
  });

  it('one person of his story may be', () => {
    expect(
      pronounsOf(['林国栋在讲话中指出，有位老党员一辈子扎根山村。他说：“我离不开这片土地。”'], ['林国栋']),
    ).toEqual([[]]);
  });

  it('a quotation that runs over sentences stays its speaker’s', () => {
    expect(
      pronounsOf(
        [
          '习近平说：“毛泽东同志讲过，‘我们的同志在困难的时候，要看到光明。’今天我们仍然要有这种精神状态。”',
          '他指出，党的组织路线是为党的政治路线服务的。',
        ],
        ['习近平', '毛泽东'],
      ),
    ).toEqual([[], ['习近平']]);
  });

  it('a local leader’s speech studied under his post is not a second person', () => {
    expect(
      pronounsOf(
        [
          '陈立华在主持会议时表示，各地各部门要认真学习领会王海涛书记讲话精神。她说：“新型工业化不是喊出来的，是干出来的。”',
        ],
        ['陈立华', '王海涛'],
      ),
    ).toEqual([['陈立华']]);
  });
});

describe('a relay inside reported words', () => {
  it('credits the words to the one relayed', () => {
    const candidates = quoteCandidates({
      paragraphs: paras(['卢振邦在讲话中指出，习近平总书记指出，耕地是粮食生产的命根子。']),
      type: '会议报道',
      speakers: [{ name: '卢振邦' }],
    });
    expect(candidates.map((c) => [c.speaker, c.text])).toEqual([['习近平', '耕地是粮食生产的命根子。']]);
  });
});
