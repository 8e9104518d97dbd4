// Speaker shapes of speakers18 (speech-fixtures/README.md): 专题党课 讲稿 typed as speeches, visit and
// ceremony stories typed as reports, three more lines in common use.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { creditSaying } from '../../../electron/core/knowledge/sayings.js';
import { narratedNames } from '../../../electron/core/knowledge/narrated-names.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';
import { said } from './speaker-probes.js';

// (A short story padded with one plain paragraph: the import refuses a text too short to study.)
const PAD = '\n\n各级各部门要认真抓好贯彻落实，确保各项工作任务落地见效，以实际行动推动全面发展取得新成效。\n';
const typeOf = async (text: string) => (await importBytes('a.txt', Buffer.from(text + PAD))).documents[0]!.type;
const credited = (type: string, paras: string[], speakers: { name: string }[] = []) =>
  quoteCandidates({ paragraphs: paras.map((text) => ({ kind: 'p' as const, text })), type, speakers })
    .map(creditSaying)
    .map((c) => `${c.speaker}: ${c.text}`);

describe('types', () => {
  it('a `——在…专题党课上的讲稿` under the title is a speech', async () => {
    expect(
      await typeOf(
        '守初心　担使命\n——在机关专题党课上的讲稿\n县委书记　姚振东\n（2026年6月28日）\n\n同志们：\n\n共产党员要把初心落在行动上。\n',
      ),
    ).toBe('讲话');
  });

  it('a visit headed without a place or with `深入`, `走访慰问`, is a report when someone 要求/强调', async () => {
    expect(
      await typeOf('市委书记孔令飞调研文旅产业发展\n\n9月5日，孔令飞到古城区调研。孔令飞指出，要守护城市文脉。\n'),
    ).toBe('会议报道');
    expect(
      await typeOf('县委书记严明亮深入乡村调研人居环境整治\n\n8月12日，严明亮到河口村调研。严明亮强调，要常抓不懈。\n'),
    ).toBe('会议报道');
    expect(
      await typeOf(
        '县长卓文杰走访慰问困难群众\n\n春节前夕，卓文杰走访慰问困难群众。卓文杰要求，各乡镇要把群众冷暖放在心上。\n',
      ),
    ).toBe('会议报道');
  });

  it('a title saying the meeting, ceremony or 主题党日 was held needs only someone’s words', async () => {
    expect(
      await typeOf(
        '兩岸青年交流座談會在廈門舉行\n\n本報訊　座談會9月18日舉行。協會會長林文山表示，兩岸青年要多交流。\n',
      ),
    ).toBe('会议报道');
    expect(
      await typeOf(
        '澳門明德中學舉行頒獎典禮\n\n本報訊　典禮10月8日舉行。局長區志明出席並致辭。區志明表示，青年要有擔當。\n',
      ),
    ).toBe('会议报道');
    expect(
      await typeOf(
        '青松村开展主题党日活动\n\n5月6日，青松村党支部开展主题党日活动。第一书记邱文杰要求，每名党员联系五户群众。\n',
      ),
    ).toBe('会议报道');
  });

  it('a story whose lead only mentions a meeting and whose body nobody speaks in stays an article', async () => {
    expect(await typeOf('小村里的新变化\n\n去年村里召开村民大会，定下了修路的事。如今，新路通到了家门口。\n')).toBe(
      '文章',
    );
  });
});

describe('sayings.json: three more lines in common use', () => {
  it('榜样的力量是无穷的, …只有起点，没有终点, 国家好，香港好… are nobody’s', () => {
    expect(credited('会议报道', ['聂振东指出，榜样的力量是无穷的。'])).toEqual(['null: 榜样的力量是无穷的。']);
    expect(credited('讲话', ['安全生产只有起点，没有终点。'], [{ name: '卢振东' }])).toEqual([
      'null: 安全生产只有起点，没有终点。',
    ]);
    expect(credited('讲话', ['國家好，香港好；香港好，國家更好。'], [{ name: '吳文山' }])).toEqual([
      'null: 國家好，香港好；香港好，國家更好。',
    ]);
  });
});

describe('posts of teams, grids and those speaking for a group', () => {
  it('团长, 学生代表, 网格员代表 (发言说), 队员 name the one who speaks', () => {
    expect(said(['交流團團長黎志堅表示，同學們深刻感受到了國家發展的成就。'])).toEqual([
      '黎志堅: 同學們深刻感受到了國家發展的成就。',
    ]);
    expect(said(['學生代表何詠芝說：「站在寶塔山下，我第一次明白了甚麼是艱苦奮鬥。」'])).toEqual([
      '何詠芝: 站在寶塔山下，我第一次明白了甚麼是艱苦奮鬥。',
    ]);
    expect(said(['网格员代表田丽娟发言说，网格虽小，连着千家万户。'])).toEqual(['田丽娟: 网格虽小，连着千家万户。']);
    expect(said(['驻村工作队队员范晓娜表示，她将重点抓好电商销售，让村里的蔬菜卖出好价钱。'])).toEqual([
      '范晓娜: 她将重点抓好电商销售，让村里的蔬菜卖出好价钱。',
    ]);
  });

  it('`代表们纷纷表示`, `有代表建议` still name nobody', () => {
    expect(said(['代表们纷纷表示，要把会议精神带回基层。', '有代表建议，加大对农村教育的投入。'])).toEqual([]);
  });
});

describe('答记者问 turns', () => {
  it('`记者问：` asks, `某某答：` is the 局长 the lead names', () => {
    expect(
      said(
        [
          '市医保局局长高志勇就有关问题回答了记者提问。',
          '记者问：改革后个人账户还能用吗？',
          '高志勇答：个人账户还可以继续使用，而且使用范围扩大了。',
        ],
        '文章',
      ),
    ).toEqual(['高志勇: 个人账户还可以继续使用，而且使用范围扩大了。']);
  });

  it('a name the text gives under no post answers for nobody', () => {
    expect(
      said(
        ['记者就改革回答了读者提问。', '记者问：改革后个人账户还能用吗？', '高志勇答：个人账户还可以继续使用。'],
        '文章',
      ),
    ).toEqual([]);
  });
});

describe('他说 after the subject chats with common folk', () => {
  it('`同…村民拉家常。他说：“……”`, `拉着老人的手…。他说：“……”` are the official’s', () => {
    expect(
      said(['在河口村，宋明轩同正在打扫院落的村民拉家常。他说：“村子干净了，住着舒心，游客也愿意来。”'], '会议报道', [
        { name: '宋明轩' },
      ]),
    ).toEqual(['宋明轩: 村子干净了，住着舒心，游客也愿意来。']);
    expect(
      said(
        [
          '在脱贫户家中，杜文斌拉着老人的手，仔细询问家里的收入。他说：“有什么困难就跟村里说，党和政府一直惦记着大家。”',
        ],
        '会议报道',
        [{ name: '杜文斌' }],
      ),
    ).toEqual(['杜文斌: 有什么困难就跟村里说，党和政府一直惦记着大家。']);
  });

  it('not after talking with a 负责人 or a named person, who may be the one answering', () => {
    const own = [{ name: '宋明轩' }];
    expect(said(['宋明轩与企业负责人深入交流。他说：“今年订单比去年多了三成。”'], '会议报道', own)).toEqual([]);
    expect(said(['宋明轩同村民张大山拉家常。他说：“日子越过越好。”'], '会议报道', own)).toEqual([]);
    expect(said(['宋明轩同村党支部书记握手交谈。他说：“今年村里的收成不错。”'], '会议报道', own)).toEqual([]);
  });
});

describe('words said to the speaker or written down', () => {
  it('`队长某某同志曾对我说：“……”` in a speech is the 队长’s; `在回忆录中写道：` is the writer’s', () => {
    expect(
      said(['驻村工作队队长孙晓峰同志曾对我说：“村里人心齐了，什么事都好办。”'], '讲话', [{ name: '钟建平' }]),
    ).toEqual(['孙晓峰: 村里人心齐了，什么事都好办。']);
    expect(
      said(['县长唐文斌在回忆录中写道：“只要跟着共产党走，穷人就有出头之日。”'], '讲话', [{ name: '钟建平' }]),
    ).toEqual(['唐文斌: 只要跟着共产党走，穷人就有出头之日。']);
  });

  it('`老支书对我说`, with no name, is nobody’s', () => {
    expect(said(['老支书曾对我说：“村里人心齐了，什么事都好办。”'], '讲话', [{ name: '钟建平' }])).toEqual([]);
  });
});

it('`书记某某通报了…清单。他表示，…` is his: 通报 takes the floor', () => {
  expect(narratedNames(foldForSearch('村党支部书记汪立新通报了今年为群众办实事清单。'))).toEqual(['汪立新']);
  expect(
    said(['村党支部书记汪立新通报了今年为群众办实事清单。他表示，今年要为村里修好两条机耕路，解决三个组的饮水难题。']),
  ).toEqual(['汪立新: 今年要为村里修好两条机耕路，解决三个组的饮水难题。']);
});
