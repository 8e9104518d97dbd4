// Round speech32: frames that name where a leader spoke, 代表 bylines, quotations before their speaker, a report
// named as a text, interview answers that echo the question (tests/eval/knowledge/quotes-speech32.json). Each rule
// here failed on the code before the round.
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../electron/contract/api.js';
import { bylineTurns, TURN_ASIDE } from '../../../electron/core/knowledge/byline-turns.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';
import { creditSaying } from '../../../electron/core/knowledge/sayings.js';
import { PATTERNS } from '../../../electron/core/knowledge/thesis-patterns.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const paras = (lines: string[]): Paragraph[] => lines.map((text) => ({ kind: 'p', text }));
const candidates = (lines: string[], type: string, title?: string) =>
  quoteCandidates({ paragraphs: paras(lines), type, speakers: [], ...(title ? { title } : {}) }).map((c) => [
    c.speaker,
    c.text,
  ]);

describe('a frame that says where the leader spoke', () => {
  it('keeps the speaker when the place holds a 的 (在党的二十大报告中指出)', () => {
    const got = candidates(
      [
        '习近平总书记在党的二十大报告中指出：“全面从严治党永远在路上，党的自我革命永远在路上。”这一重要论断指明了方向。',
      ],
      '文章',
    );
    expect(got).toContainEqual(['习近平', '全面从严治党永远在路上，党的自我革命永远在路上。']);
  });

  it('still gives nobody the words of someone the 的 introduces', () => {
    const got = candidates(['习近平总书记的老朋友说：“他是一个重情义的人，说到就一定做到。”'], '文章');
    expect(got.filter(([s]) => s === '习近平')).toEqual([]);
  });
});

describe('a report named as a text', () => {
  it('states a thesis credited to nobody (党的二十大报告强调，“……”)', () => {
    const got = candidates(
      [
        '党的二十大报告强调，“腐败是危害党的生命力和战斗力的最大毒瘤，反腐败是最彻底的自我革命。”各级党组织要坚决惩治腐败。',
      ],
      '文章',
    );
    expect(got).toContainEqual([null, '腐败是危害党的生命力和战斗力的最大毒瘤，反腐败是最彻底的自我革命。']);
  });
});

describe('a deputy’s byline with the seat before the bracketed post', () => {
  const page = [
    '孟庆春代表（临江市市长）：',
    '发展是第一要务，项目是第一抓手。',
    '杨秀英代表（竹溪村党支部书记）：',
    '村干部带头干，群众才会跟着干。',
  ];

  it('opens that deputy’s turn', () => {
    expect(bylineTurns(page.map((p) => foldForSearch(p))).map((t) => t?.name ?? null)).toEqual([
      '孟庆春',
      '孟庆春',
      '杨秀英',
      '杨秀英',
    ]);
  });

  it('holds no self-introduction as a point', () => {
    expect(TURN_ASIDE.test('我是一名农民代表，最关心的就是乡村振兴。')).toBe(true);
    expect(TURN_ASIDE.test('村干部带头干，群众才会跟着干。')).toBe(false);
  });

  it('leaves out a self-introduction', () => {
    const got = candidates(
      [
        '孟庆春代表（临江市市长）：',
        '报告实事求是、催人奋进。发展是第一要务，项目是第一抓手。',
        '杨秀英代表（竹溪村党支部书记）：',
        '我是一名农民代表，最关心的就是乡村振兴。村干部带头干，群众才会跟着干。',
      ],
      '会议报道',
    );
    expect(got).toContainEqual(['孟庆春', '发展是第一要务，项目是第一抓手。']);
    expect(got).toContainEqual(['杨秀英', '村干部带头干，群众才会跟着干。']);
    expect(got.map(([, t]) => t)).not.toContain('我是一名农民代表，最关心的就是乡村振兴。');
  });
});

describe('quotations a feature gives before their speaker', () => {
  const story = [
    '“当干部就要算好三本账：经济账、民心账、良心账。”说起自己三十多年的村干部生涯，坪上村党支部书记邹德顺这样总结。',
    '“带头人带头人，就是要带着头干。”邹德顺说，“你自己不下地，群众凭什么跟你下地？”',
  ];

  it('are the words of the post-holder named after a topic clause', () => {
    expect(candidates(story, '文章')).toContainEqual(['邹德顺', '当干部就要算好三本账：经济账、民心账、良心账。']);
  });

  it('before `邹德顺说，“……”` are his when the text names him under his post elsewhere', () => {
    const got = candidates(['“日子好了，不能忘了为什么出发。”坪上村党支部书记邹德顺说。', story[1]!], '文章');
    expect(got).toContainEqual(['邹德顺', '带头人带头人，就是要带着头干。']);
  });

  it('are his on both sides of `邹德顺说，`', () => {
    const got = candidates(story, '文章');
    expect(got).toContainEqual(['邹德顺', '带头人带头人，就是要带着头干。']);
    expect(got).toContainEqual(['邹德顺', '你自己不下地，群众凭什么跟你下地？']);
  });
});

describe('a sentence in marks after a person’s reported words', () => {
  const lines = [
    '“治理不能光靠街道唱独角戏，要让居民从看客变成主角。”青石街道党工委书记冯国梁说。',
    '冯国梁说，基层治理的难点在末梢，亮点也在末梢。“一条小巷管好了，就是一片民心暖了。”',
  ];

  it('goes on with his words when it closes the paragraph', () => {
    expect(candidates(lines, '文章')).toContainEqual(['冯国梁', '一条小巷管好了，就是一片民心暖了。']);
  });

  it('is not his when more narration follows it', () => {
    const got = candidates([lines[0]!, `${lines[1]!}居民们纷纷点赞。`], '文章');
    expect(got).toContainEqual(['冯国梁', '基层治理的难点在末梢，亮点也在末梢。']);
    expect(got.filter(([s, t]) => s === '冯国梁' && t!.startsWith('一条小巷'))).toEqual([]);
  });
});

describe('an interview answer', () => {
  const qa = ['记者：林果产业最难的是什么？', '陆长河：最难的是销路。种得出来不算本事，卖得出去、卖出好价钱才是本事。'];
  const title = '“让每一寸土地都长出好日子”——访东岭县委书记陆长河';

  it('that only fills in the question’s words is no line', () => {
    const got = candidates(qa, '文章', title);
    expect(got.map(([, t]) => t)).not.toContain('最难的是销路。');
    expect(got).toContainEqual(['陆长河', '种得出来不算本事，卖得出去、卖出好价钱才是本事。']);
  });
});

describe('forms and lexicon entries', () => {
  it('`…不算…，…才是…` is a thesis form', () => {
    expect(PATTERNS.test('种得出来不算本事，卖得出去、卖出好价钱才是本事。')).toBe(true);
  });

  it('where a place lies is narration', () => {
    expect(styleOf('东岭县地处山区，耕地少、坡地多。').narration).toBe(true);
    expect(styleOf('山区有山区的难处，也有山区的优势。').narration).toBe(false);
  });

  it('科技是第一生产力 is 邓小平’s, whoever says it in a turn', () => {
    const q = creditSaying({
      paragraph: 0,
      start: 0,
      end: 9,
      text: '科技是第一生产力。',
      speaker: '钱锦华',
      source: 'own' as const,
    });
    expect(q.speaker).toBe('邓小平');
  });
});
