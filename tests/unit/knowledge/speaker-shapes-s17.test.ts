// Speaker shapes of speakers17 (speech-fixtures/README.md): exhortations without a comma
// (`他勉励大家珍惜荣誉…`), 他 after a visit to people without a name when he exhorts them, 他 after a
// leader relayed inside the subject's words and after `这一重要论述…`, an article's officials under
// their post, post-frames (`”省委书记某某在…上强调。`, `”这是某某反复强调的要求。`, `”总书记的嘱托…`,
// `”毛泽东同志的诗句`), `说过这样一段话：`, `勉励基层干部：`, `要求我们：`, and meeting reports and visit
// stories the import types as such.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { heOf, said } from './speaker-probes.js';

const typeOf = async (text: string) => (await importBytes('a.txt', Buffer.from(text))).documents[0]!.type;

describe('exhortations whose addressee runs into the words', () => {
  it('`勉励大家珍惜…`, `希望受表彰的同志发挥…`, `在主持会议时勉励青年职工向…` are the person’s words', () => {
    expect(
      said(['市委书记许国栋指出，成绩来之不易。他勉励大家珍惜荣誉、再接再厉，在推动高质量发展中再立新功。']),
    ).toContain('许国栋: 珍惜荣誉、再接再厉，在推动高质量发展中再立新功。');
    expect(
      said(['市委书记许国栋出席会议并讲话。', '许国栋希望受表彰的同志发挥示范带动作用，带出更多能工巧匠。']),
    ).toEqual(['许国栋: 发挥示范带动作用，带出更多能工巧匠。']);
    expect(said(['邹明辉在主持会议时勉励青年职工向劳模学习、苦练本领，在平凡岗位上干出不平凡的业绩。'])).toEqual([
      '邹明辉: 向劳模学习、苦练本领，在平凡岗位上干出不平凡的业绩。',
    ]);
  });

  it('never the speaker’s own `我希望…`, a sentence without a subject, nor an addressee cut at 把', () => {
    expect(said(['我希望大家珍惜学习机会，学有所获。'], '讲话', [{ name: '谭伟民' }])).toEqual([
      '谭伟民: 我希望大家珍惜学习机会，学有所获。',
    ]);
    const cut = said(['蒋丽萍指出，要久久为功。她叮嘱当地干部把群众的冷暖放在心上，多办实事。']);
    expect(cut.some((c) => c.startsWith('蒋丽萍: 的冷暖'))).toBe(false);
  });
});

describe('他 after a visit, a relay and the words just given', () => {
  it('他 who exhorts after `与企业负责人交流` is the visitor; 他说 there stays unknown', () => {
    expect(heOf(['邹明辉与企业负责人深入交流。他勉励企业，要咬定创新不放松。'], ['邹明辉'])).toEqual(['邹明辉']);
    expect(heOf(['邹明辉与企业负责人深入交流。他说，今年订单多了。'], ['邹明辉'])).toEqual([]);
    // A second person by name: either could be 他.
    expect(heOf(['邹明辉与董事长冯晓东深入交流。他勉励企业加大投入。'], ['邹明辉'])).toEqual([]);
  });

  it('a leader relayed inside the subject’s words is no second subject', () => {
    expect(
      heOf(
        ['卢振邦在讲话中指出，习近平总书记强调：“耕地是粮食生产的命根子。”他说，守好粮田是我们的责任。'],
        ['卢振邦'],
      ),
    ).toEqual(['卢振邦']);
    expect(
      heOf(
        [
          '卢振邦在讲话中指出，习近平总书记强调：“耕地是粮食生产的命根子。”这一重要论述，为我们指明了方向。他说，要守好粮田。',
        ],
        ['卢振邦'],
      ),
    ).toEqual(['卢振邦']);
    // Two subjects side by side stay unresolved.
    expect(heOf(['卢振邦和蒋春生强调，要守好粮田。他说，耕地是命根子。'], ['卢振邦', '蒋春生'])).toEqual([]);
  });

  it('greetings to people named as a whole (`向受表彰的劳动模范表示祝贺`) leave 他 his', () => {
    expect(heOf(['许国栋向受表彰的劳动模范表示热烈祝贺。他勉励大家再立新功。'], ['许国栋'])).toEqual(['许国栋']);
    expect(heOf(['许国栋向张大山表示祝贺。他说，荣誉属于大家。'], ['许国栋'])).toEqual([]);
  });
});

describe('an article’s officials and post-frames', () => {
  it('an article frames the officials it names under their post, not a company’s people', () => {
    expect(
      said(
        [
          '“制造业是我省的看家本领，什么时候都不能丢。”省委书记罗振华在全省推进新型工业化大会上强调。',
          '“今年，全省要新培育专精特新企业五百家以上。”省长钱卫东说。',
          '“订单排到了明年。”公司董事长冯晓东说。',
        ],
        '文章',
      ),
    ).toEqual([
      '罗振华: 制造业是我省的看家本领，什么时候都不能丢。',
      '钱卫东: 今年，全省要新培育专精特新企业五百家以上。',
    ]);
  });

  it('`”这是某某反复强调的要求。`, `”总书记的嘱托…`, `”毛泽东同志的诗句`', () => {
    const speech = (p: string) => said([`习近平总书记指出，要抓好落实。${p}`], '讲话', [{ name: '骆文斌' }]);
    expect(speech('“干部廉洁自律的关键在于守住底线。”这是习近平总书记反复强调的要求。')).toContain(
      '习近平: 干部廉洁自律的关键在于守住底线。',
    );
    expect(speech('“要让农民腰包鼓起来，让农村美起来。”总书记的嘱托言犹在耳。')).toContain(
      '习近平: 要让农民腰包鼓起来，让农村美起来。',
    );
    expect(said(['“雄关漫道真如铁，而今迈步从头越。”毛泽东同志的诗句，正是我们的写照。'], '文章')).toEqual([
      '毛泽东: 雄关漫道真如铁，而今迈步从头越。',
    ]);
  });

  it('`说过这样一段话：`, `勉励基层干部：`, `要求我们：` frame the words', () => {
    expect(
      said(
        ['我记得习近平总书记在考察我省时说过这样一段话：“乡亲们的日子过得好不好，是检验我们工作成效的标准。”'],
        '讲话',
        [{ name: '韩立群' }],
      ),
    ).toEqual(['习近平: 乡亲们的日子过得好不好，是检验我们工作成效的标准。']);
    expect(said(['习近平总书记在考察乡村时勉励基层干部：“要把群众当亲人，把群众的事当自家的事。”'], '文章')).toEqual([
      '习近平: 要把群众当亲人，把群众的事当自家的事。',
    ]);
    expect(
      said(['省委书记罗振华同志在全省大会上要求我们：“乡村振兴要在特色产业上做文章。”我市山地多。'], '讲话', [
        { name: '韩立群' },
      ]),
    ).toEqual(['罗振华: 乡村振兴要在特色产业上做文章。', '韩立群: 我市山地多。']);
  });
});

describe('the type of a report', () => {
  it('a meeting that the title says was held, where a leader 出席…并讲话/并致辞, is a 会议报道', async () => {
    expect(
      await typeOf(
        '全市劳动模范表彰大会召开\n\n本报讯　4月28日，全市劳动模范表彰大会召开。市委书记许国栋出席会议并讲话。\n\n许国栋希望受表彰的同志发挥示范带动作用。',
      ),
    ).toBe('会议报道');
    expect(
      await typeOf(
        '澳門青年創新創業交流會舉行\n\n本報訊　澳門青年創新創業交流會3月8日舉行。澳門青年聯合會會長梁志恆出席並致辭。\n\n梁志恆表示，青年要抓住機遇。',
      ),
    ).toBe('会议报道');
  });

  it('a visit story headed `市长某某到…调研` is a 会议报道; a headline without a post is not', async () => {
    const body = '\n\n本报讯　3月15日，市长邹明辉到青河县调研。\n\n邹明辉指出，发展是解决一切问题的基础和关键。';
    expect(await typeOf(`市长邹明辉到青河县调研企业发展和春耕生产${body}`)).toBe('会议报道');
    expect(await typeOf(`春耕时节到青河县走一走${body}`)).toBe('文章');
  });
});

describe('a name citing another’s words', () => {
  it('`副会长某某引述习近平主席的话说：“……”他强调，…`: the quotation is 习近平’s, 他 is the one citing', () => {
    expect(
      said([
        '香港工联会副会长邓志辉引述习近平主席的话说：“青年兴则国家兴，青年强则国家强。”他强调，香港青年要把个人发展融入国家发展大局。',
      ]),
    ).toEqual(['习近平: 青年兴则国家兴，青年强则国家强。', '邓志辉: 香港青年要把个人发展融入国家发展大局。']);
  });
});
