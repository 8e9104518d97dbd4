// A leader's words reported without marks in a speech (`习近平总书记强调，……`): the named leader's
// only when certain (the name opens the sentence, right before the cue and a comma; nothing in the
// rest speaks in the first person or names someone else), and they only take places the speech's
// other 金句 leave free. Invented sentences of the shapes local speeches use.
import { describe, expect, it } from 'vitest';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { MIN_SCORE, quotaFor, selectQuotes, type RankedQuote } from '../../../electron/core/knowledge/quote-rank.js';
import { reportedFrames } from '../../../electron/core/knowledge/quote-frames.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const reported = (text: string) => {
  const f = foldForSearch(text);
  return reportedFrames(f).map((r) => ({ speaker: r.speaker, text: text.slice(r.start, r.end) }));
};

describe('reported words of a leader', () => {
  it('belong to the leader named at the sentence start', () => {
    expect(reported('习近平总书记强调，干部就要有担当，有多大担当才能干多大事业。')).toEqual([
      { speaker: '习近平', text: '干部就要有担当，有多大担当才能干多大事业。' },
    ]);
    expect(reported('我们党历来重视学习。邓小平同志说过，学习马列要精，要管用。')).toEqual([
      { speaker: '邓小平', text: '学习马列要精，要管用。' },
    ]);
  });

  it('after a quotation closed in the sentence before', () => {
    expect(reported('毛泽东同志指出：“干部就是决定的因素。”习近平总书记强调，人才是第一资源。')).toEqual([
      { speaker: '习近平', text: '人才是第一资源。' },
    ]);
  });

  it.each([
    ['no name', '他强调，干部就要有担当。'],
    ['a meeting', '会议指出，发展是第一要务。'],
    ['the speaker comments in the first person', '习近平总书记强调，要抓好落实，我们一定要认真贯彻。'],
    ['an occasion between name and cue', '习近平总书记在考察时强调，要把饭碗端在自己手里。'],
    ['not at the sentence start', '据了解，习近平总书记强调，要把饭碗端在自己手里。'],
    ['another name in the rest', '习近平总书记强调，毛泽东同志的这句话至今仍有意义。'],
  ])('are nobody’s for certain: %s', (_, text) => {
    expect(reported(text)).toEqual([]);
  });

  it('are a candidate of the leader in a speech, not the speaker’s own', () => {
    const c = quoteCandidates({
      paragraphs: [{ kind: 'p', text: '习近平总书记强调，干部就要有担当，有多大担当才能干多大事业。' }],
      type: '讲话',
      speakers: [{ name: '郑某某' }],
    });
    expect(c.map((x) => [x.speaker, x.reported ?? false])).toEqual([['习近平', true]]);
  });

  it('are not taken from a report, nor credited to the speech’s own speaker', () => {
    const text = '习近平总书记强调，干部就要有担当，有多大担当才能干多大事业。';
    const of = (type: string, name: string) =>
      quoteCandidates({ paragraphs: [{ kind: 'p', text }], type, speakers: [{ name }] }).filter((x) => x.reported);
    expect(of('文件', '郑某某')).toEqual([]);
    expect(of('讲话', '习近平')).toEqual([]);
  });
});

describe('reported words in the quota', () => {
  const ranked = (n: number, reportedToo: boolean): RankedQuote[] => [
    ...Array.from({ length: n }, (_, i) => ({
      paragraph: i,
      start: 0,
      end: 10,
      text: `${'甲乙丙丁戊己庚辛壬癸'[i]}字开头的一句话。`,
      speaker: '郑某某',
      source: 'own' as const,
      score: MIN_SCORE + 1,
      reason: '对仗',
    })),
    ...(reportedToo
      ? [
          {
            paragraph: 20,
            start: 0,
            end: 10,
            text: '转述的一句更好的话。',
            speaker: '习近平',
            source: 'frame' as const,
            reported: true,
            score: MIN_SCORE + 2,
            reason: '习近平的话（转述）',
          },
        ]
      : []),
  ];
  const chars = 1500;

  it('take no place another 金句 holds', () => {
    const out = selectQuotes(ranked(quotaFor(chars), true), chars);
    expect(out.map((q) => q.speaker)).not.toContain('习近平');
  });

  it('take a place left free', () => {
    const out = selectQuotes(ranked(quotaFor(chars) - 1, true), chars);
    expect(out.map((q) => q.speaker)).toContain('习近平');
  });
});
