// Round speech31: speakers changing mid-report, 她说 after a named leader, a speech's own lines, 问/答 interviews and
// the theses of texts and editorials (tests/eval/knowledge/quotes-speech31.json). Each rule here failed on the code
// before the round.
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../electron/contract/api.js';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { bylineTurns } from '../../../electron/core/knowledge/byline-turns.js';
import { fillReportQuotes } from '../../../electron/core/knowledge/report-fill.js';
import { pronounSpeakers } from '../../../electron/core/knowledge/pronoun-speaker.js';
import { quoteCandidates, type QuoteCandidate } from '../../../electron/core/knowledge/quote-candidates.js';
import { reportedSpans } from '../../../electron/core/knowledge/reported-speech.js';
import { PATTERNS } from '../../../electron/core/knowledge/thesis-patterns.js';
import { foldForSearch, foldQuoteMarks } from '../../../electron/core/text/normalize.js';

const paras = (lines: string[]): Paragraph[] => lines.map((text) => ({ kind: 'p', text }));
const candidates = (lines: string[], type: string, title?: string) =>
  quoteCandidates({ paragraphs: paras(lines), type, speakers: [], ...(title ? { title } : {}) }).map((c) => [
    c.speaker,
    c.text,
  ]);

describe('what a text or an editorial states, in a news story', () => {
  const story = [
    '《决定》指出，改革开放是决定当代中国命运的关键一招。《决定》强调，要以钉钉子精神抓好改革落实。',
    '省报社论指出，改革只有进行时，没有完成时。',
    '中央纪委国家监委网站评论文章指出，纪律是管党治党的“戒尺”，也是干事创业的“护身符”。',
  ];

  it('is a thesis credited to nobody', () => {
    const got = candidates(story, '文章');
    expect(got).toContainEqual([null, '改革开放是决定当代中国命运的关键一招。']);
    expect(got).toContainEqual([null, '改革只有进行时，没有完成时。']);
    expect(got).toContainEqual([null, '纪律是管党治党的“戒尺”，也是干事创业的“护身符”。']);
  });

  it('leaves out the duty the text lays down, and a meeting a story mentions', () => {
    const got = candidates([...story, '会议指出，发展是第一要务。'], '文章').map(([, t]) => t);
    expect(got.some((t) => t!.startsWith('要以钉钉子'))).toBe(false);
    expect(got).not.toContain('发展是第一要务。');
  });
});

describe('a 问/答 interview under a ——访 headline', () => {
  const qa = [
    '问：您如何看待民生工作？',
    '答：民生工作做得好不好，要看群众的笑脸多不多。小事办不好，大事也难办成。',
    '问：明年有什么打算？',
    '答：我们要为基层减负，但不能减责任、减担当。',
  ];

  it('gives the answers to the one person the headline visits, without the label', () => {
    const got = candidates(qa, '文章', '“把群众的事办到心坎上”——访江北区区长宋晓岚');
    expect(got).toContainEqual(['宋晓岚', '民生工作做得好不好，要看群众的笑脸多不多。']);
    expect(got.some(([, t]) => t!.startsWith('答'))).toBe(false);
  });

  it('gives nobody the answers when the headline names no one', () => {
    expect(candidates(qa, '文章', '把群众的事办到心坎上').filter(([s]) => s)).toEqual([]);
  });
});

describe('她说 after a named leader’s duty of a matter', () => {
  it('is she: the people her words name are what they are about', () => {
    const got = pronounSpeakers(
      [
        '副市长汤静怡就推进老旧小区改造作了发言。汤静怡指出，老旧小区改造要多听居民意见。她说，改造不是为了好看，而是为了好住。',
      ].map(foldForSearch),
      [],
    );
    expect(got[0]!.map((p) => p.name)).toEqual(['汤静怡']);
  });

  it('is nobody when her words name one of them who could speak next', () => {
    const got = pronounSpeakers(
      ['汤静怡指出，有位老党员要多听居民意见。他说，改造不是为了好看。'].map(foldForSearch),
      [],
    );
    expect(got[0]!.map((p) => p.name)).toEqual([]);
  });
});

describe('a speech’s own line', () => {
  const fold = (t: string) => foldQuoteMarks(foldForSearch(t));

  it('is not reported speech for saying how someone talks (怎么说)', () => {
    expect(reportedSpans(fold('群众评价一个党员，从来不听他怎么说，只看他怎么做。'))).toEqual([]);
    expect(reportedSpans(fold('李明说，群众是我们的老师。'))).not.toEqual([]);
  });

  it('has a form in 谁…谁就… and 不在…而在…', () => {
    expect(PATTERNS.test('谁在创新上慢一步，谁就可能在发展上落一程。')).toBe(true);
    expect(PATTERNS.test('医生的价值不在城市大医院里，而在病人的需要里。')).toBe(true);
    expect(PATTERNS.test('谁也没有想到会下雨。')).toBe(false);
  });
});

describe('an interview’s or a report’s fill', () => {
  const c = (text: string, paragraph: number): QuoteCandidate => ({
    paragraph,
    start: 0,
    end: text.length,
    text,
    speaker: '苗春来',
    source: 'own',
  });

  it('takes no story of the past and no bare reply', () => {
    const lines = [
      '整整三十年了。',
      '有一年冬天夜里，一个老人突发急病，我背着药箱走了十几里山路。',
      '医生的价值，在病人的需要里，不在名气里。',
    ];
    const got = fillReportQuotes([], lines.map(c), 2000).map((q) => q.text);
    expect(got).toEqual(['医生的价值，在病人的需要里，不在名气里。']);
  });
});

describe('a stock equation in a local speech', () => {
  it('is nobody’s', () => {
    const got = extractQuotes(paras(['同志们：', '压力就是动力。我们要迎难而上，不负重托。']), {
      speakers: [{ name: '宋晓岚', role: '区长' }],
      occasion: null,
      date: null,
      type: '讲话',
    });
    const q = got.find((x) => x.text === '压力就是动力。');
    expect(q?.speaker).toBeNull();
  });
});

describe('a 发言摘登 byline that sets the office, the post and the name apart', () => {
  it('opens that person’s turn, so the turn before it ends', () => {
    const page = [
      '红旗镇党委副书记 谢雨桐：',
      '泥土里长出来的感情，才是最真的感情。',
      '市发展改革委 干部 冯子轩：',
      '机关里的文件，最终要变成田野里的庄稼。',
    ].map(foldForSearch);
    expect(bylineTurns(page).map((t) => t?.name ?? null)).toEqual(['谢雨桐', '谢雨桐', '冯子轩', '冯子轩']);
  });
});
