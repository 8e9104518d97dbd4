// Speaker shapes of speakers21 (speech-fixtures/README.md): meeting reports — a phrase in marks inside a
// leader's reported words, 总结讲话 after an occasion, a name after the words, `第一个发言：`, the visitor who
// exhorts after his host's briefing, a relayed speech's `讲话指出`, a subject's own post, and the types of
// study sessions and visits.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { heOf, said } from './speaker-probes.js';

describe('reported words holding a phrase in marks', () => {
  it('`做到“……”`, `坚持“……”，以“……”的…`: the marks only stress a phrase of his words, which stay his', () => {
    expect(
      said([
        '县长韩卫东出席会议并讲话。',
        '韩卫东在讲话中要求，各村要做到“人员到位、物资到位、责任到位”，确保群众安全度汛。',
      ]),
    ).toEqual(['韩卫东: 各村要做到“人员到位、物资到位、责任到位”，确保群众安全度汛。']);
  });

  it('a well-known saying in marks, or words after a verb of citing, keep the words unnamed', () => {
    expect(
      said(['县委书记彭立志出席会议并讲话。', '彭立志强调，全县干部要牢记“空谈误国，实干兴邦”的道理，少说多干。']),
    ).toEqual([]);
    expect(
      said(['县委书记彭立志出席会议并讲话。', '彭立志强调，正如古人所说“为政之要莫先于得人”，选人用人是关键。']),
    ).toEqual([]);
    expect(
      said([
        '县委书记彭立志出席会议并讲话。',
        '彭立志强调，要牢记总书记“把人民放在心中最高位置”的嘱托，办好民生实事。',
      ]),
    ).toEqual([]);
  });
});

describe('who speaks next', () => {
  it('`在认真听取大家发言后，某某作总结讲话。他指出，……` is his; after `某某主持会议，` it is nobody’s', () => {
    expect(
      said([
        '市委召开人才工作座谈会。',
        '在认真听取大家发言后，周海涛作总结讲话。他指出，人才是第一资源，要让各类人才各展其能。',
      ]),
    ).toEqual(['周海涛: 人才是第一资源，要让各类人才各展其能。']);
    expect(
      said([
        '市委召开人才工作座谈会。',
        '林志国主持会议，周海涛作总结讲话。他指出，人才是第一资源，要让各类人才各展其能。',
      ]),
    ).toEqual([]);
  });

  it('`在…时发表了讲话。他指出`: the 时 of an occasion is no surname', () => {
    expect(heOf(['刘振邦在主持学习时发表了讲话。他指出，学习要联系实际。'], ['刘振邦'])).toEqual(['刘振邦']);
  });

  it('`“……”许芳说。`: a bare name after the words, given elsewhere under a post; unposted, nobody', () => {
    expect(
      said([
        '座谈会上，鸿运物流负责人许芳等六位企业家先后发言。',
        '“物流企业最盼的是降成本，希望在通行费上给予更多支持。”许芳说。',
      ]),
    ).toEqual(['许芳: 物流企业最盼的是降成本，希望在通行费上给予更多支持。']);
    expect(
      said(['座谈会上，六位企业家先后发言。', '“物流企业最盼的是降成本，希望在通行费上给予更多支持。”许芳说。']),
    ).toEqual([]);
  });

  it('`某某就贯彻落实会议精神提出要求：“……”` frames the words', () => {
    expect(
      said([
        '全县防汛工作视频会议召开。',
        '县长黄启明就贯彻落实会议精神提出要求：“各乡镇主要负责同志汛期要坚守岗位、靠前指挥。”',
      ]),
    ).toEqual(['黄启明: 各乡镇主要负责同志汛期要坚守岗位、靠前指挥。']);
  });

  it('`某某第一个发言：“……”` frames the words', () => {
    expect(
      said([
        '县委召开村党组织书记座谈会。',
        '座谈会上，东坪村党支部书记罗玉梅第一个发言：“群众信不信，就看党员干不干。”',
      ]),
    ).toEqual(['罗玉梅: 群众信不信，就看党员干不干。']);
  });

  it('`他叮嘱…` after the host’s briefing is the visitor named in the visit, not the host nor who went with him', () => {
    const visit = ['6月3日，市委书记方建明到青川县调研。县委书记黎国栋陪同调研。'];
    const out = said([
      ...visit,
      '在青川农机公司，企业负责人蒋立新介绍了新产品研发情况。他叮嘱企业负责人：“市场越是低迷，越要舍得在研发上投入。”',
      '方建明要求，县里要帮助企业解决用工难题。',
    ]);
    expect(out).toContain('方建明: 市场越是低迷，越要舍得在研发上投入。');
    expect(out.filter((s) => !s.startsWith('方建明'))).toEqual([]);
    expect(heOf(['企业负责人蒋立新介绍了新产品研发情况。他叮嘱企业负责人，要舍得在研发上投入。'], [])).toEqual([]);
    // (A briefing by someone without a post of the place, `老党员某某介绍了…`: he may be the one who exhorts.)
    expect(
      said([
        '6月3日，县委书记方建明走进老党员家中看望。',
        '老党员蒋德厚介绍了自己入党的经历。他叮嘱年轻党员：“入党不是为了当官，是为了干事。”',
        '方建明要求，要关心关爱老党员。',
      ]).filter((s) => s.includes('入党不是')),
    ).toEqual([]);
  });

  it('`某某拉着老人的手说：“……”`: whose hand he holds is no possessive subject', () => {
    expect(
      said(['县委书记黎国栋到石岭乡调研。', '在敬老院，黎国栋拉着老人的手说：“有什么困难尽管跟我们讲。”']),
    ).toEqual(['黎国栋: 有什么困难尽管跟我们讲。']);
    expect(
      said(['黎国栋看望了老党员龚德全。', '龚德全拉着他的手说：“这些年村里变化大，我们打心眼里感谢党。”']),
    ).toEqual(['龚德全: 这些年村里变化大，我们打心眼里感谢党。']);
  });

  it('words a cue opens (`村民某某拉着书记的手说：“……”`) are never the next sentence’s subject’s', () => {
    expect(
      said(['会上，村民龚大山拉着县委书记黎国栋的手说：“感谢党的好政策。”黎国栋强调，要把民生实事办好。']),
    ).toEqual(['黎国栋: 要把民生实事办好。']);
  });

  it('`某某叮嘱随行的乡村干部：“……”`: whom he exhorts is no possessive subject', () => {
    expect(
      said(['县委书记黎国栋到石岭乡调研。', '黎国栋叮嘱随行的乡村干部：“独居老人家里要常去看看，有困难马上解决。”']),
    ).toEqual(['黎国栋: 独居老人家里要常去看看，有困难马上解决。']);
  });

  it('a place the text names with its kind (`在吴家镇中学，`) is no second person', () => {
    expect(heOf(['在吴家镇中学，黎国栋走进教室同学生们交流。他勉励同学们，要好好学习。'], ['黎国栋'])).toEqual([
      '黎国栋',
    ]);
  });

  it('the subject’s own post (`…公司总经理某某`) names no one else: the next 他 is he', () => {
    expect(
      heOf(
        ['会后，参会的华通电子公司总经理邓志平在接受记者采访时说，恳谈会开得实在。他说：“我们更有信心了。”'],
        ['邓志平'],
      ),
    ).toEqual(['邓志平']);
  });
});

describe('attendees under a professional post (held out s21-35)', () => {
  it('`…研究员某某说，`, `”…公司工程师某某说。`, `…负责人某某表示：` name the speaker', () => {
    const out = said([
      '座谈会上，市林科所研究员邱明远说，希望给青年人更多牵头课题的机会。',
      '“希望在住房和子女入学上继续给予保障。”恒达电子公司工程师沙文静说。',
      '返乡青年代表、茶叶合作社负责人蓝秋菊表示：“回乡创业正当其时。”',
    ]);
    expect(out).toEqual([
      '邱明远: 希望给青年人更多牵头课题的机会。',
      '沙文静: 希望在住房和子女入学上继续给予保障。',
      '蓝秋菊: 回乡创业正当其时。',
    ]);
  });
});

describe('a relayed speech', () => {
  it('`传达了省委书记某某在…上的讲话精神。讲话指出，……` is that leader’s, never the relayer’s', () => {
    expect(
      said([
        '会上，市委副书记孔令辉传达了省委书记钱振华在全省经济工作会议上的讲话精神。讲话指出，要把扩大内需作为稳增长的关键一招。',
      ]),
    ).toEqual(['钱振华: 要把扩大内需作为稳增长的关键一招。']);
  });

  it('two speeches relayed, or `讲话指出` away from the relay: nobody', () => {
    expect(
      said([
        '会上，孔令辉传达了省委书记钱振华在全省经济工作会议上的讲话和省长吴启明在全省金融工作会议上的讲话精神。讲话指出，要把扩大内需作为稳增长的关键一招。',
      ]),
    ).toEqual([]);
    expect(
      said([
        '会上，孔令辉传达了省委书记钱振华在全省经济工作会议上的讲话精神。会议认为，全市经济稳中向好。讲话指出，要把扩大内需作为稳增长的关键一招。',
      ]),
    ).toEqual([]);
  });
});

describe('types of study sessions and visits', () => {
  const typeOf = async (text: string) => (await importBytes('a.txt', Buffer.from(text))).documents[0]!.type;

  it('`举行第五次专题学习`, `就…进行第五次集体学习` are meetings reported', async () => {
    expect(
      await typeOf(
        '国务院举行第三次专题学习\n\n国务院5月8日下午举行第三次专题学习。国务院总理李强在主持学习时强调，要加快建设现代化产业体系。\n',
      ),
    ).toBe('会议报道');
    expect(
      await typeOf(
        '中共中央政治局就加强基础研究进行第三次集体学习\n\n中共中央政治局2月21日下午就加强基础研究进行第三次集体学习。中共中央总书记习近平在主持学习时强调，加强基础研究是实现高水平科技自立自强的迫切要求。\n',
      ),
    ).toBe('会议报道');
  });

  it('a visit headline under the name alone, the lead giving the post', async () => {
    expect(
      await typeOf(
        '方建明到青川县调研工业经济\n\n6月3日，市委书记方建明到青川县调研工业经济。方建明要求，要帮助企业解决用工难题。\n',
      ),
    ).toBe('会议报道');
  });
});
