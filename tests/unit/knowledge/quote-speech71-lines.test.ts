// Round speech71 (tests/eval/knowledge/quotes-speech71.json): shopkeepers at a 座谈, a chair whose two-character name
// runs into 主持, 颁奖词 weighed as words in marks, `“……”这是…常挂在嘴边的话`, a 报告会's hero by his full name and one of his
// family, a guest named once in a bracketed head line, a 发布仪式's 获奖代表, `X是…的乡村医生，…` before 她常说, likenings,
// `老周` from the headline, a 调研报告's villagers.
import { describe, expect, it } from 'vitest';
import { heroAliases } from '../../../electron/core/knowledge/hero-aliases.js';
import { narratedNames } from '../../../electron/core/knowledge/narrated-names.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { framedQuotes } from '../../../electron/core/knowledge/quote-frames.js';
import { scoreCandidate, MIN_SCORE } from '../../../electron/core/knowledge/quote-rank.js';
import { metaphors } from '../../../electron/core/knowledge/sentence-figures.js';
import { transcriptTurns } from '../../../electron/core/knowledge/transcript-turns.js';
import { credited, paras, whom } from './quote-lines-helpers.js';

describe('who speaks at a 座谈, a press conference, a 报告会 and a ceremony', () => {
  it('reads a shop or a stall keeper (`包子店店主`, `蔬菜摊摊主`) taking the floor at a 座谈', () => {
    const out = credited('区长与农贸市场商户代表座谈', [
      '本报讯 区长覃海林来到城北农贸市场，与包子店店主、蔬菜摊摊主等商户代表交流。',
      '包子店店主黄丽萍说，一碗面的分量，称的是做生意的良心。',
      '蔬菜摊摊主韦大海说，菜篮子拎得稳，老百姓的日子就过得稳。',
    ]);
    expect(out).toContainEqual(['黄丽萍', '一碗面的分量，称的是做生意的良心']);
    expect(out).toContainEqual(['韦大海', '菜篮子拎得稳，老百姓的日子就过得稳']);
  });

  it("gives the 答： turns to the briefer when the chair's two-character name runs into 主持", () => {
    const turns = transcriptTurns([
      '市政府新闻办举行新闻发布会，市水利局局长蒙志强介绍有关情况，并回答记者提问。市政府新闻办副主任黄军主持发布会。',
      '问：如何保障农村饮水？',
      '答：水管通到哪里，服务就要跟到哪里。',
    ]);
    expect(turns[2]?.name).toBe('蒙志强');
  });

  it("credits a 报告会's hero by his full name, whoever relays him, and one of his family by her own", () => {
    const lines = [
      '本报讯 陆建平同志先进事迹报告会举行。陆建平生前系县人民医院副院长。',
      '报告人、县人民医院护士长韦红说，陆建平常说：“病人的事，一分钟也耽误不得。”',
      '报告人、陆建平的女儿陆小雨说：“爸爸的白大褂，比我见过的任何衣服都干净。”',
    ];
    expect(heroAliases(lines.join('\n'), [])).toContain('陆建平');
    expect(narratedNames(lines.join('\n'))).toContain('陆小雨');
    const out = credited('陆建平同志先进事迹报告会举行', lines, '会议报道');
    expect(out).toContainEqual(['陆建平', '病人的事，一分钟也耽误不得']);
    expect(out).toContainEqual(['陆小雨', '爸爸的白大褂，比我见过的任何衣服都干净']);
  });

  it("reads a 发布仪式 as a meeting story, and its 获奖代表's words as his", () => {
    const out = credited('全市“最美乡村医生”发布仪式举行', [
      '本报讯 全市“最美乡村医生”发布仪式举行，6名乡村医生受到表彰。',
      '获奖代表黄德明在发言中说：“药箱背在肩上，乡亲装在心里。”',
    ]);
    expect(out).toContainEqual(['黄德明', '药箱背在肩上，乡亲装在心里']);
  });

  it('weighs a 颁奖词 as words in marks, so that its tribute is offered (to nobody)', () => {
    const [c] = quoteCandidates({
      paragraphs: paras(['颁奖词（黄德明）：三十年守着一间卫生室，他把自己活成了乡亲们的一盏灯。']),
      type: '文章',
      speakers: [],
      title: '最美乡村医生',
    });
    expect(c).toMatchObject({ speaker: null, quoted: true });
    expect(scoreCandidate(c!)!.score).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(scoreCandidate({ ...c!, quoted: false })!.score).toBeLessThan(MIN_SCORE);
  });
});

describe('words and their speaker in a 通讯 or an interview', () => {
  it('reads `“……”这是…常挂在嘴边的话` as his words', () => {
    const f = '“路要一步一步走，事要一件一件办。”这是韦志坚常挂在嘴边的一句话。';
    expect(framedQuotes(f, ['韦志坚'])).toEqual([{ start: 1, end: 17, speaker: '韦志坚' }]);
  });

  it('takes `X是…村的乡村医生，一干就是…` as the subject the next 她 is', () => {
    expect(
      whom(
        ['黄秀兰是凤山县一个山村的乡村医生，一干就是18年。', '她常说：“病人信你，你就不能让病人失望。”'],
        ['黄秀兰'],
      ),
    ).toEqual([[], ['黄秀兰']]);
  });

  it('reads `老陈` as the one 陈 a headline calls so (`“修鞋老陈”`)', () => {
    const out = credited('街角的“修鞋老陈”', [
      '陈德才在街角修了三十年鞋。他常说：“手艺人靠的是口碑。”',
      '“鞋子修好了，路才走得稳。”老陈说。',
    ]);
    expect(out).toContainEqual(['陈德才', '鞋子修好了，路才走得稳']);
  });

  it('gives `【嘉宾】` turns to the one guest a bracketed head line names', () => {
    const turns = transcriptTurns(
      ['【主持人】今天我们邀请到市林业局的负责同志。', '【嘉宾】一棵树就是一把绿伞。'],
      ['【访谈嘉宾】市林业局局长　覃海涛'],
    );
    expect(turns[1]?.name).toBe('覃海涛');
  });

  it("credits a 调研报告's villager speaking to the 调研组", () => {
    const out = credited(
      '关于农村饮水安全情况的调研报告',
      ['走访中，新村村民黄桂花告诉调研组：“水龙头一拧就有水，日子就有了奔头。”'],
      '文件',
    );
    expect(out).toContainEqual(['黄桂花', '水龙头一拧就有水，日子就有了奔头']);
  });
});

describe('likenings', () => {
  it('counts `就像…的树` at the end of a sentence and 无源之水/无本之木, not `就像刚才说的那样`', () => {
    expect(metaphors('没有产业的乡村，就像没有根的树。', false)).toBe(1);
    expect(metaphors('离开了群众，我们就成了无源之水、无本之木。', false)).toBe(2);
    expect(metaphors('就像刚才说的那样。', false)).toBe(0);
  });
});
