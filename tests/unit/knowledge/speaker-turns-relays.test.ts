// Speaker shapes of speakers13 (speech-fixtures/README.md): an author turning back to his own voice
// inside words he reports, `告诫全党：“……”` and `表示：“……”` frames, 「」 marks and traditional names as
// written, a 题注 with the day and an editor's clause, a surname jieba leaves alone (孙/zg 建业/n),
// `县长李海峰在报告中提出，`, `……的重要讲话，深刻回答了……` (about a speech, not citing it), a report's
// instruction right after a person's words, `马林建议，`, and retold words with a form of their own.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { originNote } from '../../../electron/core/content/origin-note.js';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { narratedNames } from '../../../electron/core/knowledge/narrated-names.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { framedQuotes } from '../../../electron/core/knowledge/quote-frames.js';
import { creditSaying } from '../../../electron/core/knowledge/sayings.js';
import { speechNoteSpeaker } from '../../../electron/core/knowledge/speech-note.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const candidates = (type: string, paragraphs: string[], speakers: string[] = []) =>
  quoteCandidates({
    paragraphs: paragraphs.map((text) => ({ kind: 'p' as const, text })),
    type,
    speakers: speakers.map((name) => ({ name })),
  })
    .map(creditSaying)
    .filter((c) => c.speaker)
    .map((c) => `${c.speaker}: ${c.text}`);

const frames = (text: string, own: string[] = []) =>
  framedQuotes(foldForSearch(text), own).map((q) => `${q.speaker}: ${text.slice(q.start, q.end)}`);

describe('words reported as a leader’s end where the author turns back to his own voice', () => {
  it('`总书记强调，A，我们基层干部更要B`: only A is his', () => {
    const text = '习近平总书记强调，领导干部要经常扑下身子、沉到一线，我们基层干部更要把群众的事当成自家的事来办。';
    expect(candidates('文章', [text])).toEqual(['习近平: 领导干部要经常扑下身子、沉到一线']);
  });

  it('a news report’s leader may say 我 in his reported words: they stay his', () => {
    const text = '习近平表示，今天是中国农历“小年”，我代表中国政府和中国人民向缅甸政府和人民致以新春祝福。';
    expect(candidates('文章', [text])).toEqual([`习近平: ${text.slice(6)}`]);
  });

  it('words that open on 我们 are the leader’s 我们 throughout', () => {
    const text = '习近平总书记强调，我们要坚持人民至上，我们要始终同人民想在一起、干在一起。';
    expect(candidates('文章', [text])).toEqual(['习近平: 我们要坚持人民至上，我们要始终同人民想在一起、干在一起。']);
  });
});

describe('frames', () => {
  it('`告诫全党：“……”`, `勉励广大青年：“……”` keep the speaker', () => {
    expect(frames('习近平总书记告诫全党：“全党同志必须牢记，为人民而生，因人民而兴。”')).toEqual([
      '习近平: 全党同志必须牢记，为人民而生，因人民而兴。',
    ]);
    expect(frames('习近平总书记勉励广大青年：“青年要立大志、明大德、成大才、担大任。”')).toEqual([
      '习近平: 青年要立大志、明大德、成大才、担大任。',
    ]);
  });

  it('`宋志平在致辞中表示：“……”` is his when the text names him as a speaker', () => {
    expect(frames('宋志平在致辞中表示：“数字经济发展没有旁观者，只有参与者和贡献者。”', ['宋志平'])).toEqual([
      '宋志平: 数字经济发展没有旁观者，只有参与者和贡献者。',
    ]);
    // `在认真听取大家的发言后说`: the 的 is the occasion's, as in `在……的讲话中`, not another subject's.
    expect(frames('严国华在认真听取大家的发言后说：“老党员的经历就是最生动的党课。”', ['严国华'])).toEqual([
      '严国华: 老党员的经历就是最生动的党课。',
    ]);
    // 表示 before something else than the words is no frame.
    expect(frames('宋志平表示感谢，并为“数字工匠”颁奖。', ['宋志平'])).toEqual([]);
  });
});

describe('a traditional-script report', () => {
  const report = [
    '3月2日，全縣黨建工作會議召開。縣委書記陳建國出席會議並講話，縣長劉志華主持會議。',
    '陳建國強調：「黨建工作抓實了就是生產力，抓細了就是凝聚力。」',
    '劉志華在主持會議時要求，各鄉鎮、各部門要把會議精神迅速傳達到每一名黨員。',
  ];

  it('reads 「」 as quotation marks and credits names as the text writes them', () => {
    expect(candidates('会议报道', report, ['陳建國'])).toEqual([
      '陳建國: 黨建工作抓實了就是生產力，抓細了就是凝聚力。',
      '劉志華: 各鄉鎮、各部門要把會議精神迅速傳達到每一名黨員。',
    ]);
  });
});

describe('the 题注 of a speech', () => {
  const note = '（这是马国庆同志2022年12月28日在县委农村工作会议上讲话的主要部分，2023年3月1日整理刊发。）';

  it('names the speaker with the day he spoke and an editor’s clause after it', () => {
    expect(speechNoteSpeaker(note)).toBe('马国庆');
    expect(speechNoteSpeaker('这是马国庆同志在县委农村工作会议上讲话时反复强调的一点。')).toBeNull();
  });

  it('dates the speech by the day he spoke, not the day of editing', async () => {
    expect(originNote(['同志们：', '乡村振兴，产业是根本，人才是关键，党建是保障。', note]).date).toBe('2022-12-28');
    const text = ['抓好乡村振兴这件大事', '同志们：', '乡村振兴，产业是根本，人才是关键，党建是保障。', note].join(
      '\n\n',
    );
    const doc = (await importBytes('s.txt', Buffer.from(text), {}, { idPrefix: 'u' })).documents[0]!;
    expect([doc.speakers.map((s) => s.name), doc.date]).toEqual([['马国庆'], '2022-12-28']);
  });
});

describe('who a report narrates speaking', () => {
  it('a common surname jieba leaves alone before a given name (孙/zg 建业/n), never a surname and a post', () => {
    expect(narratedNames(foldForSearch('孙建业说：“企业最怕的不是困难，而是政策变来变去。”'))).toEqual(['孙建业']);
    expect(narratedNames(foldForSearch('宋书记在讲话中指出：“防汛工作是天大的事。”'))).toEqual([]);
    expect(narratedNames(foldForSearch('江西省要求，各地要抓好防汛。'))).toEqual([]);
  });

  it('`县长李海峰在报告中提出，……` reports his words', () => {
    const speech = ['县长李海峰在报告中提出，今年力争引进亿元以上项目三十个。这个目标必须完成。'];
    expect(candidates('讲话', speech, ['邓文涛'])).toEqual([
      '李海峰: 今年力争引进亿元以上项目三十个。',
      '邓文涛: 这个目标必须完成。',
    ]);
  });

  it('`他建议，……` reports his words; `意见建议，` does not', () => {
    const report = ['孙建业说：“小店也有大梦想。”他建议，进一步简化个体工商户年报流程。'];
    expect(candidates('会议报道', report)).toContain('孙建业: 进一步简化个体工商户年报流程。');
    expect(candidates('讲话', ['对大家提出的意见建议，我们要认真研究吸纳。'], ['李明'])).toEqual([
      '李明: 对大家提出的意见建议，我们要认真研究吸纳。',
    ]);
  });
});

describe('a sentence about a leader’s speech', () => {
  it('`习近平总书记……的重要讲话，深刻回答了……` is the speaker’s own, not a citation', () => {
    const text = '习近平总书记在全国组织工作会议上的重要讲话，深刻回答了新时代建设什么样的组织体系的重大问题。';
    expect(candidates('讲话', [text], ['高建华'])).toEqual([`高建华: ${text}`]);
  });
});

describe('a report’s instruction right after a person’s words', () => {
  it('is his; after the meeting’s own words, or in a speech, it is nobody’s', () => {
    const report = '张文斌指出：“乡村要振兴，关键看支部。”要选优配强村党组织书记，把能干事的人放到关键岗位上。';
    expect(candidates('会议报道', [report], [])).toEqual([
      '张文斌: 乡村要振兴，关键看支部。',
      '张文斌: 要选优配强村党组织书记，把能干事的人放到关键岗位上。',
    ]);
    const meeting = '全会指出，正如习近平总书记所强调的，“中国式现代化，民生为大”。要坚持在发展中保障和改善民生。';
    expect(candidates('会议报道', [meeting])).toEqual(['习近平: 中国式现代化，民生为大']);
    // A sentence naming someone else ends the run.
    const other = '张文斌指出：“乡村要振兴，关键看支部。”要向王大山同志学习，扎根基层。';
    expect(candidates('会议报道', [other])).toEqual(['张文斌: 乡村要振兴，关键看支部。']);
  });
});

describe('sayings', () => {
  it('`一人就业，全家幸福` is nobody’s; `农业强不强、农村美不美、农民富不富` is 习近平’s', () => {
    expect(candidates('讲话', ['一人就业，全家幸福。'], ['张慧敏'])).toEqual([]);
    expect(candidates('讲话', ['农业强不强、农村美不美、农民富不富。'], ['马国庆'])).toEqual([
      '习近平: 农业强不强、农村美不美、农民富不富。',
    ]);
  });
});

describe('retold words with a form of their own', () => {
  it('are kept as a 金句 of the report, as a quoted line would be', () => {
    const paragraphs = [
      '3月6日，市委召开民营企业家座谈会。市委书记梁振国主持座谈会并讲话。',
      '梁振国强调，企业家是城市发展的宝贵财富，要让企业家安心经营、放心投资、专心创业。',
      '会议要求，各部门要抓好落实。',
    ].map((text) => ({ kind: 'p' as const, text }));
    const quotes = extractQuotes(paragraphs, {
      speakers: [{ name: '梁振国', role: null }],
      occasion: null,
      date: null,
      type: '会议报道',
    });
    expect(quotes.map((q) => `${q.speaker}: ${q.text}`)).toEqual([
      '梁振国: 企业家是城市发展的宝贵财富，要让企业家安心经营、放心投资、专心创业。',
    ]);
  });
});
