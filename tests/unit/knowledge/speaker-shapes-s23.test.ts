// Speaker shapes of speakers22b (speech-fixtures/README.md, s23): a name a report gives only in its lead under a post,
// a calling before a name (`青年医生某某第一个发言。她说`), the 立法會's `回應時表示` / `續指` / `補充指`, the 區 surname,
// `她常说` of one an article names in its narration, and a manner before `说` (`他动情地说`).
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { said } from './speaker-probes.js';

describe('a name given only in the lead', () => {
  it('`区长某某主持召开…。⏎某某…表示感谢。他鼓励…：“……”`: the pronoun is the one the lead names under a post', () => {
    expect(
      said([
        '5月12日，区长蒋文斌主持召开民营企业座谈会。',
        '蒋文斌在听取发言后，对企业家们的贡献表示感谢。他鼓励企业家们：“要把创新摆在更加突出的位置。”',
      ]),
    ).toEqual(['蒋文斌: 要把创新摆在更加突出的位置。']);
  });

  it('a second person in the sentence before leaves the pronoun open', () => {
    expect(
      said([
        '7月30日，县长邵卫东与老兵代表符振华一同回顾了当年的军旅岁月。',
        '邵卫东和符振华一起走进展厅。他动情地说：“当兵的经历，是一辈子的财富。”',
      ]),
    ).toEqual([]);
  });
});

describe('a calling before the name', () => {
  it('`来自…的青年医生某某第一个发言。她说：“……”`, `村医某某说：“……”`, `年轻教师某某说，`', () => {
    expect(
      said([
        '来自市人民医院的青年医生柏雪梅第一个发言。她说：“医生多一分耐心，病人就多一分希望。”',
        '村医段福林说：“我们要守好村民健康的第一道关口。”',
        '年轻教师缪志远说，教书育人是一件幸福的事。',
      ]),
    ).toEqual([
      '柏雪梅: 医生多一分耐心，病人就多一分希望。',
      '段福林: 我们要守好村民健康的第一道关口。',
      '缪志远: 教书育人是一件幸福的事。',
    ]);
  });

  it('`一位老教师说：“……”`: a calling without a name is nobody', () => {
    expect(said(['一位老教师说：“我教了三十年书，最高兴的就是看到学生有出息。”'])).toEqual([]);
  });
});

describe('the 立法會 and 議會 answer', () => {
  it('`局長某某今日在立法會會議上回應議員質詢時表示，`, then `她續指，` and `她補充指，`', () => {
    expect(
      said([
        '勞工及福利局局長麥詠琪今日在立法會會議上回應議員質詢時表示，特區政府會持續增加社區照顧服務名額。',
        '她續指，政府會推動長者服務與醫療服務更好銜接。',
        '她補充指，安老服務開支會持續增加。',
      ]),
    ).toEqual([
      '麥詠琪: 特區政府會持續增加社區照顧服務名額。',
      '麥詠琪: 政府會推動長者服務與醫療服務更好銜接。',
      '麥詠琪: 安老服務開支會持續增加。',
    ]);
  });

  it('`某某續指，`: a name the text gives after a post', () => {
    expect(
      said(['房屋局局長甄志明回應時表示，政府已覓得足夠土地。', '甄志明續指，安居是市民最關心的民生問題。']),
    ).toEqual(['甄志明: 政府已覓得足夠土地。', '甄志明: 安居是市民最關心的民生問題。']);
  });
});

describe('the 區 surname', () => {
  it('`區少華局長表示，`: 區 and a given name before a post, then `他續指，`', () => {
    expect(
      said([
        '文化局今日舉行新聞發布會。',
        '區少華局長表示，文化局將繼續推動中華優秀傳統文化進校園、進社區。',
        '他續指，明年將舉辦第三十屆澳門藝術節。',
      ]),
    ).toEqual(['區少華: 文化局將繼續推動中華優秀傳統文化進校園、進社區。', '區少華: 明年將舉辦第三十屆澳門藝術節。']);
  });

  it('`区领导表示，`, `区人大主任表示，`: the district, no name', () => {
    expect(said(['区领导表示，安全生产是不可逾越的红线。', '区人大主任表示，要压紧压实企业主体责任。'])).toEqual([]);
  });
});

describe('an article: one its narration names, then 她常说', () => {
  it('`崔桂芬在社区当了八年网格员。…她常说：“……”`: the one the sentence before is about', () => {
    expect(
      said(
        [
          '崔桂芬在幸福社区当了八年网格员，辖区四百多户居民的情况她都记在心里。',
          '每天一早，崔桂芬就背着帆布包出门走访。她常说：“居民的事再小也是大事，能帮一把就帮一把。”',
        ],
        '文章',
      ),
    ).toEqual(['崔桂芬: 居民的事再小也是大事，能帮一把就帮一把。']);
  });

  it('`韦德/nr 明`: the name as the text always writes it', () => {
    expect(
      said(
        ['提起韦德明，村里人都竖起大拇指。', '韦德明每天天不亮就上山巡林。他常说：“林子是大家的，得有人守着。”'],
        '文章',
      ),
    ).toEqual(['韦德明: 林子是大家的，得有人守着。']);
  });

  it('`某某站在大棚前，她笑着说：“……”`: a manner between the pronoun and 说', () => {
    expect(said(['苏晓婷站在大棚前，她笑着说：“当初很多人不看好，现在大家都愿意跟着干了。”'], '文章')).toEqual([
      '苏晓婷: 当初很多人不看好，现在大家都愿意跟着干了。',
    ]);
  });

  it('two people in the sentence before `她常说`: nobody', () => {
    expect(said(['何春燕和妹妹何秋燕轮流守在车间里。她常说：“姐妹同心，其利断金。”'], '文章')).toEqual([]);
  });

  it('`父亲名叫鲁长顺，…`, `我的父亲周德厚，…`: `父亲常对我说：“……”` is his; unnamed, nobody', () => {
    expect(
      said(['父亲名叫鲁长顺，是个地地道道的庄稼人。', '小时候家里穷，父亲常对我说：“穷不怕，就怕没志气。”'], '文章'),
    ).toEqual(['鲁长顺: 穷不怕，就怕没志气。']);
    expect(said(['我的父亲周德厚，是村里的老党员。', '父亲常对我说：“党员挑担子不能挑轻的。”'], '文章')).toEqual([
      '周德厚: 党员挑担子不能挑轻的。',
    ]);
    expect(said(['父亲是个地地道道的庄稼人。', '父亲常对我说：“穷不怕，就怕没志气。”'], '文章')).toEqual([]);
  });
});

describe('a manner before 说 in a report', () => {
  it('`某某对新任职干部提出殷切希望。他语重心长地说：“……”`: those he addresses are not the next 他', () => {
    expect(
      said([
        '8月20日，县委召开新任职干部集体谈话会，县委书记詹志刚出席并讲话。',
        '詹志刚对新任职干部提出殷切希望。他语重心长地说：“权力是人民赋予的，只能用来为人民谋利益。”',
      ]),
    ).toEqual(['詹志刚: 权力是人民赋予的，只能用来为人民谋利益。']);
  });
});

describe('types', () => {
  const typeOf = async (text: string) => (await importBytes('a.txt', Buffer.from(text))).documents[0]!.type;

  it('a press conference held today, an answer given in the 議會, a visit headlined under the post with 指出: reports', async () => {
    expect(
      await typeOf(
        '文化局介紹明年文化活動安排\n\n文化局今日舉行新聞發布會，介紹明年文化活動安排。區少華局長表示，文化局將繼續推動中華優秀傳統文化進校園。\n',
      ),
    ).toBe('会议报道');
    expect(
      await typeOf(
        '市議會定期大會市長施政報告\n\n市議會定期大會今（8）日進行市政總質詢，市長卓明輝在議會答詢時表示，市府將加快推動捷運二期建設。卓明輝強調，交通建設必須回應市民最迫切的需要。\n',
      ),
    ).toBe('会议报道');
    expect(
      await typeOf(
        '市长调研制造业高质量发展\n\n4月9日，市长骆文涛到经开区调研制造业高质量发展。骆文涛指出，制造业是实体经济的根基。\n',
      ),
    ).toBe('会议报道');
  });
});
