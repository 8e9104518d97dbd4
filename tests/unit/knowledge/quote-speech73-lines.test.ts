// Round speech73 (speech72 retuned; held out: tests/eval/knowledge/quotes-speech73.json): a 纪要 typed 文件 whose
// attendees each keep a line, an oral history's and a 报告人's own story, an answer echoing its question but setting
// one thing against another, a guide's direction, and the local forms the 纪要's lines take.
import { describe, expect, it } from 'vitest';
import { scoreCandidate } from '../../../electron/core/knowledge/quote-rank.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';
import { echoesQuestion } from '../../../electron/core/knowledge/echo-answer.js';
import { quotes } from './quote-lines-helpers.js';

const own = (text: string) =>
  scoreCandidate({ paragraph: 0, start: 0, end: text.length, text, speaker: null, source: 'own' });

describe('a 纪要 typed 文件: each attendee keeps his best line', () => {
  const minutes = [
    '3月5日，副市长黄国栋主持召开全市民营经济发展座谈会。现将发言要点纪要如下。',
    '韦立新（市工商联主席）：企业是发展的主体，办什么、怎么办，都要先听听企业家的心声。',
    '陆美玲（某食品公司董事长）：我们把螺蛳粉当作富民产业来抓，一碗米粉撑起了乡亲们的致富梦。',
    '蒙振宇（某物流公司总经理）：建议市里加大对物流园区用地的支持力度。今年公司营收增长12%。',
    '黄国栋（副市长）：营商环境，要让企业唱主角，政府当好服务员。',
  ];
  const got = quotes('全市民营经济发展座谈会纪要', minutes, '文件');

  it('offers every attendee who said a line, under his own name', () => {
    expect(got).toContainEqual(['韦立新', '企业是发展的主体，办什么、怎么办，都要先听听企业家的心声']);
    expect(got).toContainEqual(['陆美玲', '我们把螺蛳粉当作富民产业来抓，一碗米粉撑起了乡亲们的致富梦']);
    expect(got).toContainEqual(['黄国栋', '营商环境，要让企业唱主角，政府当好服务员']);
  });

  it('never fills with a proposal or a count', () => {
    expect(got.map(([, t]) => t).filter((t) => /建议|营收/.test(t ?? ''))).toEqual([]);
  });
});

describe("an oral history's and a 报告人's own story are no lines", () => {
  it('leaves out what he did, how long he kept at it, who he is and a bare means', () => {
    const got = quotes(
      '一条水渠',
      [
        '——原弄怀村党支部书记韦老山口述',
        '问：修渠的时候，您是怎么带头的？',
        '答：我挨家挨户去动员，一户一户地算账。我带头住在山上，两年没下过山。',
        '问：靠什么修起来的？',
        '答：靠一根扁担、一把锄头、一双铁脚板。',
        '问：您最大的体会是什么？',
        '答：干部不是喊出来的，是干出来的。',
      ],
      '文章',
    );
    expect(got).toContainEqual(['韦老山', '干部不是喊出来的，是干出来的']);
    expect(got.map(([, t]) => t).filter((t) => /^我|^靠/.test(t ?? ''))).toEqual([]);
  });

  it('keeps an answer that echoes the question only when it sets one thing against another', () => {
    expect(echoesQuestion('最难的不是路远，是心远。', '问：当年最难的是什么？')).toBe(false);
    expect(echoesQuestion('最难的是销路。', '记者：林果产业最难的是什么？')).toBe(true);
  });
});

describe("a guide's direction and the 纪要's forms", () => {
  it('drops `请大家往这边看，这是…` however it judges', () => {
    expect(own('请大家往这边看，这是村里的“光荣榜”。')).toBeNull();
  });

  it('reads 不看…，要看…, 办什么、怎么办 and 要让…，…才会… as forms, not orders', () => {
    expect(styleOf('项目建得好不好，不看报告写得多厚，要看群众的日子过得怎么样。').pattern).toBe(true);
    expect(styleOf('群众是乡村治理的主人，管什么、怎么管，都要先问问大家。').pattern).toBe(true);
    const cond = styleOf('要让产业留得住、长得大，乡村振兴才会有持久的动力。');
    expect(cond.task).toBe(false);
    expect(cond.pattern).toBe(true);
  });

  it('weighs a figure of five characters or more in marks after 不能, not a stock phrase', () => {
    expect(styleOf('抓项目不能“眉毛胡子一把抓”，要分清主次。').pattern).toBe(true);
    expect(styleOf('查隐患不能“走过场”，要“挂账销号”。').pattern).toBe(false);
  });
});
