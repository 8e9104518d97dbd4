// Who said it, where the text makes it certain without a name at the words: 他/她 after a sentence
// about one person, a person's words reported without marks, an answer in a transcript, and
// speakers named only in a title's tail, a bare signature or a news headline. Where the text leaves
// it open (two people, a 老党员 beside the leader, a meeting, a post without a name) no speaker.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { pronounSpeakers } from '../../../electron/core/knowledge/pronoun-speaker.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { reportedWords } from '../../../electron/core/knowledge/reported-candidates.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const pronounsOf = (paragraphs: string[], own: string[] = []) =>
  pronounSpeakers(paragraphs.map(foldForSearch), own).map((ps) => ps.map((p) => p.name));

describe('他/她 opening a sentence', () => {
  it('is the one person the sentence before is about, across a quotation and a paragraph break', () => {
    expect(pronounsOf(['毛泽东同志在《反对本本主义》中指出：“没有调查，没有发言权。”他还说过：“……”'])).toEqual([
      ['毛泽东'],
    ]);
    expect(
      pronounsOf(['在认真听取大家发言后，习近平发表了重要讲话。他指出，民营经济是生力军。', '他强调：“前景广阔。”']),
    ).toEqual([['习近平'], ['习近平']]);
    expect(pronounsOf(['在东村，省委书记李明走进麦田察看长势。他指出，夏粮丰收是基础。'], ['李明'])).toEqual([
      ['李明'],
    ]);
  });

  it('is nobody when the sentence before names two people, a person without a name, or nobody', () => {
    const own = ['郑海川'];
    // 黄文博 is named under a post in the lead: the sentence about both leaves 他 open.
    expect(
      pronounsOf(['市委书记郑海川会见了某集团董事长黄文博一行。', '郑海川对黄文博一行表示欢迎。他说，欢迎投资。'], own),
    ).toEqual([[], []]);
    expect(pronounsOf(['郑海川看望了老党员。他说：“身体好吗？”'], own)).toEqual([[]]);
    // A second party the name lists do not know: 他 could be either.
    expect(pronounsOf(['习近平会见美国总统拜登。他说，双方应当加强合作。'])).toEqual([[]]);
    expect(pronounsOf(['习近平同马克龙通电话。他表示，愿同法方一道努力。'])).toEqual([[]]);
    expect(pronounsOf(['郑海川与张大山亲切交谈。他说，日子越过越好。'], own)).toEqual([[]]);
    expect(pronounsOf(['会议强调，要抓落实。他指出，要细化。'], own)).toEqual([[]]);
    expect(
      pronounsOf(
        ['郑海川强调：“要实干。”', '## 二', '他指出，要细化。'].map((p) => p),
        own,
      ),
    ).toEqual([[], [], []]);
    expect(pronounsOf(['郑海川、林国栋调研。他们表示，要抓落实。'], ['郑海川', '林国栋'])).toEqual([[]]);
    // A sentence opening on 他 that names someone else ends the chain.
    expect(pronounsOf(['郑海川强调：“要实干。”他会见了董事长黄文博。他说，欢迎投资。'], own)).toEqual([['郑海川']]);
  });
});

describe('words reported without marks', () => {
  const words = (text: string, own: string[] = []) => {
    const f = foldForSearch(text);
    return reportedWords(f, own, []).map((w) => `${w.speaker}: ${text.slice(w.start, w.end)}`);
  };

  it('are the person’s when the clause is one person and nothing else', () => {
    expect(words('李强在讲话中指出，要扎实推进乡村产业高质量发展。', ['李强'])).toEqual([
      '李强: 要扎实推进乡村产业高质量发展。',
    ]);
    expect(words('对此，省委书记李明同志进一步强调，安全生产丝毫放松不得。', ['李明'])).toEqual([
      '李明: 安全生产丝毫放松不得。',
    ]);
    expect(words('习近平总书记在考察时强调，要把饭碗牢牢端在自己手中。')).toEqual([
      '习近平: 要把饭碗牢牢端在自己手中。',
    ]);
  });

  it('are nobody’s after a meeting, a saying, two people, or a name that is not the subject', () => {
    expect(words('会议指出，要统筹发展和安全。')).toEqual([]);
    expect(words('俗话说，千里之堤，溃于蚁穴。')).toEqual([]);
    expect(words('习近平和李强强调，要确保粮食安全。', ['李强'])).toEqual([]);
    expect(words('学习习近平总书记讲话时大家表示，要抓好落实。')).toEqual([]);
    expect(words('有关负责人表示，将加快推进。')).toEqual([]);
  });
});

describe('answers in a transcript', () => {
  const doc = (texts: string[]) => ({
    type: '会议报道',
    speakers: [],
    paragraphs: texts.map((text) => ({ kind: 'p' as const, text })),
  });

  it('are the answerer’s when the text names him under a post; the questions are nobody’s', () => {
    const c = quoteCandidates(
      doc([
        '4月18日，市政府新闻办举行新闻发布会，市商务局局长邵明回答记者提问。',
        '问：我市将采取哪些措施稳外贸？',
        '邵明：稳外贸，关键是稳主体、稳订单、稳预期。',
        '王强：这一点非常重要，必须抓紧抓实。',
      ]),
    );
    expect(c.filter((q) => q.speaker).map((q) => `${q.speaker}: ${q.text}`)).toEqual([
      '邵明: 稳外贸，关键是稳主体、稳订单、稳预期。',
    ]);
  });

  it('a name and a colon outside a transcript is no answer', () => {
    const c = quoteCandidates(doc(['市商务局局长邵明出席。', '邵明：稳外贸，关键是稳主体、稳订单、稳预期。']));
    expect(c.filter((q) => q.speaker)).toEqual([]);
  });
});

describe('speakers the head or the foot of a file names', () => {
  const speakersOf = async (name: string, text: string) => {
    const r = await importBytes(name, Buffer.from(text));
    return r.documents.map((d) => [d.type, d.speakers.map((s) => s.name)]);
  };
  const body = '同志们：\n\n今天召开全区教育工作大会。教育寄托着千家万户的希望，我们要把教育投入保障好。\n';

  it('a speech title followed by the name: `在……上的讲话　范文强`', async () => {
    expect(await speakersOf('a.txt', `在全区教育工作大会上的讲话　范文强\n\n${body}`)).toEqual([['讲话', ['范文强']]]);
    // A unit there is no speaker.
    expect(await speakersOf('b.txt', `在全区教育工作大会上的讲话　区教育局\n\n${body}`)).toEqual([['讲话', []]]);
  });

  it('a news story headed on a leader’s words is a meeting report', async () => {
    const story = (title: string) =>
      `${title}\n\n本报讯　6月12日，省委书记李明深入安平县调研。他指出，夏粮丰收是全年粮食安全的基础。\n`;
    expect(await speakersOf('e.txt', story('省委书记李明在安平县调研时强调 扛牢粮食安全政治责任'))).toEqual([
      ['会议报道', []],
    ]);
    expect(await speakersOf('f.txt', story('安平县夏粮喜获丰收'))).toEqual([['文章', []]]);
    expect(await speakersOf('g.txt', story('全省各地在夏收工作中强调 颗粒归仓'))).toEqual([['文章', []]]);
  });
});
