// Round h25: real excerpts of the 九大, 十大, 十一大 and 1978 reports imported without their date
// (history-fixtures/labels-h25.json). Each rule dates a text by the era's own vocabulary, judged
// with what the text says of its moment; the sentences are those reports' own, the current ones
// the 十二大 and 十三大 reports' and a 2021-style 党史 lecture's.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const status = (text: string, date: string | null = null) => statusOfImport(date, text);
const isPrePlenum = (text: string) => /三中全会前/.test(status(text).statusNote ?? '');

describe('the era vocabulary of an undated excerpt, judged with its moment', () => {
  it('reads 王明的“左”倾 as the name of a 1930s line, not a later verdict (十大 report on a 2019 page)', () => {
    const text =
      '毛主席经常教导我们，要注意一个倾向掩盖着另一个倾向。纠正王明的“左”倾，又掩盖着王明的右倾。' +
      '我们要识别党内走资本主义道路的当权派，发扬反潮流的精神。';
    expect(status(text, '2019-07-01').status).toBe('历史文献');
    // The later verdict still reads as later: a 党史 lecture on the “左”倾错误 of those years stays current.
    const lecture = '在“左”倾错误指导下，党内走资本主义道路的当权派的说法和反潮流的口号盛行一时。';
    expect(status(lecture).status).toBe('现行');
  });

  it('reads 新时期 beside the 1977 texts’ own wording as theirs, not a look back', () => {
    const text =
      '第一次无产阶级文化大革命的胜利结束，使我国社会主义革命和社会主义建设进入新的发展时期。' +
      '在进入这个新时期的关键时刻，党中央作出了抓纲治国的战略决策。';
    expect(status(text)).toMatchObject({ status: '历史文献' });
    expect(isPrePlenum(text)).toBe(true);
    // Without the period's own wording, 新时期 still marks a later text.
    expect(status('进入新时期，我们党坚持无产阶级文化大革命的教训不能忘记，走资派的帽子不能乱戴。').status).toBe(
      '现行',
    );
  });

  it('dates the campaign against the 四人帮 called great, and the 1963 thesis of three movements', () => {
    const text =
      '阶级斗争、生产斗争和科学实验，是建设社会主义强大国家的三项伟大革命运动。' +
      '抓住揭批“四人帮”这个伟大的阶级斗争，国民经济一定能够搞上去。';
    expect(status(text).status).toBe('历史文献');
    expect(isPrePlenum(text)).toBe(true);
    // Narrated later, the campaign is no voice of its own.
    expect(status('1977年，全县开展揭批“四人帮”的斗争，恢复了“三项伟大革命运动”的提法。').status).toBe('现行');
  });

  it('names the powers as the period did (苏修, 苏美两霸) and the three worlds as the 1977 texts did', () => {
    const text =
      '苏美两霸困难重重，危机四伏。苏修打着“社会主义”的旗号，加紧推行全球“进攻性战略”。' +
      '毛主席一九七四年提出的关于三个世界划分的理论具有重大而深远的意义。';
    expect(status(text).status).toBe('历史文献');
    expect(isPrePlenum(text)).toBe(true);
  });

  it('dates a text in the Cultural Revolution’s words that tells of the 四人帮’s fall to the two years after it', () => {
    const text =
      '各位代表！打倒了“四人帮”，这是我国革命历史上又一个伟大的转折。我们要坚持无产阶级专政下的继续革命，' +
      '必须坚持以阶级斗争为纲。';
    expect(status(text).status).toBe('历史文献');
    expect(isPrePlenum(text)).toBe(true);
    // Without the fall, the same wording is of the Cultural Revolution.
    const cr = '我们要坚持无产阶级专政下的继续革命，必须坚持以阶级斗争为纲。';
    expect(status(cr).statusNote).toMatch(/文化大革命/);
  });

  it('reads the 1978 campaign’s battles and 王明’s turns as the period’s own telling', () => {
    const battle = '当前，揭批“四人帮”的第三个战役正在全国深入展开。要继续贯彻抓纲治国的战略决策。';
    expect(isPrePlenum(battle)).toBe(true);
    const lines =
      '我们党战胜了王明的先是“左”倾后是右倾的机会主义路线。毛主席亲自发动和领导的无产阶级文化大革命，' +
      '粉碎了党内走资本主义道路的当权派复辟资本主义的阴谋。';
    expect(status(lines).status).toBe('历史文献');
  });

  it('counts naming 毛泽东 by his title alone with one set phrase of the period, never alone', () => {
    const text =
      '我们要高举毛主席的伟大旗帜，继续贯彻执行毛主席的革命外交路线。我们面临着社会帝国主义的侵略和威胁，苏修亡我之心不死。';
    expect(status(text).status).toBe('历史文献');
    // The title alone is a memoir's or a lecture's word too; 毛泽东同志 is how the later texts name him.
    expect(status('我们要高举毛主席的伟大旗帜，继续贯彻执行毛主席的外交路线，坚持独立自主。').status).toBe('现行');
    expect(status(text.replace('毛主席的革命外交路线', '毛泽东同志的外交路线')).status).toBe('现行');
  });

  it('leaves current the 十二大 and 十三大 passages that quote the old lines to criticise them', () => {
    expect(
      status(
        '有些同志不能完全摆脱过去“左”倾错误的影响，有意无意地要回到“以阶级斗争为纲”的老路上去。' +
          '党中央系统地清理了“文化大革命”期间提出的“无产阶级专政下继续革命”的错误理论。',
      ).status,
    ).toBe('现行');
    expect(
      status(
        '这同五十年代后期开始到十一届三中全会以前的二十年中，在“左”的指导思想影响下，“以阶级斗争为纲”……形成了鲜明对比。',
      ).status,
    ).toBe('现行');
  });
});
