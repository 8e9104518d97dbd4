// Turns of a transcript credited to their speaker: `答：` in an interview of one person named under
// a post, `王秀英（青石村党支部书记）：` turns (the post in the brackets), and the named turns of a
// meeting record run by a `主持人（……）：`. A file of many people's words (发言摘登, 发言实录, a press
// conference) is a meeting report, not one person's speech.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';

const doc = (texts: string[]) => ({
  type: '会议报道',
  speakers: [],
  paragraphs: texts.map((text) => ({ kind: 'p' as const, text })),
});
const credited = (texts: string[]) =>
  quoteCandidates(doc(texts))
    .filter((q) => q.speaker)
    .map((q) => `${q.speaker}: ${q.text}`);

describe('answers of an interview', () => {
  const opening = '近日，本报记者专访了青石县委书记李国强，请他谈谈生态文明建设的经验。';
  const qa = ['问：最重要的经验是什么？', '答：保护生态环境和发展经济从来不是对立的。'];

  it('are the one person the opening names under a post', () => {
    expect(credited([opening, ...qa])).toEqual(['李国强: 保护生态环境和发展经济从来不是对立的。']);
  });

  it('are nobody’s when the opening names two people, or is no interview', () => {
    expect(credited(['本报记者专访了县委书记李国强和县长孙立华。', ...qa])).toEqual([]);
    expect(credited(['县委书记李国强出席发布会。', ...qa])).toEqual([]);
  });
});

describe('turns that carry the speaker’s post, and a host’s record', () => {
  it('`王秀英（青石村党支部书记）：` turns are each speaker’s', () => {
    expect(
      credited([
        '5月20日，县委召开座谈会。',
        '王秀英（青石村党支部书记）：支部强不强，要看群众富不富。',
        '赵明亮（县农业农村局局长）：高标准农田是粮食安全的根基。',
      ]),
    ).toEqual(['王秀英: 支部强不强，要看群众富不富。', '赵明亮: 高标准农田是粮食安全的根基。']);
    // (A pledge in a turn, `我们将加快建设高标准农田。`, is no line: round speech30, TURN_PLEDGE.)
  });

  it('one bracketed turn, or brackets without a post, make no transcript', () => {
    expect(credited(['王秀英（青石村党支部书记）：支部强不强，要看群众富不富。'])).toEqual([]);
    expect(
      credited(['王秀英（青石村）：支部强不强，要看群众富不富。', '赵明亮（农业口）：我们将加快建设高标准农田。']),
    ).toEqual([]);
  });

  it('a host’s record: the turns of people the host names under a post; the host’s own lines are nobody’s', () => {
    expect(
      credited([
        '主持人（市委副书记许文杰）：下面，请市科技局局长黄志强发言。',
        '黄志强：今年我们将重点抓好创新平台建设。',
        '吴振华：创新就是企业的生命。',
      ]),
    ).toEqual(['黄志强: 今年我们将重点抓好创新平台建设。']);
  });
});

describe('the type of a file of many people’s words', () => {
  // A body long enough to be kept (a short one is taken for a placeholder page).
  const more = '各部门要把会议精神传达到每一名干部，确保各项工作落地见效，以实干实绩推动高质量发展。';
  const typeOf = async (title: string, body: string) =>
    (await importBytes('a.txt', Buffer.from(`${title}\n\n${body}\n\n${more}\n`))).documents[0]!.type;

  it('发言摘登, 发言实录 and a press conference are meeting reports', async () => {
    expect(await typeOf('座谈会发言摘登', '王秀英（村党支部书记）：支部强不强，要看群众富不富。')).toBe('会议报道');
    expect(await typeOf('全市科技创新大会发言实录', '黄志强：今年我们将重点抓好创新平台建设。')).toBe('会议报道');
    expect(await typeOf('国新办举行新闻发布会介绍稳外贸工作情况', '王立新介绍，外贸运行总体平稳。')).toBe('会议报道');
    // One person's 发言 stays a speech.
    expect(await typeOf('在全市科技创新大会上的发言', '同志们，科技创新是关键变量。')).toBe('讲话');
  });

  it('a headline `李明在…调研时强调` over a lead naming him under his post is a meeting report', async () => {
    const body = (lead: string) => `${lead}他强调，要坚持农民主体地位。`;
    expect(await typeOf('李明在青石县调研时强调 推进和美乡村建设', body('7月3日，省委书记李明在青石县调研。'))).toBe(
      '会议报道',
    );
    expect(await typeOf('李明在青石县调研时强调 推进和美乡村建设', body('7月3日，李明在青石县调研。'))).toBe('文章');
  });
});
