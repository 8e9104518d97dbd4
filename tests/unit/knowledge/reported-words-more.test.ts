// Words reported without marks by a person the report names: `王立新介绍，……` (a minister briefing
// a press conference), a name ending on 新 (no noun `新要求`), and `许文杰在主持会议时要求，……`.
import { describe, expect, it } from 'vitest';
import { framedQuotes } from '../../../electron/core/knowledge/quote-frames.js';
import { narratedNames } from '../../../electron/core/knowledge/narrated-names.js';
import { reportedWords } from '../../../electron/core/knowledge/reported-candidates.js';
import { reportedSpans } from '../../../electron/core/knowledge/reported-speech.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const words = (text: string, own: string[]) => {
  const f = foldForSearch(text);
  return reportedWords(f, own, []).map((w) => `${w.speaker}: ${text.slice(w.start, w.end)}`);
};

describe('more words reported without marks', () => {
  it('`介绍，` reports the words of the person who opens the sentence', () => {
    const text = '王立新介绍，过去一年，我国货物贸易进出口总值创历史新高。';
    expect(narratedNames(foldForSearch(text))).toEqual(['王立新']);
    expect(words(text, ['王立新'])).toEqual(['王立新: 过去一年，我国货物贸易进出口总值创历史新高。']);
    // In a speech, `据介绍，` is not the speaker's own words either.
    expect(reportedSpans(foldForSearch('据介绍，全县已建成高标准农田10万亩。')).length).toBe(1);
  });

  it('a name ending on 新 is no noun before the verb', () => {
    expect(words('赵立新强调，要把安全生产放在首位。', ['赵立新'])).toEqual(['赵立新: 要把安全生产放在首位。']);
  });

  it('`在主持会议时要求，` is when the person spoke, not a long subject', () => {
    expect(words('许文杰在主持会议时要求，各地要把会议精神传达到每一名基层干部。', ['许文杰'])).toEqual([
      '许文杰: 各地要把会议精神传达到每一名基层干部。',
    ]);
  });

  it('要求 as a noun still reports nothing', () => {
    expect(words('按照新时代党的建设总要求，要全面加强党的建设。', [])).toEqual([]);
    expect(reportedSpans(foldForSearch('落实各项要求，要从严从实。'))).toEqual([]);
  });
});

describe('words quoted as someone’s 话', () => {
  const frames = (text: string, own: string[] = []) =>
    framedQuotes(foldForSearch(text), own).map((q) => `${q.speaker}: ${text.slice(q.start, q.end)}`);

  it('`李国强引用习近平总书记的话说：“……”` are 习近平’s', () => {
    expect(frames('李国强引用习近平总书记的话说：“发展新质生产力不是忽视、放弃传统产业。”', ['李国强'])).toEqual([
      '习近平: 发展新质生产力不是忽视、放弃传统产业。',
    ]);
  });

  it('a poem or a saying someone quotes has no speaker', () => {
    expect(frames('李国强引用郑板桥的诗句说：“咬定青山不放松，立根原在破岩中。”', ['李国强'])).toEqual([]);
    expect(frames('习近平总书记引用古语说：“天下之事，不难于立法，而难于法之必行。”')).toEqual([]);
  });
});
