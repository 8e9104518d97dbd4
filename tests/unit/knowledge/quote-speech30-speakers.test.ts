// Round speech30: who is speaking in speeches, meeting reports, interviews and 发言摘登 pages
// (tests/eval/knowledge/quotes-speech30.json). Each rule here failed on the code before the round.
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../electron/contract/api.js';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { continuedWords } from '../../../electron/core/knowledge/continued-words.js';
import { pronounSpeakers } from '../../../electron/core/knowledge/pronoun-speaker.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { creditSaying } from '../../../electron/core/knowledge/sayings.js';
import { unknownFrames } from '../../../electron/core/knowledge/unknown-frames.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const paras = (lines: string[]): Paragraph[] => lines.map((text) => ({ kind: 'p', text }));
const credited = (lines: string[], type: string, title?: string) =>
  quoteCandidates({ paragraphs: paras(lines), type, speakers: [], ...(title ? { title } : {}) })
    .filter((c) => c.speaker)
    .map((c) => [c.speaker, c.text]);

describe('an interview’s turns by name alone', () => {
  const answers = [
    '记者：今年以来，营商环境有了哪些变化？',
    '郑志远：营商环境好不好，企业说了算。服务企业不能停留在嘴上，要落在每一件具体的事上。',
    '记者：下一步有什么打算？',
    '郑志远：我们始终认为，企业的难处就是政府的痛处。',
  ];

  it('are the words of the person the title presents under a post', () => {
    const got = credited(answers, '文章', '“让企业家在这里安心创业”——访县委副书记、县长郑志远');
    expect(got).toContainEqual(['郑志远', '营商环境好不好，企业说了算。']);
    // (The lead the label hid, 我们始终认为，, is left off with it.)
    expect(got).toContainEqual(['郑志远', '企业的难处就是政府的痛处。']);
  });

  it('are the words of the people the opening invites, before the first question', () => {
    const got = credited(
      [
        '编者按：本报邀请省委党校教授沈立群、江口镇党委书记罗永刚进行对话。',
        '主持人：基层负担重，重在哪里？',
        '沈立群：减负的目的不是让干部少干事，而是让干部把精力用在干实事上。',
        '罗永刚：说到底，基层干部的时间是有限的，花在群众身上越多，群众的笑脸就越多。',
      ],
      '文章',
    );
    expect(got).toContainEqual(['沈立群', '减负的目的不是让干部少干事，而是让干部把精力用在干实事上。']);
  });

  it('leave out a wish for the listeners and a pledge', () => {
    const got = credited(
      [
        ...answers,
        '郑志远：发展的舞台有多大，企业家的作为就有多大。希望大家安心经营、放心投资，我们一定当好“店小二”。',
      ],
      '文章',
      '——访县长郑志远',
    ).map(([, text]) => text);
    expect(got).toContain('发展的舞台有多大，企业家的作为就有多大。');
    expect(got.some((t) => t!.startsWith('希望'))).toBe(false);
  });

  it('stay nobody’s when neither the title nor the opening names him', () => {
    expect(credited(answers, '文章', '营商环境的变化')).toEqual([]);
  });
});

describe('他 after a paragraph of one person’s words', () => {
  const own = ['李国栋'];
  const folded = (lines: string[]) => lines.map(foldForSearch);

  it('is still he when the paragraph went on with his words after naming him', () => {
    const got = pronounSpeakers(
      folded([
        '李国栋指出，城市不是钢筋水泥的堆砌，而是人们生活的家园。老城区改造要坚持“留改拆”并举，不搞大拆大建。',
        '他强调：“群众的口碑就是我们的标尺。”',
      ]),
      own,
    );
    expect(got[1]!.map((p) => p.name)).toEqual(['李国栋']);
  });

  it('is still he after his own 他指出 paragraph of two sentences', () => {
    const got = pronounSpeakers(
      folded([
        '林振华强调，高质量发展不是不要速度。发展快一点慢一点，关键看含金量。',
        '他指出，实体经济是城市发展的根基所在。抓实体经济就是抓城市的未来。',
        '他强调，干部要敢于担当。',
      ]),
      ['林振华'],
    );
    expect(got.map((ps) => ps.map((p) => p.name))).toEqual([[], ['林振华'], ['林振华']]);
  });

  it('is nobody when the sentence after his words names someone else', () => {
    const got = pronounSpeakers(
      folded(['李国栋指出，城市是人们生活的家园。副县长孙建华介绍了改造进度。', '他强调，要把管网改造放在前面。']),
      own,
    );
    expect(got[1]).toEqual([]);
  });
});

describe('a short thesis right after a person’s words in a report', () => {
  const said = (text: string) => {
    const f = foldForSearch(text);
    const end = f.indexOf('。') + 1;
    return continuedWords(f, [{ start: 5, end, speaker: '林振华' }], ['林振华']).map((s) => text.slice(s.start, s.end));
  };

  it.each([
    ['林振华强调，高质量发展不是不要速度。发展快一点慢一点，关键看含金量。', '发展快一点慢一点，关键看含金量。'],
    ['林振华指出，实体经济是城市的根基。抓实体经济就是抓城市的未来。', '抓实体经济就是抓城市的未来。'],
  ])('%s goes on with his words', (text, line) => {
    expect(said(text)).toEqual([line]);
  });

  it('not a figure the reporter gives', () => {
    expect(said('林振华指出，实体经济是城市的根基。全市工业产值就是1200亿元。')).toEqual([]);
  });
});

describe('a leader’s saying that only opens a sentence', () => {
  it('is not cut out as a fragment credited to him: the sentence stays whole, nobody’s', () => {
    const text = '农业强不强、农村美不美、农民富不富，决定着全面小康的成色。';
    const q = creditSaying({ paragraph: 0, start: 0, end: text.length, text, speaker: '韩卫东', source: 'own' });
    expect([q.text, q.speaker]).toEqual([text, null]);
  });
});

describe('words a speech frames under a post alone', () => {
  it('are offered with no speaker, never the speech’s', () => {
    const text = '前不久，省委书记在全省领导干部会议上指出：“抓落实是最大的政治，不落实是最大的失职。”这句话振聋发聩。';
    expect(unknownFrames(foldForSearch(text), new Set()).map((u) => text.slice(u.start, u.end))).toEqual([
      '抓落实是最大的政治，不落实是最大的失职。',
    ]);
    const quotes = extractQuotes(
      paras(['同志们：', text, '工作不是等出来的，是干出来的；成绩不是喊出来的，是拼出来的。']),
      {
        speakers: [{ name: '邵建国', role: '县委书记' }],
        occasion: null,
        date: null,
        type: '讲话',
      },
    );
    expect(quotes.find((q) => q.text.startsWith('抓落实'))?.speaker).toBeNull();
  });
});
