// Speaker shapes of speakers22 (speech-fixtures/README.md): traditional-script press releases that put the
// name before the post, 调研 reports whose visitor 鼓励/叮嘱 after a leading clause, `她表示` after a talk with an
// unnamed group, `听后说`, `分享说`, and the types of forums, visits headlined under a post alone and study days.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { heOf, said } from './speaker-probes.js';

describe('the name before its post', () => {
  it('`區志強書記強調：「……」`: the name the text gives after a post elsewhere, credited as written', () => {
    expect(
      said([
        '集團黨委召開理論學習中心組學習會。黨委書記區志強主持會議。',
        '區志強書記強調：「國有企業是黨執政興國的重要支柱，我們要把黨的領導融入公司治理各環節。」',
      ]),
    ).toEqual(['區志強: 國有企業是黨執政興國的重要支柱，我們要把黨的領導融入公司治理各環節。']);
  });

  it('`梁詠詩副局長補充說，……`: a byline name before a deputy post, `補充說` a verb of saying', () => {
    expect(said(['梁詠詩副局長補充說，今年全澳共有八十所學校參與國情教育計劃，比去年增加十所。'])).toEqual([
      '梁詠詩: 今年全澳共有八十所學校參與國情教育計劃，比去年增加十所。',
    ]);
  });

  it('`王副局长说`: 副 belongs to the post, and a surname alone is no name', () => {
    expect(said(['王副局长说，今年全市共有八十所学校参与国情教育计划。'])).toEqual([]);
  });
});

describe('the visitor who exhorts', () => {
  it('`调研中，某某叮嘱相关部门，要……`: after one leading clause, the 部门 whom he exhorts', () => {
    expect(said(['调研中，戴文涛叮嘱相关部门，要主动靠前服务，帮助企业解决用地、融资等方面的实际困难。'])).toEqual([
      '戴文涛: 要主动靠前服务，帮助企业解决用地、融资等方面的实际困难。',
    ]);
  });

  it('`市长某某到…调研` names the visitor; `他鼓励种植户们，要……` is his', () => {
    expect(
      said([
        '9月26日，市长纪海峰到平原县调研秋粮生产工作。',
        '纪海峰走进田间察看玉米长势。他鼓励种植户们，要用好农业科技，把地种得更好、把粮卖出好价钱。',
      ]),
    ).toEqual(['纪海峰: 要用好农业科技，把地种得更好、把粮卖出好价钱。']);
  });

  it('`他鼓励企业家们：“……”` frames his words', () => {
    expect(
      said([
        '区长郎建新主持召开企业家座谈会。',
        '郎建新强调，要优化营商环境。他鼓励企业家们：“要坚定发展信心，心无旁骛做实业。”',
      ]),
    ).toEqual(['郎建新: 要坚定发展信心，心无旁骛做实业。', '郎建新: 要优化营商环境。']);
  });

  it('`和师生交流。他勉励…`: 师生 is a group, not a Mr 师', () => {
    expect(heOf(['在南江县第一中学，覃振东走进教室和师生交流。他勉励老师们，要潜心教书育人。'], ['覃振东'])).toEqual([
      '覃振东',
    ]);
  });
});

describe('who speaks next', () => {
  it('`与委员互动交流。她表示`: nobody of an unnamed group spoke, she did; a named 委员 leaves it open', () => {
    expect(
      said([
        '11月20日，省政协召开专题协商会。',
        '副省长阮丽华出席会议，与委员互动交流。她表示，省政府将认真吸纳委员们的意见建议，推动养老服务提质增效。',
      ]),
    ).toEqual(['阮丽华: 省政府将认真吸纳委员们的意见建议，推动养老服务提质增效。']);
    expect(
      said([
        '11月20日，省政协召开专题协商会。',
        '副省长阮丽华出席会议，与委员景晓燕交流。她表示，省政府将认真吸纳委员们的意见建议，推动养老服务提质增效。',
      ]),
    ).toEqual([]);
  });

  it('`某某听后说：“……”` and `老黨員某某分享說：「……」` frame their speaker', () => {
    expect(
      said([
        '县委书记温立群召开基层代表座谈会。',
        '温立群听后说：“大家提的都是实打实的问题，县里要逐项研究、限时办结。”',
      ]),
    ).toEqual(['温立群: 大家提的都是实打实的问题，县里要逐项研究、限时办结。']);
    expect(said(['老黨員符德昌分享說：「我入黨五十年，最深的體會就是要聽黨的話、跟黨走。」'])).toEqual([
      '符德昌: 我入黨五十年，最深的體會就是要聽黨的話、跟黨走。',
    ]);
  });
});

describe('in articles and quotations', () => {
  it('`他的妻子卓慧敏含泪说：“……”`: one of the family named after the word for who she is; `妻子说` is nobody', () => {
    expect(
      said(['车志刚连续奋战六天六夜。他的妻子卓慧敏含泪说：“他心里装着全镇的老百姓，唯独没有他自己。”'], '文章'),
    ).toEqual(['卓慧敏: 他心里装着全镇的老百姓，唯独没有他自己。']);
    expect(said(['车志刚连续奋战六天六夜。妻子含泪说：“他心里装着全镇的老百姓，唯独没有他自己。”'], '文章')).toEqual(
      [],
    );
  });

  it('`总书记说的‘……’` inside a secretary’s words is 习近平’s, where the text names 习近平总书记', () => {
    expect(
      said([
        '县委理论学习中心组深入学习习近平总书记关于生态文明建设的重要论述。',
        '包国华说：“总书记说的‘保护生态环境就是保护生产力’，道理深刻。我们县山多林多，生态就是最大的本钱。”',
      ]),
    ).toContain('习近平: 保护生态环境就是保护生产力');
  });
});

describe('types', () => {
  const typeOf = async (text: string) => (await importBytes('a.txt', Buffer.from(text))).documents[0]!.type;

  it('a forum attended with a speech, a study session 开展ed, a 主題黨日 開展ed, a session held today: reports', async () => {
    expect(
      await typeOf(
        '政務司司長出席青年發展論壇\n\n政務司司長岑家明今日出席青年發展論壇並致辭。岑家明表示，青年是香港的未來，特區政府會繼續為青年提供更多發展機會。\n',
      ),
    ).toBe('会议报道');
    expect(
      await typeOf(
        '县委理论学习中心组开展专题学习\n\n8月12日，县委理论学习中心组开展专题学习，深入学习生态文明建设的重要论述。县委书记包国华主持。会议强调，要坚定不移走生态优先、绿色发展之路。\n',
      ),
    ).toBe('会议报道');
    expect(
      await typeOf(
        '社區黨支部開展主題黨日活動\n\n七月一日，社區黨支部開展主題黨日活動，重溫入黨誓詞。鄔慧君書記指出：「黨員要在社區服務中亮身份、作表率。」\n',
      ),
    ).toBe('会议报道');
    expect(
      await typeOf(
        '立法會全體會議討論施政方針\n\n立法會今日舉行全體會議，就經濟財政範疇施政方針進行辯論。議員麥志剛表示，中小企業經營仍然困難，希望政府推出更多扶持措施。\n',
      ),
    ).toBe('会议报道');
  });

  it('a visit headlined under the post alone, the lead naming who holds it, is a report; a story without one is not', async () => {
    expect(
      await typeOf(
        '民青局局長到訪社區　了解基層需要\n\n民政及青年事務局局長游美寶今日到訪觀塘區，並與居民互動交流。她表示，關愛隊是政府與市民之間的重要紐帶，政府會繼續支持。\n',
      ),
    ).toBe('会议报道');
    expect(
      await typeOf(
        '市人大常委会主任走访基层人大代表\n\n11月12日，市人大常委会主任卢雅琴到东城区走访基层人大代表。卢雅琴要求，各级人大要加强代表履职保障，让代表有更多机会听民声。\n',
      ),
    ).toBe('会议报道');
    expect(
      await typeOf(
        '社区工作者走访困难家庭\n\n社区工作者谢丹每周都要走访辖区内的困难家庭，记下他们的难处。她说，居民的事再小也是大事，要一件一件办好。\n',
      ),
    ).toBe('文章');
  });
});
