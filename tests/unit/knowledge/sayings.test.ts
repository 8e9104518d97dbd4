// Well-known sayings a text says without marks (content/lexicon/sayings.json): found whatever the
// punctuation or script, and credited to whose words they are, the classic, or nobody.
import { describe, expect, it } from 'vitest';
import sayingsJson from '../../../content/lexicon/sayings.json' with { type: 'json' };
import { citeIndex } from '../../../electron/core/knowledge/cross-cite.js';
import type { QuoteCandidate } from '../../../electron/core/knowledge/quote-candidates.js';
import { creditSaying, sayingIn } from '../../../electron/core/knowledge/sayings.js';
import { parseSayings } from '../../../electron/core/knowledge/sayings-schema.js';

const own = (text: string, speaker: string | null, source: QuoteCandidate['source'] = 'own'): QuoteCandidate => ({
  paragraph: 2,
  start: 10,
  end: 10 + text.length,
  text,
  speaker,
  source,
});

describe('the sayings list', () => {
  it('parses, and names a person or a work, never both', () => {
    const list = parseSayings(sayingsJson);
    expect(list.length).toBeGreaterThanOrEqual(500);
    // The app reads the compiled-in file without checking it (sayings.ts): this is the check.
    expect(list).toEqual(sayingsJson.entries);
    expect(() =>
      parseSayings({ entries: [{ text: '行百里者半九十', speaker: '某某', work: '《战国策》' }] }),
    ).toThrow();
  });

  it('holds no saying twice', () => {
    const keys = parseSayings(sayingsJson).flatMap((s) =>
      [s.text, ...(s.variants ?? [])].map((t) => t.replace(/\P{Script=Han}/gu, '')),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('finding a saying in a sentence', () => {
  it('ignores punctuation and reads traditional script', () => {
    expect(sayingIn('空谈误国、实干兴邦。')?.saying.text).toBe('空谈误国，实干兴邦');
    const trad = sayingIn('綠水青山就是金山銀山。');
    expect(trad?.saying.speaker).toBe('习近平');
    expect([trad?.start, trad?.end, trad?.coverage]).toEqual([0, 10, 1]);
  });

  it('gives the offsets of the saying and the share of the sentence it covers', () => {
    const text = '我们要始终牢记，人民对美好生活的向往，就是我们的奋斗目标。';
    const m = sayingIn(text)!;
    expect(text.slice(m.start, m.end)).toBe('人民对美好生活的向往，就是我们的奋斗目标');
    // 的 is not counted: it comes and goes as a saying is retold.
    expect(m.coverage).toBeCloseTo(17 / 24);
  });

  it('matches with or without 的', () => {
    expect(sayingIn('良好的生态环境，是最公平的公共产品。')?.saying.speaker).toBe('习近平');
  });

  it('finds nothing in ordinary prose', () => {
    expect(sayingIn('要大力发展乡村特色产业，促进农民持续增收。')).toBeNull();
  });

  // (The scan looks only at the forms that can start at each place, longest first: sayings.ts.)
  it('takes the longest saying of a sentence wherever it stands, and the first of two as long', () => {
    const short = '空谈误国，实干兴邦';
    const long = '人民对美好生活的向往，就是我们的奋斗目标';
    for (const text of [`${short}；${long}。`, `${long}；${short}。`]) expect(sayingIn(text)?.saying.text).toBe(long);
    // Two listed sayings of the same length (的 aside), neither inside the other.
    const han = (t: string) => t.replace(/[^\u4e00-\u9fff]|的/g, '');
    const plain = sayingsJson.entries.map((e) => e.text).filter((t) => !/我们党/.test(t) && han(t).length === 8);
    const [a, b] = [plain[0]!, plain.find((t) => !han(t).includes(han(plain[0]!).slice(0, 2)))!];
    expect(sayingIn(`${a}；${b}。`)?.saying.text).toBe(a);
    expect(sayingIn(`${b}；${a}。`)?.saying.text).toBe(b);
  });

  it('answers a sentence asked again as it did the first time', () => {
    const text = '我们要始终牢记，人民对美好生活的向往，就是我们的奋斗目标。';
    const once = sayingIn(text);
    expect(sayingIn('要大力发展乡村特色产业，促进农民持续增收。')).toBeNull();
    expect(sayingIn(text)).toEqual(once);
    expect(sayingIn(text.replace('我们要始终牢记，', ''))?.start).toBe(0);
  });
});

describe('crediting a saying', () => {
  it('cuts a speaker’s sentence to the saying and credits its author', () => {
    const c = creditSaying(own('我们要始终牢记，人民对美好生活的向往，就是我们的奋斗目标。', '李明'));
    expect(c).toMatchObject({
      text: '人民对美好生活的向往，就是我们的奋斗目标。',
      speaker: '习近平',
      source: 'saying',
    });
    expect([c.start, c.end]).toEqual([10 + 8, 10 + 29]);
  });

  it('credits a classic to its work and to nobody, even in a leader’s framed words', () => {
    expect(creditSaying(own('行百里者半九十。', '习近平', 'frame'))).toMatchObject({
      speaker: null,
      work: '《战国策》',
      source: 'saying',
    });
  });

  it('credits a line of the Party Constitution a speech repeats to the Constitution', () => {
    expect(
      creditSaying(own('党员必须全心全意为人民服务，不惜牺牲个人的一切，为实现共产主义奋斗终身。', '李明')),
    ).toMatchObject({ speaker: null, work: '《中国共产党章程》' });
  });

  it('takes the speaker off a saying in common use, keeping the sentence whole', () => {
    const text = '清清白白做人，干干净净做事，堂堂正正为官。';
    expect(creditSaying(own(text, '陈志远', 'frame'))).toMatchObject({ text, speaker: null, source: 'frame' });
  });

  it('does not credit to a report’s speaker the words of 邓小平 or a saying it repeats unmarked', () => {
    // A congress report repeats 邓小平 without 的 and says 前途是光明的，道路是曲折的 of the world.
    expect(creditSaying(own('没有民主就没有社会主义，就没有社会主义现代化。', '王某某'))).toMatchObject({
      speaker: '邓小平',
      source: 'saying',
    });
    expect(creditSaying(own('世界的前途是光明的，道路是曲折的。', '王某某')).speaker).toBeNull();
  });

  it('keeps the author’s own saying in his own speech', () => {
    const c = own('绿水青山就是金山银山。', '习近平');
    expect(creditSaying(c)).toBe(c);
  });

  it('keeps the frame’s speaker of a longer sentence that holds a saying in common use', () => {
    const text = '不忘初心、牢记使命，说到底是为什么人、靠什么人的问题。';
    expect(creditSaying(own(text, '习近平', 'frame'))).toMatchObject({ text, speaker: '习近平', source: 'frame' });
    const older = '空谈误国，实干兴邦，我们要以钉钉子精神把蓝图一步步变为现实。';
    expect(creditSaying(own(older, '习近平', 'frame')).speaker).toBe('习近平');
    expect(creditSaying(own(older, '李明')).speaker).toBeNull();
  });

  it('takes the speaker off his sentence built on another’s saying, but not off framed words', () => {
    const text = '幸福都是奋斗出来的，好日子是干出来的，不是等出来的。';
    expect(creditSaying(own(text, '李明'))).toMatchObject({ text, speaker: null, source: 'own' });
    expect(creditSaying(own(text, '李明', 'frame')).speaker).toBe('李明');
  });
});

describe('sayings a county official repeats without marks', () => {
  it('credits 习近平’s, 毛泽东’s and 邓小平’s own lines to them', () => {
    const lines: [string, string][] = [
      ['民族要复兴，乡村必振兴。', '习近平'],
      ['中国要强，农业必须强；中国要美，农村必须美；中国要富，农民必须富。', '习近平'],
      ['人民群众对美好生活的向往，就是我们的奋斗目标。', '习近平'],
      ['世上无难事，只要肯登攀。', '毛泽东'],
      ['改革开放胆子要大一些，敢于试验。', '邓小平'],
    ];
    for (const [text, speaker] of lines)
      expect(creditSaying(own(text, '孙立华'))).toMatchObject({ text, speaker, source: 'saying' });
  });

  it('credits a line of a classic to the classic', () => {
    expect(creditSaying(own('为者常成，行者常至。', '孙立华'))).toMatchObject({
      speaker: null,
      work: '《晏子春秋》',
      source: 'saying',
    });
    expect(creditSaying(own('我们要牢记，宰相必起于州部，猛将必发于卒伍。', '孙立华'))).toMatchObject({
      text: '宰相必起于州部，猛将必发于卒伍。',
      work: '《韩非子》',
    });
  });

  it('gives nobody a saying whose first author is not certain, or a Party saying in common use', () => {
    for (const text of ['功成不必在我，功成必定有我。', '全面从严治党永远在路上。', '手中有粮，心中不慌。'])
      expect(creditSaying(own(text, '孙立华'))).toMatchObject({ text, speaker: null, source: 'own' });
  });
});

describe('a sentence an earlier document by someone else has', () => {
  const doc = (id: string, date: string | null, speaker: string, text: string) => ({
    id,
    date,
    speakers: [{ name: speaker }],
    paragraphs: [{ text }],
  });
  const index = citeIndex([
    doc('a', '2002-11-08', '甲', '就业是民生之本。要扩大就业。'),
    doc('b', '2007-10-15', '乙', '就业是民生之本。'),
    doc('c', '2009', '乙', '就业是民生之本。'),
    doc('d', null, '丙', '就业是民生之本。'),
  ]);

  it('is not the later speaker’s own', () => {
    expect(index.saidEarlier('b', '就业是民生之本。')).toBe(true);
    expect(index.saidEarlier('c', '就业是民生之本。')).toBe(true);
  });

  it('stays the first speaker’s, and an undated document proves nothing', () => {
    expect(index.saidEarlier('a', '就业是民生之本。')).toBe(false);
    expect(index.saidEarlier('d', '就业是民生之本。')).toBe(false);
  });

  it('stays his when only he said it before', () => {
    const same = citeIndex([doc('x', '2014', '丁', '就业是民生之本。'), doc('y', '2016', '丁', '就业是民生之本。')]);
    expect(same.saidEarlier('y', '就业是民生之本。')).toBe(false);
  });
});
