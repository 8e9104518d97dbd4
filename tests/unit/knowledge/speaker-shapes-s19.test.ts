// Speaker shapes of speakers19 (speech-fixtures/README.md): 新闻发布会 transcripts named at the head,
// interviews whose answers carry no name, delegates of a session, `告诉记者`, and the types of their stories.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { said } from './speaker-probes.js';

// (A short story padded with one plain paragraph: the import refuses a text too short to study.)
const PAD = '\n\n各级各部门要认真抓好贯彻落实，确保各项工作任务落地见效，以实际行动推动全面发展取得新成效。\n';
const imported = async (text: string) => (await importBytes('a.txt', Buffer.from(text + PAD))).documents[0]!;
const typeOf = async (text: string) => (await imported(text)).type;
/** Who each credited candidate of an imported text is given to. */
const credited = async (text: string) => {
  const doc = await imported(text);
  return quoteCandidates(doc)
    .filter((c) => c.speaker)
    .map((c) => `${c.speaker}: ${c.text}`);
};

describe('types', () => {
  it('a meeting held at a place, or closed, and a 党课 headline are reports when someone speaks', async () => {
    expect(
      await typeOf('李建军同志先进事迹报告会在市委党校举行\n\n本报讯　报告会上，周明说，他把铺盖搬进了村委会。\n'),
    ).toBe('会议报道');
    expect(
      await typeOf('中国共产党石城县第十五次代表大会胜利闭幕\n\n本报讯　邹文辉在闭幕会上讲话。他强调，要真抓实干。\n'),
    ).toBe('会议报道');
    expect(
      await typeOf('县委书记罗建平为全县党员干部讲专题党课\n\n6月28日，罗建平讲专题党课。他强调，要多到基层一线去。\n'),
    ).toBe('会议报道');
  });

  it('a lead telling of a session’s members or of words said at a meeting makes a report', async () => {
    expect(
      await typeOf(
        '市政协委员热议政府工作报告\n\n本报讯　出席市政协十五届五次会议的委员们分组讨论政府工作报告。方建明委员说，人才是第一资源。\n',
      ),
    ).toBe('会议报道');
    expect(
      await typeOf(
        '特區政府公佈青年發展新措施\n\n本報訊　局長何啟明昨日在記者會上表示，特區政府將推出新措施。何啟明說，青年是香港的未來。\n',
      ),
    ).toBe('会议报道');
  });

  it('an 答记者问 on a 《条例》 is no document; an expo that opens is no meeting', async () => {
    expect(
      await typeOf(
        '市住房和城乡建设局负责人就《物业管理条例》实施答记者问\n\n问：条例出台的背景是什么？\n\n答：物业服务纠纷成为群众反映较多的问题。\n',
      ),
    ).toBe('文章');
    expect(
      await typeOf(
        '第五届数字经济博览会在滨江开幕\n\n9月3日，博览会开幕。副局长宋志平致辞表示，数据是新的生产要素。\n',
      ),
    ).toBe('文章');
  });
});

describe('transcripts', () => {
  it('`发布人：post　name` at the head gives the `发布人：` turns their speaker', async () => {
    expect(
      await credited(
        '全市经济运行情况新闻发布会实录\n\n发布人：市统计局局长　邓晓峰\n\n记者：上半年消费市场表现如何？\n\n发布人：消费市场持续回暖，升级类商品零售额增长较快。\n',
      ),
    ).toContain('邓晓峰: 消费市场持续回暖，升级类商品零售额增长较快。');
  });

  it('two different people under `发布人：` leave the turns unnamed', async () => {
    expect(
      await credited(
        '全市经济运行情况新闻发布会实录\n\n发布人：市统计局局长　邓晓峰\n\n发布人：市商务局局长　林志刚\n\n记者：上半年消费市场表现如何？\n\n发布人：消费市场持续回暖，升级类商品零售额增长较快。\n',
      ),
    ).toEqual([]);
  });

  it('`新闻发言人某某通报…，并回答记者提问`: the `答：` turns are his', () => {
    expect(
      said(
        [
          '省政府新闻发言人郑文彬通报近期全省重点工作，并回答记者提问。',
          '问：近期全省秋粮生产情况怎么样？',
          '答：目前全省秋粮长势总体良好，大部分地区墒情适宜。',
        ],
        '会议报道',
      ),
    ).toEqual(['郑文彬: 目前全省秋粮长势总体良好，大部分地区墒情适宜。']);
  });

  it('a 专访 naming one person: the unnamed paragraphs after `记者：` questions are his', () => {
    const paras = [
      '近日，记者专访了县委书记高建华。',
      '记者：县里今年把发展重点放在哪里？',
      '我们把重点放在做强主导产业上。',
      '记者：招商引资方面有什么新思路？',
      '过去招商靠拼优惠政策，现在要靠拼营商环境。',
    ];
    expect(said(paras, '文章')).toEqual([
      '高建华: 我们把重点放在做强主导产业上。',
      '高建华: 过去招商靠拼优惠政策，现在要靠拼营商环境。',
    ]);
    // (A second person answering under a name the text does not place: nobody's.)
    expect(said([...paras.slice(0, 3), '李大山：我们村里的变化也很大。', ...paras.slice(3)], '文章')).toEqual([]);
    // (No one named in the opening: the answers are nobody's.)
    expect(said(['近日，记者专访了县里的负责同志。', ...paras.slice(1)], '文章')).toEqual([]);
  });

  it('`陈：` after `陈秀英：`, a name the lead introduces by its post, and the guests of a 对话', () => {
    expect(
      said(
        [
          '陈秀英，石门村党支部书记、石门茶叶专业合作社理事长。',
          '记者：当初为什么想到办合作社？',
          '陈秀英：抱团才能闯市场，这是我最早的想法。',
          '记者：下一步有什么打算？',
          '陈：茶叶要卖好，更要让村子美起来。',
        ],
        '文章',
      ),
    ).toEqual(['陈秀英: 抱团才能闯市场，这是我最早的想法。', '陈秀英: 茶叶要卖好，更要让村子美起来。']);
    expect(
      said(
        [
          '本期对话嘉宾：桃源镇党委书记龙海波、返乡创业青年谢婷',
          '主持人：镇里为他们提供了哪些支持？',
          '龙海波：人回来了，还要让他们留得住、干得好。',
          '谢婷：家乡的山货品质好，就是缺少销路。',
        ],
        '文章',
      ),
    ).toEqual(['龙海波: 人回来了，还要让他们留得住、干得好。', '谢婷: 家乡的山货品质好，就是缺少销路。']);
  });
});

describe('delegates and members of a session', () => {
  it('`代表某某在审议时说，`, `来自…的代表某某深有感触地说：`, `委员某某认为，`, `港區全國人大代表某某表示`', () => {
    expect(said(['代表刘振华在审议时说，报告提出的目标任务实事求是，鼓舞人心。'])).toEqual([
      '刘振华: 报告提出的目标任务实事求是，鼓舞人心。',
    ]);
    expect(said(['来自环卫一线的代表曾德明深有感触地说：“这几年城市越来越干净，我们干劲更足了。”'])).toEqual([
      '曾德明: 这几年城市越来越干净，我们干劲更足了。',
    ]);
    expect(said(['委员孔德胜认为，要加强历史文化街区保护，留住城市的记忆。'])).toEqual([
      '孔德胜: 要加强历史文化街区保护，留住城市的记忆。',
    ]);
    expect(said(['港區全國人大代表梁振邦表示，香港要積極融入國家發展大局。'])).toEqual([
      '梁振邦: 香港要積極融入國家發展大局。',
    ]);
  });

  it('`某某代表说，……。他说：“……”`, `“……”来自…的某某代表说，`, `代表结合自己的工作说：`', () => {
    expect(said(['郑立新代表说，民营企业最盼的是公平竞争的环境。他说：“政策要稳定，企业才敢放心投资。”'])).toEqual([
      '郑立新: 政策要稳定，企业才敢放心投资。',
      '郑立新: 民营企业最盼的是公平竞争的环境。',
    ]);
    expect(said(['“产业振兴是乡村振兴的重中之重。”来自青山镇的余建国代表说，要让农民分享更多收益。'])).toEqual([
      '余建国: 产业振兴是乡村振兴的重中之重。',
      '余建国: 要让农民分享更多收益。',
    ]);
    expect(said(['宋晓燕代表结合自己的工作说：“我最大的心愿是让村民小病不出村。”'])).toEqual([
      '宋晓燕: 我最大的心愿是让村民小病不出村。',
    ]);
  });

  it('a manner before 说 names nobody without a seat: `曹大娘激动地说`', () => {
    expect(said(['曹大娘激动地说：“感谢党和政府，我们的日子越过越好了。”'])).toEqual([]);
  });

  it('`在听取发言后指出，` is the one who listened', () => {
    expect(said(['田向东在听取发言后指出，青川要在全省发展大局中找准定位。'])).toEqual([
      '田向东: 青川要在全省发展大局中找准定位。',
    ]);
  });
});

describe('`告诉记者`', () => {
  it('`”村党支部书记某某告诉记者。`, `某某告诉记者：“……”他告诉记者，……`', () => {
    expect(said(['“前几年村里还是空心村，年轻人都出去打工了。”村党支部书记刘长青告诉记者。'], '文章')).toEqual([
      '刘长青: 前几年村里还是空心村，年轻人都出去打工了。',
    ]);
    expect(
      said([
        '合作社理事长彭晓军告诉记者：“现在我们的蔬菜直供城里的超市。”他告诉记者，合作社还请来农技专家，手把手教村民种菜。',
      ]),
    ).toEqual(['彭晓军: 现在我们的蔬菜直供城里的超市。', '彭晓军: 合作社还请来农技专家，手把手教村民种菜。']);
  });
});

it('a 发言 whose byline is `…干部　name` is his speech', async () => {
  const doc = await imported(
    '他把心留在了白沙村\n——在李建军同志先进事迹报告会上的发言\n市农业农村局干部　周明\n\n各位领导、同志们：\n\n我和李建军同志共事八年。\n',
  );
  expect([doc.type, doc.speakers.map((s) => s.name)]).toEqual(['讲话', ['周明']]);
});

describe('`，他/她…说：` in the sentence that names the subject', () => {
  it('is the subject named by a post here or elsewhere in the text', () => {
    expect(
      said(
        [
          '说到乡村振兴，我常常想起老书记郝志诚。二十年前，郝志诚同志带队到东山乡搞扶贫调研，他回来后对我说：“东山不富，我们就没脸回去见老百姓。”',
        ],
        '讲话',
      ),
    ).toEqual(['郝志诚: 东山不富，我们就没脸回去见老百姓。']);
  });

  it('not when the sentence names someone else, or people he met', () => {
    expect(
      said(
        ['老书记郝志诚和村支书罗大山一起到东山乡调研，他回来后对我说：“东山不富，我们就没脸回去见老百姓。”'],
        '讲话',
      ),
    ).toEqual([]);
    expect(said(['网格员陈桂兰每天走访居民二十多户，她常说：“居民的难事就是我的急事。”'], '讲话')).toEqual([]);
  });
});
