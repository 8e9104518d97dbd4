// Speaker shapes of speakers16 (speech-fixtures/README.md): reported words that close on a quotation
// (`某某指出，……，“……”`), a report going on after `某某强调：“……”` with an instruction to a whole
// (`各级领导干部要…`), 他 over such an instruction, after `给予肯定` or after `习近平总书记的重要指示`,
// verbs of exhorting (`勉励大家，`, `叮嘱，`, `发言时谈到，`), a dateline before the post, a 体会 about a
// meeting, and a saying in common use in traditional script.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { narratedNames } from '../../../electron/core/knowledge/narrated-names.js';
import { creditSaying } from '../../../electron/core/knowledge/sayings.js';
import { givenNameAliases } from '../../../electron/core/knowledge/given-name-alias.js';
import { isBylineName } from '../../../electron/core/knowledge/byline-name.js';
import { mayNameUnlistedPerson } from '../../../electron/core/knowledge/unlisted-person.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';
import { heOf, said } from './speaker-probes.js';

describe('reported words that close on a quotation', () => {
  it('both the words and the quotation that ends them are the person’s', () => {
    expect(
      said(['韩立平指出，过去一年事故总量下降，但形势依然复杂，“安全生产的账，算不得小账，更算不得糊涂账”。']),
    ).toEqual(['韩立平: 过去一年事故总量下降，但形势依然复杂', '韩立平: 安全生产的账，算不得小账，更算不得糊涂账']);
    // A term in marks before the quotation only stresses it.
    expect(said(['县委书记邱晓峰说，基层是干部成长的“练兵场”，“在基层摸爬滚打，才能懂得群众要什么”。'])).toEqual([
      '邱晓峰: 基层是干部成长的“练兵场”',
      '邱晓峰: 在基层摸爬滚打，才能懂得群众要什么',
    ]);
    // In a speech, 总书记's words are his however they end.
    expect(
      said(['习近平总书记强调，要加强企业主导的产学研深度融合，“强化企业科技创新主体地位”。我们要抓好落实。'], '讲话', [
        { name: '侯建国' },
      ]),
    ).toEqual([
      '习近平: 要加强企业主导的产学研深度融合',
      '习近平: 强化企业科技创新主体地位',
      '侯建国: 我们要抓好落实。',
    ]);
  });

  it('not when the clause before the quotation cites someone else, or nobody speaks', () => {
    const cited = said(['韩立平指出，安全工作要未雨绸缪，正如古人所说，“凡事预则立，不预则废”。']);
    expect(cited.some((c) => c.includes('凡事预则立'))).toBe(false);
    expect(said(['会议强调，要坚持从严执法，“对非法违法行为一律零容忍”。'])).toEqual([]);
    const relayed = said([
      '韩立平指出，安全生产正如习近平总书记一再强调的，“人命关天，发展决不能以牺牲人的生命为代价”。',
    ]);
    expect(relayed.filter((c) => c.startsWith('韩立平'))).toEqual([]);
  });
});

describe('a report going on after a person’s quotation', () => {
  it('an instruction to a whole (`各级领导干部要`, `各乡镇要`, `全省要`) is still his', () => {
    expect(
      said(['宋立群在讲话中强调：“乡村振兴，既要有热情，更要有办法。”各级领导干部要沉下身子，把功夫下在田间地头。']),
    ).toEqual(['宋立群: 乡村振兴，既要有热情，更要有办法。', '宋立群: 各级领导干部要沉下身子，把功夫下在田间地头。']);
    // (`高端化/nr` is no name that could stop the run.)
    expect(said(['王海涛说，制造业是立省之本。全省要推进制造业高端化、智能化、绿色化发展。'])).toContain(
      '王海涛: 全省要推进制造业高端化、智能化、绿色化发展。',
    );
    expect(mayNameUnlistedPerson('全省要推进制造业高端化、智能化、绿色化发展。')).toBe(false);
  });

  it('not after the meeting’s words, nor after words one person relays from another', () => {
    expect(said(['会议强调：“责任不落实，一切都是空谈。”各级领导干部要沉下身子。'])).toEqual([]);
    const relayed = said(['王海涛在讲话中指出，习近平总书记强调：“实体经济是立身之本。”全省各级要抓好落实。']);
    expect(relayed.filter((c) => c.includes('全省各级'))).toEqual([]);
  });

  it('他 after such an instruction is still the person before it', () => {
    const paras = [
      '宋立群强调：“乡村振兴，既要有热情，更要有办法。”各级领导干部要沉下身子。',
      '他指出：“产业是根基。”',
    ];
    expect(heOf(paras, ['宋立群'])).toEqual(['宋立群']);
  });
});

describe('他 after a sentence about one person', () => {
  it('`给予肯定` gives nothing to anyone', () => {
    expect(heOf(['组织部部长范志勇对这次民主生活会给予肯定。他指出，整改措施具体。'], ['范志勇'])).toEqual(['范志勇']);
  });

  it('a leader whose instruction the sentence speaks of is not there', () => {
    const text = '李强在讲话中表示，习近平总书记的重要指示，为做好工作提供了根本遵循。他指出，要压实各级防汛责任。';
    expect(heOf([text], ['李强'])).toEqual(['李强']);
    expect(heOf(['李强会见了习近平总书记的特使。他指出，要加强合作。'], ['李强'])).toEqual([]);
  });
});

describe('who speaks', () => {
  it('`勉励大家，`, `叮嘱，` and `发言时谈到，` report words; 科长 is a post', () => {
    expect(said(['顾长河指出，青年是生力军。他勉励大家，要在吃劲岗位上磨砺意志。'])).toContain(
      '顾长河: 要在吃劲岗位上磨砺意志。',
    );
    expect(said(['县委书记施国梁出席并讲话。', '施国梁叮嘱，基层干部离群众最近，要多办实事。'])).toEqual([
      '施国梁: 基层干部离群众最近，要多办实事。',
    ]);
    expect(said(['团市委副书记唐志远发言时谈到，青年工作要走进青年、读懂青年。'])).toEqual([
      '唐志远: 青年工作要走进青年、读懂青年。',
    ]);
    expect(said(['市发展改革委产业科科长罗文静表示，年轻干部要在项目一线经受磨炼。'])).toEqual([
      '罗文静: 年轻干部要在项目一线经受磨炼。',
    ]);
  });

  it('a dateline and the day before `在…时强调`', () => {
    const lead =
      '新华社北京3月5日电　中共中央总书记、国家主席习近平5日下午在参加代表团审议时强调，要因地制宜发展新质生产力。';
    expect(said([lead])).toEqual(['习近平: 要因地制宜发展新质生产力。']);
  });

  it('a posted name that `到会指导并讲话` is narrated', () => {
    expect(narratedNames('1月25日，县委召开民主生活会。市委常委、组织部部长范志勇到会指导并讲话。')).toEqual([
      '范志勇',
    ]);
  });
});

describe('found after the held-out files (s16-21–24)', () => {
  it('a dateline before the post and the day names the speaker of a 新华社 story', () => {
    const lead = '新华社青山8月20日电　省委书记邵建华20日在青山市调研时强调，要坚持生态优先、绿色发展。';
    expect(narratedNames(foldForSearch(lead))).toEqual(['邵建华']);
    expect(said([lead, '邵建华勉励企业，要加大研发投入，把竹产业做成富民产业。'])).toEqual([
      '邵建华: 要坚持生态优先、绿色发展。',
      '邵建华: 要加大研发投入，把竹产业做成富民产业。',
    ]);
  });

  it('a compound surname takes a one-character given name (欧阳敏)', () => {
    expect(isBylineName('欧阳敏')).toBe(true);
    expect(said(['科创电子公司董事长欧阳敏说：“企业要活下去，必须靠创新。”'])).toEqual([
      '欧阳敏: 企业要活下去，必须靠创新。',
    ]);
  });

  it('a term in marks does not stop the report going on with his words', () => {
    expect(
      said(['华成林强调：“区委、区政府始终是企业的坚强后盾。”各部门要当好服务企业的“店小二”，做到有求必应。']),
    ).toContain('华成林: 各部门要当好服务企业的“店小二”，做到有求必应。');
  });
});

describe('who `钱市长` and `我` are', () => {
  it('a surname and a post are the one person the text names so', () => {
    const text = '市长钱卫东主持召开常务会议。钱卫东指出，改造是民生工程。钱市长强调，城市更新要守住历史文脉。';
    expect(givenNameAliases(foldForSearch(text), ['钱卫东'])).toEqual([['钱市长', '钱卫东']]);
    expect(said([text])).toContain('钱卫东: 城市更新要守住历史文脉。');
    // A unit before it (`市委林书记`), or two of that surname: nobody.
    expect(givenNameAliases('县委书记林海出席。市委林书记指出，要抓落实。', ['林海'])).toEqual([]);
    expect(givenNameAliases('市长钱卫东、副市长钱立新出席。钱市长强调，要抓落实。', ['钱卫东', '钱立新'])).toEqual([]);
  });

  it('a speaker quoting himself (`我在……上讲过：“……”`) says his own words', () => {
    const paras = [
      '我在去年的县委全会上讲过：“基层党建抓不好，其他工作都抓不好。”',
      '一位老支书对我说：“党员带了头，群众就有了奔头。”',
    ];
    expect(said(paras, '讲话', [{ name: '陶永胜' }])).toEqual(['陶永胜: 基层党建抓不好，其他工作都抓不好。']);
  });
});

describe('more who speaks (after the held-out files)', () => {
  it('`小平同志` is 邓小平', () => {
    expect(said(['小平同志还讲过，“要善于学习，要善于在实践中学习”。'], '讲话', [{ name: '孟庆国' }])).toEqual([
      '邓小平: 要善于学习，要善于在实践中学习',
    ]);
  });

  it('colleagues a speech names after a leading clause, with an adverb, or by name and post', () => {
    const paras = [
      '前不久，省委书记王海涛同志在推进会上要求，各级干部要以真抓实干的作风推动工作落地见效。市委书记周明同志在全市会议上也强调，作风建设要常抓不懈。',
      '周明书记讲过，干部作风好不好，要看群众满意不满意。',
    ];
    expect(said(paras, '讲话', [{ name: '廖建民' }])).toEqual([
      '王海涛: 各级干部要以真抓实干的作风推动工作落地见效。',
      '周明: 作风建设要常抓不懈。',
      '周明: 干部作风好不好，要看群众满意不满意。',
    ]);
  });

  it('他 after `要求，各县区党委书记要…` (an instruction to a whole) and after `总书记重要讲话精神`', () => {
    expect(
      heOf(['宋立群要求，各县区党委书记要当好一线总指挥。他强调：“责任不落实，一切都是空谈。”'], ['宋立群']),
    ).toEqual(['宋立群']);
    const text =
      '杜文涛在讲话中指出，贯彻落实总书记重要讲话精神，关键是把生态优势转化为发展优势。他说，这是我们最大的本钱。';
    expect(heOf([text], ['杜文涛', '总书记'])).toEqual(['杜文涛']);
  });

  it('`代表说`, `发言说`, and a name segmentation does not know that the text gives under a post', () => {
    expect(said(['审议中，代表们踊跃发言。周明华代表说，企业要把研发投入作为最重要的投入。'])).toEqual([
      '周明华: 企业要把研发投入作为最重要的投入。',
    ]);
    expect(said(['获奖代表、桃源村党支部书记吴桂英发言说：“荣誉属于全村群众。”'])).toEqual([
      '吴桂英: 荣誉属于全村群众。',
    ]);
    expect(narratedNames('市长付建新主持会议。付建新在主持会议时表示，全市要抓好落实。')).toEqual(['付建新']);
  });

  it('a traditional speech’s own sentence after 」 is its speaker’s', () => {
    const para = '習近平總書記指出：「教育是強國建設、民族復興之基。」我們要從戰略高度認識辦好教育的重大意義。';
    expect(said([para], '讲话', [{ name: '葉振華' }])).toContain('葉振華: 我們要從戰略高度認識辦好教育的重大意義。');
  });
});

describe('a 体会 about a meeting, and a saying in traditional script', () => {
  it('a text under `——学习贯彻……会议精神的体会` is an article, whatever its lead tells', async () => {
    const text =
      '把担子扛在肩上\n\n——学习贯彻全省基层治理工作会议精神的体会\n\n近日，全省基层治理工作会议召开。省委书记王海涛在会上强调，基层治理要把矛盾化解在基层。\n\n作为一名乡镇党委书记，我深感责任重大。\n';
    const doc = (await importBytes('a.txt', Buffer.from(text))).documents[0]!;
    expect(doc.type).toBe('文章');
    const report =
      '县委理论学习中心组举行集体学习交流心得体会\n\n6月12日，县委理论学习中心组举行集体学习。县委书记杜文涛主持并讲话。杜文涛强调，要抓好落实。\n';
    expect((await importBytes('b.txt', Buffer.from(report))).documents[0]!.type).toBe('会议报道');
  });

  it('`再窮不能窮教育，再苦不能苦孩子` is nobody’s', () => {
    const c = creditSaying({
      paragraph: 0,
      start: 0,
      end: 15,
      text: '再窮不能窮教育，再苦不能苦孩子。',
      speaker: '葉振華',
      source: 'own',
    });
    expect(c.speaker).toBe(null);
  });
});
