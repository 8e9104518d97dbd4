// Speaker shapes of speakers23 (speech-fixtures/README.md, s24): a time, a topic or a question before the 他/她 of a
// 通讯 (`晚年她…`, `谈起学生，某某…。他动情地说`, `问他累不累，他笑着说`), the subject described before the name
// (`七十岁的理发师傅某某，`), 座谈会 transcripts whose turns go on in the next paragraph or run into one, and their types.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { transcriptTurns } from '../../../electron/core/knowledge/transcript-turns.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';
import { said } from './speaker-probes.js';

const article = (paras: string[]) => said(paras, '文章');

describe('a lead before the pronoun of a 通讯', () => {
  it('`晚年她…。她常说：“……”`, `2018年退休后，他…。他常说：`: a time before the pronoun', () => {
    expect(
      article([
        '尹桂珍一九五六年在村里入了党。',
        '晚年她腿脚不便，仍坚持每月交党费。她常说：“党费是党员的心意，一分一厘都不能少。”',
      ]),
    ).toEqual(['尹桂珍: 党费是党员的心意，一分一厘都不能少。']);
  });

  it('`问他累不累，他笑着说：“……”`, `問他辛不辛苦，他笑說：「……」`: a question put to him, then his answer', () => {
    expect(
      article(['村医符国栋背着药箱在山路上走了二十五年。', '问他累不累，他笑着说：“只要乡亲们身体好，再累也值得。”']),
    ).toEqual(['符国栋: 只要乡亲们身体好，再累也值得。']);
    expect(
      article([
        '卓明輝從十五歲開始學藝，修復過上百間老屋。',
        '問他辛不辛苦，他笑說：「能讓老房子再活一次，再辛苦都值得。」',
      ]),
    ).toEqual(['卓明輝: 能讓老房子再活一次，再辛苦都值得。']);
  });

  it('`某某当了二十年村党支部书记，带领村民…`: the post he held is his, those he leads are a group', () => {
    expect(
      article([
        '覃永福当了二十年村党支部书记，带领村民修通了进山公路。',
        '2018年退休后，他又当起了村里的义务调解员。他常说：“干部退休了，党员身份没有退休。”',
      ]),
    ).toEqual(['覃永福: 干部退休了，党员身份没有退休。']);
    // (A villager he meets by name may be the one speaking next.)
    expect(
      article(['覃永福当了二十年村党支部书记，常去看望村民柏大山。', '他常说：“干部退休了，党员身份没有退休。”']),
    ).toEqual([]);
  });

  it('`问他…，她说`: the one asked is not the one answering', () => {
    expect(article(['韦德明在村里教了三十年书。', '问他累不累，她笑着说：“他从来不喊累。”'])).toEqual([]);
  });

  it('`谈起学生，某某眼里闪着光。他动情地说：`: the people he talks of are not there', () => {
    expect(
      article([
        '梁德勇在大山深处的小学教书已经三十年。',
        '谈起学生，梁德勇眼里闪着光。他动情地说：“每一个走出大山的孩子，都是我最大的骄傲。”',
      ]),
    ).toEqual(['梁德勇: 每一个走出大山的孩子，都是我最大的骄傲。']);
  });

  it('two people the topic is about: the pronoun stays open', () => {
    expect(
      article([
        '在青龙山林场，岑德旺和儿子岑小军先后当了四十年护林员。',
        '谈起护林，父子俩都有说不完的话。他说：“山上的一草一木，都是我们的孩子。”',
      ]),
    ).toEqual([]);
  });

  it('`七十岁的理发师傅某某，`, `彰化老街的木匠师傅某某，`: an age, a place or a calling before the name', () => {
    expect(
      article([
        '七十岁的理发师傅黎志强，每逢星期日都会在社区中心为长者免费剪发。',
        '记者问他为何坚持，他笑说：“街坊的一句多谢，就是最好的报酬。”',
      ]),
    ).toEqual(['黎志强: 街坊的一句多谢，就是最好的报酬。']);
  });
});

describe('a report’s lead before the pronoun, and verbs', () => {
  it('`在回答记者关于…的提问时，她说：`, `某某坦言，`, `某某深有感触地说：`', () => {
    expect(
      said([
        '市文化和旅游局局长姚春燕介绍全市暑期文旅活动安排。',
        '在回答记者关于景区预约的提问时，她说：“我们将最大限度取消不必要的预约，让游客说走就走。”',
      ]),
    ).toEqual(['姚春燕: 我们将最大限度取消不必要的预约，让游客说走就走。']);
    expect(
      said(['9月10日，区长龙卫国到幸福里社区察看老旧小区改造进展。', '龙卫国坦言，老旧小区改造质量上绝不能打折扣。']),
    ).toEqual(['龙卫国: 老旧小区改造质量上绝不能打折扣。']);
    expect(
      said(['县人大代表钟淑芳走访选民。', '走访结束后，钟淑芳深有感触地说：“代表就要替群众说话、为群众办事。”']),
    ).toEqual(['钟淑芳: 代表就要替群众说话、为群众办事。']);
  });
});

describe('座谈会 transcripts', () => {
  const turnsOf = (paras: string[]) => transcriptTurns(paras.map(foldForSearch));

  it('a paragraph without a name between two turns goes on with the turn before it', () => {
    expect(
      said([
        '柴建平（河湾村党支部书记）：我们村坚持每月开展主题党日活动。',
        '我的体会是，党员带头干，群众跟着干，没有办不成的事。',
        '宁晓丽（城关社区党委书记）：社区治理千头万绪，关键是把党组织建在网格上。',
      ]),
    ).toEqual([
      '柴建平: 我们村坚持每月开展主题党日活动。',
      '柴建平: 我的体会是，党员带头干，群众跟着干，没有办不成的事。',
      '宁晓丽: 社区治理千头万绪，关键是把党组织建在网格上。',
    ]);
  });

  it('`…大事。易建国（…）：…`: a turn run into a paragraph; the label is in no one’s words', () => {
    const turns = turnsOf([
      '邬晓梅（区发改局科员）：后来才明白，群众的小事就是我们的大事。易建国（街道办事处副主任）：年轻干部要多到一线去。',
      '甘志远（区委副书记）：年轻干部要把青春写在基层大地上。',
    ]);
    expect(turns.map((t) => [t?.name, t?.next?.name])).toEqual([
      ['邬晓梅', '易建国'],
      ['甘志远', undefined],
    ]);
    const texts = said([
      '邬晓梅（区发改局科员）：后来才明白，群众的小事就是我们的大事。易建国（街道办事处副主任）：年轻干部要多到一线去，把脚上的泥土当成最好的勋章。',
      '甘志远（区委副书记）：年轻干部要把青春写在基层大地上。',
    ]);
    expect(texts).toContain('易建国: 年轻干部要多到一线去，把脚上的泥土当成最好的勋章。');
    expect(texts.filter((t) => /街道办事处|易建国（/.test(t.slice(4)))).toEqual([]);
  });

  it('`单国强同志：` after a lead naming him under his post; a head line naming the host', () => {
    expect(
      turnsOf([
        '市委副书记单国强出席并讲话。',
        '顾文山（原市人大常委会副主任）：党员的身份是一辈子的。',
        '单国强同志：老同志的经验是一本读不完的书。',
      ]).map((t) => t?.name ?? null),
    ).toEqual([null, '顾文山', '单国强']);
  });

  it('turns by names alone, each named in the lead (`与脱贫户代表杭德顺、祁秀兰等座谈`)', () => {
    expect(
      turnsOf([
        '7月3日，县委书记潘国华来到石桥镇，与脱贫户代表杭德顺、祁秀兰等座谈。',
        '潘国华：今年家里收入怎么样？',
        '杭德顺：日子越过越红火，我们心里亮堂。',
        '祁秀兰：现在水泥路修到了家门口。',
      ]).map((t) => t?.name ?? null),
    ).toEqual([null, '潘国华', '杭德顺', '祁秀兰']);
  });

  it('a labelled question between two answers is nobody’s (`青州电视台记者：…？`)', () => {
    expect(
      turnsOf([
        '主持人（市政府新闻办主任　韩雪梅）：下面请钟立军主任作发布。',
        '钟立军（市发展改革委主任）：今年以来，全市推出了三十条改革举措。',
        '青州电视台记者：部门之间仍有推诿现象，请问如何解决？',
        '钟立军（市发展改革委主任）：对推诿扯皮的，我们绝不护短。',
      ]).map((t) => t?.name ?? null),
    ).toEqual(['韩雪梅', '钟立军', null, '钟立军']);
  });
});

describe('types', () => {
  const typeOf = async (text: string) => (await importBytes('a.txt', Buffer.from(text))).documents[0]!.type;

  it('a 座谈会记录, a 座谈实录 and a 发言摘要 are the turns of a meeting', async () => {
    expect(
      await typeOf(
        '青年干部座谈会记录（摘要）\n\n主持人：区委副书记　甘志远\n\n邬晓梅（区发改局科员）：群众的小事就是我们的大事。\n\n甘志远：年轻干部要把青春写在基层大地上。\n',
      ),
    ).toBe('会议报道');
    expect(
      await typeOf(
        '离退休老干部座谈会发言摘要\n\n市委副书记单国强出席并讲话。\n\n顾文山（原市人大常委会副主任）：党员的身份是一辈子的。\n',
      ),
    ).toBe('会议报道');
  });

  it('`…出席…論壇致辭` narrated, a 新闻办 holding a 发布会, `其後會見傳媒`, a visit under a post or a seat', async () => {
    expect(
      await typeOf(
        '政務司司長出席青年發展論壇致辭\n\n政務司司長鄧家聲今日出席青年發展論壇並致辭。\n\n鄧家聲表示，青年是香港的未來，政府會繼續為青年提供更多發展機會。\n\n他指出：「青年人的夢想有多大，香港的舞台就有多大。」\n',
      ),
    ).toBe('会议报道');
    expect(
      await typeOf(
        '市文旅局介绍暑期文旅活动安排\n\n7月2日，市政府新闻办举行新闻发布会，市文化和旅游局局长姚春燕介绍有关安排。\n\n姚春燕表示，今年暑期将推出二百多项文旅活动。\n',
      ),
    ).toBe('会议报道');
    expect(
      await typeOf(
        '房屋局局長視察公營房屋工地\n\n房屋局局長容淑嫻今日視察將軍澳公營房屋工地，其後會見傳媒。\n\n容淑嫻表示，政府會繼續增加公營房屋供應。\n',
      ),
    ).toBe('会议报道');
    expect(
      await typeOf(
        '县人大代表走访选民\n\n10月9日，县人大代表、雁塘村党支部书记钟淑芳走访选民。\n\n钟淑芳说：“代表就要替群众说话。”\n',
      ),
    ).toBe('会议报道');
  });
});
