// Speaker shapes of speakers20 (speech-fixtures/README.md): quotations inside quotations, a transcript's
// host named at its head, `讲：`/`回忆说`, a visit's chat with 果农, and a report's fill shared among its speakers.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { quoteCandidates, type QuoteCandidate } from '../../../electron/core/knowledge/quote-candidates.js';
import { fillReportQuotes } from '../../../electron/core/knowledge/report-fill.js';
import { said } from './speaker-probes.js';

describe('a quotation inside a quotation', () => {
  it('the inner words are the person its frame names; the sentences apart from it are the speaker’s', () => {
    const out = said([
      '省委书记赵正阳出席会议并讲话。',
      '赵正阳说：“习近平总书记强调：‘民族要复兴，乡村必振兴。’我们要把这一要求落实到全省每一个村庄。”',
    ]);
    expect(out).toContain('习近平: 民族要复兴，乡村必振兴。');
    expect(out).toContain('赵正阳: 我们要把这一要求落实到全省每一个村庄。');
    expect(out.filter((s) => s.includes('民族要复兴') && !s.startsWith('习近平'))).toEqual([]);
  });

  it('an unnamed person’s words inside are nobody’s, and the speaker keeps what he adds', () => {
    const out = said([
      '9月5日，县委书记陈卫国到红岩村调研。',
      '陈卫国说：“我刚参加工作时，一位老支书对我讲：‘群众心里有杆秤，你为他办了多少实事，他都记着。’这句话我记了三十年。”',
    ]);
    expect(out).toEqual(['陈卫国: 这句话我记了三十年。']);
  });

  it('a clause after words quoted mid-sentence is the speaker’s; `总书记说的‘……’` is 习近平’s', () => {
    expect(
      said([
        '市委书记孟昊然到桃花村调研。',
        '在村卫生室，孟昊然说：“有位大娘说‘看病不出村，心里踏实’，我们要把这样的好事办得更好。”',
      ]),
    ).toEqual(['孟昊然: 我们要把这样的好事办得更好。']);
    // (Clauses in single marks after any verb, `有群众反映‘……，……’`: words quoted, not a term.)
    expect(
      said([
        '县委书记葛振东出席会议并讲话。',
        '葛振东说：“前段时间有群众反映‘村干部整天填表，找人都找不到’，这种现象必须坚决纠正。”',
      ]),
    ).toEqual(['葛振东: 这种现象必须坚决纠正。']);
    const out = said([
      '会议传达学习了习近平总书记重要讲话精神。县委书记吴建平主持会议。',
      '吴建平说：“总书记说的‘因地制宜发展新质生产力’，对我们县来说就是要把特色产业做强做优。我们不能照搬照抄，更不能一哄而上。”',
    ]);
    expect(out).toContain('吴建平: 我们不能照搬照抄，更不能一哄而上。');
    // (speakers22: `总书记说的‘……’` is what he said, 习近平's where the text names 习近平总书记; it stayed unnamed before.)
    expect(out.filter((s) => s.includes('新质生产力'))).toEqual(['习近平: 因地制宜发展新质生产力']);
  });

  it('`他还说，……` inside the quotation goes on with another’s words: nobody’s', () => {
    const out = said([
      '县长梁国庆在会上讲话。',
      '梁国庆说：“一位老红军对我说：‘我们当年打仗，就是为了让老百姓过上好日子。’他还说，共产党员要永远跟群众站在一起。”',
    ]);
    expect(out.filter((s) => s.includes('老红军') || s.includes('站在一起') || s.includes('打仗'))).toEqual([]);
  });
});

describe('named by the words they speak', () => {
  it('`老书记某某同志常讲：“……”` in a speech, `原县政协主席某某回忆说：“……”` in a report', () => {
    expect(said(['我们的老书记张明远同志常讲：“群众的事再小也是大事。”'], '讲话', [{ name: '谢东升' }])).toContain(
      '张明远: 群众的事再小也是大事。',
    );
    expect(said(['座谈会上，老同志代表、原县政协主席韦德明回忆说：“老书记一辈子清廉，从不搞特殊。”'])).toContain(
      '韦德明: 老书记一辈子清廉，从不搞特殊。',
    );
  });

  it('`引用老劳模某某的话说`, `引用某某同志在…时的话说` name the one borrowed from; `引用老乡的话说` names nobody', () => {
    const out = said([
      '11月6日，市委书记林国栋主持集体学习并讲话。',
      '他引用老劳模常德胜的话说：“活儿干没干好，不看嘴上说，要看手上的茧子。”',
      '他引用谷文昌同志在东山工作时的话说：“不把风沙治住，就让风沙把我埋掉。”',
      '他还引用老乡的话说：“干部不怕苦，群众就不怕难。”',
    ]);
    expect(out).toContain('常德胜: 活儿干没干好，不看嘴上说，要看手上的茧子。');
    expect(out).toContain('谷文昌: 不把风沙治住，就让风沙把我埋掉。');
    expect(out.filter((s) => s.includes('群众就不怕难') || s.startsWith('林国栋'))).toEqual([]);
  });

  it('`老党员某某说`, `退伍军人某某说` in a report; `村民周大姐说` names nobody', () => {
    const out = said([
      '八十五岁的老党员王德顺说：“党员这个身份，要用一辈子去守。”',
      '退伍军人赵志刚说：“脱下军装，党员的本色不能丢。”',
      '村民周大姐说：“这些老党员，是我们村的主心骨。”',
    ]);
    expect(out).toEqual(['王德顺: 党员这个身份，要用一辈子去守。', '赵志刚: 脱下军装，党员的本色不能丢。']);
  });

  it('`他说` after the visitor talks with 果农 is the visitor', () => {
    expect(
      said([
        '10月12日，市委书记孟昊然到桃源县调研。在桃花村果园，孟昊然同正在采摘的果农交谈。他说：“电商让桃子不愁卖了，这就是产业振兴带来的变化。”',
        '孟昊然叮嘱县乡干部，要多办顺民意、解民忧、惠民生的实事。',
      ]),
    ).toContain('孟昊然: 电商让桃子不愁卖了，这就是产业振兴带来的变化。');
  });
});

describe('a transcript’s host', () => {
  const text = [
    '全市优化营商环境新闻发布会实录',
    '（2026年6月12日）',
    '主持人：市政府新闻办公室副主任　何丽',
    '发布人：市发展和改革委员会主任　宋建军',
    '主持人：各位记者朋友，大家上午好！欢迎参加今天的新闻发布会。',
    '发布人：我们推行“一网通办”，企业开办时间压缩到一个工作日以内。',
    '主持人：谢谢。企业家是城市发展的宝贵财富，我们要像爱护眼睛一样爱护企业家。下面请记者提问。',
    '记者：请问下一步有哪些举措？',
    '发布人：我们坚持有求必应、无事不扰，让企业家安心经营、放心投资。',
    '主持人：今天的发布会到此结束，谢谢大家！',
  ].join('\n\n');

  it('the `主持人：post　name` head line names the host’s turns; greetings and thanks are no 金句', async () => {
    const doc = (await importBytes('a.txt', Buffer.from(text))).documents[0]!;
    const out = quoteCandidates(doc)
      .filter((c) => c.speaker)
      .map((c) => `${c.speaker}: ${c.text}`);
    expect(out).toContain('何丽: 企业家是城市发展的宝贵财富，我们要像爱护眼睛一样爱护企业家。');
    expect(out).toContain('宋建军: 我们坚持有求必应、无事不扰，让企业家安心经营、放心投资。');
    expect(out.filter((s) => /上午好|谢谢|结束/.test(s))).toEqual([]);
  });

  it('a 纪要’s `主持人：` field over a text without host turns is still dropped', async () => {
    const doc = (
      await importBytes(
        'b.txt',
        Buffer.from(
          '县政府常务会议纪要\n\n主持人：县长　许志刚\n\n会议听取了县发改局关于重点项目推进情况的汇报。会议要求，各部门要加快项目前期工作，确保年内开工。\n',
        ),
      )
    ).documents[0]!;
    expect(doc.paragraphs.map((p) => p.text).filter((t) => t.startsWith('主持人'))).toEqual([]);
  });
});

describe('a report’s fill', () => {
  const cand = (speaker: string, text: string, paragraph: number): QuoteCandidate => ({
    paragraph,
    start: 0,
    end: text.length,
    text,
    speaker,
    source: 'frame',
  });

  it('each named person’s best point comes before anyone’s second', () => {
    const lead = [
      '发展是第一要务，人才是第一资源，创新是第一动力。',
      '企业有信心，发展就有底气；企业家有干劲，城市就有活力。',
      '营商环境只有更好，没有最好。',
      '城市的竞争归根到底是环境的竞争，环境的竞争归根到底是服务的竞争。',
      '干部作风好不好，企业最有发言权。',
      '民营经济是推动高质量发展的重要力量。',
    ].map((t, i) => cand('钱志远', t, i));
    const other = cand('高永明', '希望多搭一些交流平台。', 9);
    const speakers = fillReportQuotes([], [...lead, other], 3000).map((q) => q.speaker);
    expect(speakers).toContain('高永明');
    expect(speakers).toContain('钱志远');
    expect(speakers).toHaveLength(5);
  });
});
