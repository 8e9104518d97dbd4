// Speaker shapes of speakers23b (speech-fixtures/README.md, s25): a gesture right before the colon of a 通讯's quotation
// (`某某哈哈一笑：“……”`, `她摆摆手：“……”`, `他笑道：“……”`), an interviewee named after the word for who he is
// (`村民某某说：`, not `村民周大姐说：`), a 新闻发布会's `某某回答：`, a 会见 story's host and guest, and HK releases' types.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { said } from './speaker-probes.js';

const article = (paras: string[]) => said(paras, '文章');

describe('a gesture before the colon', () => {
  it("`某某哈哈一笑：“……”`, `某某又来了精神：“……”`, `某某摆摆手：“……”`: the sole subject's gesture frames his words", () => {
    expect(
      article([
        '退休后的老支书马国庆，在村里办起了“板凳课堂”。',
        // (Not `“那时候没有机器，全靠一双手。”`: a story told from a time is no line since round speech57.)
        '讲起当年修水渠的事，马国庆又来了精神：“修渠的那股劲，到啥时候都不能丢。”',
        '问他为啥还这么忙，马国庆哈哈一笑：“人退了，心不能退。”',
        '有人夸他是村里的主心骨，马国庆摆摆手：“大家的事就是我的事。”',
      ]),
    ).toEqual([
      '马国庆: 修渠的那股劲，到啥时候都不能丢。',
      '马国庆: 人退了，心不能退。',
      '马国庆: 大家的事就是我的事。',
    ]);
  });

  it('`他笑道：“……”`: 笑道 is a verb of saying', () => {
    expect(article(['护林员马国庆在山上巡山已经三十年。', '说起巡山的苦，马国庆笑道：“再苦也值了。”'])).toEqual([
      '马国庆: 再苦也值了。',
    ]);
  });

  it('a gesture after two people, or with an object before the colon, frames nobody', () => {
    expect(
      article([
        '在车间里，姐姐杭丽娟管生产，妹妹杭丽萍跑销售。',
        '说起当初为啥回村办厂，杭丽娟和杭丽萍相视一笑。她摆摆手：“就是想让乡亲们在家门口挣钱。”',
      ]),
    ).toEqual([]);
    expect(article(['护林员马国庆在山上巡山已经三十年。', '马国庆指着墙上的标语：“绿水青山就是金山银山。”'])).toEqual(
      [],
    );
  });
});

describe('the full name opening a sentence that says something', () => {
  it('`某某说：“……”`, `某某笑着说：“……”` in a 通讯: the name is one the story follows', () => {
    expect(
      article(['邮递员卓成林负责的邮路有一百二十公里，一走就是二十年。', '卓成林说：“山里人盼信，我不能让他们白等。”']),
    ).toEqual(['卓成林: 山里人盼信，我不能让他们白等。']);
  });

  it('`王大娘激动地说`, `李老师说`: an address or a surname and a post is no name', () => {
    expect(
      article(['村里的老人都记得那一年。', '王大娘激动地说：“那年的水真大啊。”', '李老师说：“孩子们都很懂事。”']),
    ).toEqual([]);
  });
});

describe('an interviewee after the word for who he is', () => {
  it('`村民某某说：“……”`, `脱贫户某某说：`: a name of two or three characters after the word', () => {
    expect(
      article([
        '驻村第一书记马国庆来到石坝村三年，随身带着三本账。',
        '村民龚强说：“马书记把我们的难事都记在本子上，件件有回音。”',
      ]),
    ).toEqual(['龚强: 马书记把我们的难事都记在本子上，件件有回音。']);
  });

  it('`村民周大姐说`, `村民老孟说`: an address term is no name', () => {
    expect(
      article([
        '合作社理事长马国庆，带着全村种起了大棚蔬菜。',
        '村民周大姐说：“以前种地靠天吃饭，现在大棚一年四季都有收成。”',
        '村民老孟说：“跟着合作社干，心里踏实。”',
      ]),
    ).toEqual([]);
  });
});

describe('a 新闻发布会 answer after `记者问：`', () => {
  it('`某某回答：…`: the official named in the lead answers', () => {
    expect(
      said([
        '9月3日，省政府新闻办举行新闻发布会，省教育厅厅长邝立群介绍新学期教育工作并答记者问。',
        '省报记者问：新学期如何减轻学生课业负担？',
        '邝立群回答：减负不是减质量，要让作业少而精，把时间还给孩子。',
        '电视台记者问：城市更新会不会大拆大建？',
        '邝立群回答：城市更新坚决不搞大拆大建，要留住城市的记忆。',
      ]),
    ).toEqual([
      '邝立群: 减负不是减质量，要让作业少而精，把时间还给孩子。',
      '邝立群: 城市更新坚决不搞大拆大建，要留住城市的记忆。',
    ]);
  });
});

describe('a 会见 story, told as an article', () => {
  it('`某某会见了…团长某某一行。`: what host and guest each say after is theirs', () => {
    expect(
      article([
        '9月12日，省长郝立宏在省城会见了东盟国家青年代表团团长阮文清一行。',
        '郝立宏说，青年是友好合作的未来，欢迎各国青年多来走走看看。',
        '阮文清表示，代表团此行收获很大，愿为双方友好交流多作贡献。',
      ]),
    ).toEqual([
      '郝立宏: 青年是友好合作的未来，欢迎各国青年多来走走看看。',
      '阮文清: 代表团此行收获很大，愿为双方友好交流多作贡献。',
    ]);
  });
});

describe('Hong Kong and Macau releases', () => {
  const typeOf = async (text: string) => (await importBytes('a.txt', Buffer.from(text))).documents[0]!.type;

  it("`出席…活動`, `回應傳媒查詢時說`: an official's words at an event or to the press are reported", async () => {
    expect(
      await typeOf(
        '行政長官出席社區活動\n\n行政長官葉志堅今日出席地區關愛隊周年活動，並與義工交流。\n\n葉志堅在致辭時說：「關愛隊是政府與市民之間的橋樑。」\n',
      ),
    ).toBe('会议报道');
    expect(
      await typeOf(
        '局長回應傳媒查詢\n\n環境及生態局局長麥慧儀今日在出席活動後回應傳媒查詢時說，政府會加快推動廢物源頭減量。\n\n她續說：「減廢要由每一個家庭做起。」\n',
      ),
    ).toBe('会议报道');
  });

  it("`記者問及…，某某回應指，…`: the answer is the official's", () => {
    expect(
      said([
        '社會文化司司長梁麗華今日出席長者服務研討會後會見傳媒。',
        '記者問及長者服務的規劃，梁麗華回應指，特區政府會持續完善社區長者服務網絡。',
      ]),
    ).toEqual(['梁麗華: 特區政府會持續完善社區長者服務網絡。']);
  });
});
