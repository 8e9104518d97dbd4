// Causes found by judging a sixth draw of questions from documents a user imports
// (tests/eval/knowledge/questions-imported6.json): a slogan two local leaders both say
// (抓项目就是抓发展) asked who said the line built on it and which speech it comes from; a county
// secretary who 强调 the 决定's wording (改革开放是…重要法宝), which a 宣讲稿 also says without naming
// him, credited with it; a title in traditional script offered beside its simplified near-twin. The
// texts are written for these tests in the shapes of local speeches and news items.
import { describe, expect, it } from 'vitest';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { keyBlanks } from '../../../electron/core/quiz/key-blanks.js';
import { quoteOf, sourceDoc, sourceOf } from './source-doc.js';

/** Local speeches imported by the user, one per speaker; the i-th says texts[i] (or a figure). */
const localSpeeches = (texts: string[], titles?: string[]) =>
  ['赵立新', '王建国', '周丽娟', '何永祥', '陈志远'].map((who, i) =>
    sourceDoc(`u:s${i}`, 2024, [texts[i] ?? `全县新建项目${i + 10}个。`], {
      type: '讲话',
      source: null,
      title: titles?.[i] ?? `在全县重点工作推进会上的讲话${i}`,
      speakers: [who],
    }),
  );

describe('a local line built on a slogan another local leader says too', () => {
  const line = '抓项目就是抓发展，谋项目就是谋未来。';

  it('is asked neither which speech nor who said it, and is credited to nobody', () => {
    const docs = localSpeeches([line, '抓产业就是抓民生，抓项目就是抓发展。']);
    const qs = generateFromQuotes(sourceOf(docs, [quoteOf(docs[0]!, line, '赵立新')]));
    expect(qs.filter((q) => /谁说的|出自哪/.test(q.stem))).toEqual([]);
    for (const q of qs) expect(q.stem).not.toContain('赵立新');
  });

  it('guard: a line whose clauses no other document says is still asked both', () => {
    const docs = localSpeeches([line, '抓产业就是抓民生，抓招商就是抓后劲。']);
    const qs = generateFromQuotes(sourceOf(docs, [quoteOf(docs[0]!, line, '赵立新')]));
    expect(qs.some((q) => q.stem.includes('出自哪篇'))).toBe(true);
    expect(qs.some((q) => q.stem.includes('谁说的'))).toBe(true);
  });
});

describe('words a news item says a secretary stressed', () => {
  const line = '改革开放是党和人民事业大踏步赶上时代的重要法宝。';
  const news = sourceDoc('u:news', 2024, [`县委书记李卫东强调，${line}全县要把全会精神落到实处。`], {
    type: '新闻',
    source: null,
    title: '县委理论学习中心组举行集体学习',
  });

  it('are not credited to him where another document says them without naming him', () => {
    const talk = sourceDoc('u:talk', 2024, [`${line}必须继续把改革推向前进。`], {
      type: '讲话',
      source: null,
      title: '宣讲稿',
    });
    const docs = [news, talk, ...localSpeeches([])];
    const qs = generateFromQuotes(sourceOf(docs, [quoteOf(news, line, '李卫东')]));
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.stem).not.toContain('李卫东');
    expect(qs.some((q) => q.stem.includes('谁说的'))).toBe(false);
  });

  it('guard: where every document saying them names him, they stay his', () => {
    const report = sourceDoc('u:rep', 2024, [`李卫东同志指出，${line}`], {
      type: '新闻',
      source: null,
      title: '县委常委会召开会议',
    });
    const docs = [news, report, ...localSpeeches([])];
    const qs = generateFromQuotes(sourceOf(docs, [quoteOf(news, line, '李卫东')]));
    expect(qs.some((q) => q.stem.includes('李卫东的金句'))).toBe(true);
  });
});

describe('which speech a line comes from', () => {
  it('offers no title in traditional script', () => {
    const line = '乡村兴则县域兴，乡村强则县域强。';
    const titles = [
      '在全县乡村振兴工作推进会上的讲话',
      '在全縣鄉村振興工作會議上的講話',
      // Another title with 乡村, so the right one is not the only title sharing a word of the line
      // (imported7-causes.test.ts).
      '在全县乡村旅游发展大会上的讲话',
      '在全县防汛工作会议上的讲话',
      '在全县教育工作大会上的讲话',
    ];
    const docs = localSpeeches([line], titles);
    const which = generateFromQuotes(sourceOf(docs, [quoteOf(docs[0]!, line, '赵立新')])).find((q) =>
      q.stem.includes('出自哪篇'),
    );
    expect(which?.options.slice().sort()).toEqual([titles[0], titles[2], titles[3], titles[4]].sort());
  });
});

describe('a word that announces what follows a colon', () => {
  it('is not blanked: it names the kind of what is said, not what is said', () => {
    const text = '我们的口号是：一、不调查没有发言权，二、不做正确的调查同样没有发言权。';
    expect(keyBlanks(text, 1, undefined, false, true).map((b) => b.text)).not.toContain('口号');
  });

  it('guard: a subject judged by what follows 是 keeps its blank', () => {
    expect(keyBlanks('纪律是管党治党的戒尺。', 1, undefined, false, true).map((b) => b.text)).toEqual(['纪律']);
  });
});
