// Reported words without quotation marks are never the document speaker's own; the speaker's
// asides and first-person lines stay his. Undated texts in the Cultural Revolution's own voice
// are historical; a later text about the period is not.
import { describe, expect, it } from 'vitest';
import { narratedNames } from '../../../electron/core/knowledge/narrated-names.js';
import { framedQuotes } from '../../../electron/core/knowledge/quote-frames.js';
import { generalSecretaryAlias } from '../../../electron/core/knowledge/speakers.js';
import { reportedSpans } from '../../../electron/core/knowledge/reported-speech.js';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const reported = (text: string) => reportedSpans(foldForSearch(text)).map(([a, b]) => text.slice(a, b));

describe('reported words', () => {
  it.each([
    ['总书记指出，乡村振兴，关键在人、关键在干。', '总书记指出，乡村振兴，关键在人、关键在干。'],
    ['他还强调，发展产业要让农民得实惠。这句话很重要。', '他还强调，发展产业要让农民得实惠。'],
    ['《论语》中说，其身正，不令而行；其身不正，虽令不从。', '《论语》中说，其身正，不令而行；其身不正，虽令不从。'],
    ['俗话说，千里之堤，溃于蚁穴。', '俗话说，千里之堤，溃于蚁穴。'],
    ['对此，省委书记李明同志进一步指出，安全生产丝毫放松不得。', '省委书记李明同志进一步指出，安全生产丝毫放松不得。'],
    ['中央经济工作会议指出，要统筹发展和安全。', '中央经济工作会议指出，要统筹发展和安全。'],
    ['常言道，众人拾柴火焰高。', '常言道，众人拾柴火焰高。'],
    ['李明在会上说，安全生产没有局外人。', '李明在会上说，安全生产没有局外人。'],
    ['千磨万击还坚劲，任尔东西南北风。这是郑板桥的诗句。', '千磨万击还坚劲，任尔东西南北风。'],
    ['总书记反复告诫我们，调查研究不能搞作秀式调研。', '总书记反复告诫我们，调查研究不能搞作秀式调研。'],
    // The closing mark of the quotation before belongs to its sentence, not to this one.
    ['“人才是关键。”他还强调，要守住底线。', '他还强调，要守住底线。'],
    [
      '习近平总书记在2023年7月召开的全国生态环境保护大会上发表重要讲话时深刻指出，生态文明建设仍处于关键期。',
      '习近平总书记在2023年7月召开的全国生态环境保护大会上发表重要讲话时深刻指出，生态文明建设仍处于关键期。',
    ],
  ])('%s', (text, span) => {
    expect(reported(text)).toEqual([span]);
  });

  it.each([
    '我想强调，安全是发展的前提。',
    '我们认为，发展是第一要务。',
    '必须指出，形式主义害人不浅。',
    '这就要求，各级干部要敢于担当。',
    '总的来说，今年的形势好于预期。',
    '从根本上说，发展要靠改革。',
    '换句话说，抓落实就是抓发展。',
    '按照高质量发展的要求，我们要加快转型。',
    '全市各级党组织要认真贯彻新时代党的建设总要求，切实扛起主体责任。',
    '坚持以人民为中心，说到底就是要让群众得实惠。',
    '把马克思主义关于社会基本矛盾的学说，运用到我们的实践中来。',
  ])('the speaker’s own: %s', (text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe('people a report narrates speaking', () => {
  it('takes a name that opens a sentence with a citation verb, or follows a post; not a pronoun', () => {
    const text = foldForSearch(
      '会议强调，要抓好落实。李强在讲话中指出，要扎实推进。我常说：“实干兴邦。”省长孙伟指出，要细化任务。周总理说，形势很好。',
    );
    // 孙伟 is read after the post 省长 (never 长孙伟: the post's end fixes where the name starts).
    expect(narratedNames(text)).toEqual(['李强', '孙伟']);
  });

  it('a post then a name: `董事长陈丽华说：`, `县长许志刚要求：`; a surname and a post is no name', () => {
    const text = foldForSearch(
      '宏达机械公司董事长陈丽华说：“我们有信心。”县长许志刚要求：“建立台账。”宋书记在讲话中指出：“防汛是大事。”',
    );
    expect(narratedNames(text)).toEqual(['陈丽华', '许志刚']);
  });
});

describe('总书记 alone', () => {
  const speakerOf = (text: string) => {
    const f = foldForSearch(text);
    return framedQuotes(f, generalSecretaryAlias(f)).map((q) => q.speaker);
  };

  it('is 习近平 in a text that names 习近平总书记 and no other General Secretary', () => {
    expect(speakerOf('学习习近平总书记重要讲话。总书记指出：“要把群众的小事当作大事来办。”')).toEqual(['习近平']);
    expect(speakerOf('总书记指出：“要把群众的小事当作大事来办。”')).toEqual([]);
    expect(
      speakerOf('习近平总书记强调：“要坚持人民至上。”回顾胡耀邦同志任总书记期间，总书记指出：“要解放思想。”'),
    ).toEqual(['习近平']);
  });
});

describe('historical by wording', () => {
  const cr = '在无产阶级文化大革命的大好形势下，我们要狠批走资本主义道路的当权派，夺取新胜利。';

  it('an undated text in the period’s own voice is 历史文献; a dated one goes by its date', () => {
    expect(statusOfImport(null, cr).status).toBe('历史文献');
    // A date the text names is its own (a date only its web page gives: plenum-turn.test.ts).
    expect(statusOfImport('2021-06-01', `${cr}\n2021年6月1日`).status).toBe('现行');
    expect(statusOfImport('1967-05-02', '形势大好。').status).toBe('历史文献');
  });

  it('quoting the period’s phrases, naming one of them, or judging the period from later is not', () => {
    expect(statusOfImport(null, '当年提出“无产阶级文化大革命”“抓革命，促生产”的口号。').status).toBe('现行');
    expect(statusOfImport(null, '无产阶级文化大革命是一场浩劫。').status).toBe('现行');
    expect(statusOfImport(null, `${cr}十年内乱给党和人民造成了严重损失。`).status).toBe('现行');
  });
});

describe('historical by its speakers', () => {
  it('an undated text all of whose speakers died before the Third Plenum is 历史文献', () => {
    expect(statusOfImport(null, '形势大好。', ['周恩来'])).toEqual({
      status: '历史文献',
      statusNote: '周恩来于1976年逝世，本文献写于十一届三中全会以前，供党史学习，不作为现行学习材料。',
    });
    expect(statusOfImport(null, '形势大好。', ['刘少奇', '周恩来']).status).toBe('历史文献');
  });

  it('one speaker who lived on, no speaker, or a date of its own leaves it to the other rules', () => {
    expect(statusOfImport(null, '形势大好。', ['周恩来', '邓小平']).status).toBe('现行');
    expect(statusOfImport(null, '形势大好。', []).status).toBe('现行');
    expect(statusOfImport('2021-06-01', '形势大好。', ['毛泽东']).status).toBe('现行');
  });
});
