// Round local23: imported local documents (quotes-local21.json, sets local23 and local23h) — an
// everyday proverb is no 金句 whoever says it (sayings.ts `proverb`), and a superior's framed
// instruction relayed in a county speech is that meeting's work list (relayed-instruction.ts).
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { isProverb, sayingIn } from '../../../electron/core/knowledge/sayings.js';
import { isRelayedInstruction } from '../../../electron/core/knowledge/relayed-instruction.js';
import { unknownFrames } from '../../../electron/core/knowledge/unknown-frames.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { quoteScore } from './quote-score.js';
import { MIN_SCORE } from '../../../electron/core/knowledge/quote-rank.js';
import { isSpeechFormula } from '../../../electron/core/knowledge/speech-formulas.js';
import { isReportDirective } from '../../../electron/core/knowledge/report-directive.js';

const speech = (texts: string[], name = '陈志远') =>
  extractQuotes(
    texts.map((text) => ({ kind: 'p' as const, text })),
    { speakers: [{ name, role: null }], occasion: null, date: null, type: '讲话' },
  ).map((q) => `${q.speaker ?? '—'}: ${q.text}`);

describe('an everyday proverb', () => {
  it('is one whole, or opens a line whose point follows it', () => {
    expect(isProverb('一分耕耘，一分收获。')).toBe(true);
    expect(isProverb('磨刀不误砍柴工，规划先行才能少走弯路。')).toBe(true);
    expect(isProverb('前人栽树，后人乘凉。')).toBe(true);
  });

  it('is not a political saying in common use, nor a line that only mentions a proverb later on', () => {
    expect(isProverb('安全生产责任重于泰山。')).toBe(false);
    expect(isProverb('全面从严治党永远在路上。')).toBe(false);
    expect(isProverb('我们这一代干部既要当好乘凉人，更要当好栽树人，前人栽树，后人乘凉。')).toBe(false);
  });

  it('is never a speaker’s 金句', () => {
    const got = speech([
      '困难像弹簧，你弱它就强。今天我们面对的困难，比起当年要小得多。',
      '我们镇是山区镇，底子薄、基础差。赠人玫瑰，手有余香。帮助别人，也是在成就自己。',
      '一张购物卡、一顿饭局，看似小事，照出的却是党性。千里之堤，溃于蚁穴。',
    ]);
    expect(got.filter((x) => /弹簧|玫瑰|蚁穴/.test(x))).toEqual([]);
  });

  it('a political slogan retold with another measure word is the listed one, nobody’s', () => {
    expect(sayingIn('一名党员就是一面旗帜，一个支部就是一座堡垒。')?.saying.speaker).toBeUndefined();
    expect(sayingIn('一名党员就是一面旗帜，一个支部就是一座堡垒。')?.coverage).toBe(1);
  });

  // (Lead, stop 43: a branch secretary's 党课 used two well-known national lines unmarked and they were
  // credited to him; a line a whole Party quotes is nobody's in a local speech unless the text names its author.)
  it('a national line a local speaker repeats unmarked is not credited to him', () => {
    const got = speech(['方向决定道路，道路决定命运。机关党员干部要坚定理想信念，把对党忠诚体现在做好本职工作上。']);
    expect(got.filter((x) => x.includes('方向决定道路'))).toEqual(['—: 方向决定道路，道路决定命运。']);
  });
});

describe('a superior’s framed instruction relayed in a county speech', () => {
  it('opens on a duty and is framed as an unlisted person’s', () => {
    const q = { source: 'frame', speaker: '王立新', text: '要以好作风开新局、以好作风促发展。' };
    expect(isRelayedInstruction(q, [{ name: '陈志远' }])).toBe(true);
    expect(isRelayedInstruction({ ...q, text: '基层党组织是党执政大厦的地基。' }, [{ name: '陈志远' }])).toBe(false);
    expect(isRelayedInstruction({ ...q, source: 'own' }, [{ name: '陈志远' }])).toBe(false);
    expect(isRelayedInstruction({ ...q, speaker: '习近平' }, [{ name: '陈志远' }])).toBe(false);
  });

  it('is no 金句 of the speech, under anyone', () => {
    const got = speech([
      '同志们：',
      '2月18日，省委书记王立新同志在全省作风建设推进会上强调：“要以好作风开新局、以好作风促发展，把作风建设的成效体现到高质量发展上来。”我们要认真学习领会，坚决抓好贯彻落实。',
      '一个地方发展得好不好，干部作风是关键变量。',
    ]);
    expect(got.filter((x) => x.includes('好作风开新局'))).toEqual([]);
  });
});

describe('a model’s words framed by a cue with nobody certain before it', () => {
  it('are offered with no speaker, never the speech speaker’s', () => {
    const got = speech(
      [
        '同志们：',
        '为了摸清“三害”规律，焦裕禄同志带领干部群众跑遍全县140多个大队。他说：“吃别人嚼过的馍没味道。”正是靠着这股劲头，兰考找到了治沙的办法。',
        '有人劝他歇一歇，他说：“路通了，山里人的心就通了。”',
      ],
      '刘建军',
    );
    expect(got).toContain('—: 吃别人嚼过的馍没味道。');
    expect(got).toContain('—: 路通了，山里人的心就通了。');
  });

  it('not the speaker’s own words, words said to him, nor anyone’s in general', () => {
    expect(unknownFrames('我常说：“干部要把群众放在心上。”', new Set())).toEqual([]);
    expect(unknownFrames('我在去年的县委全会上讲过：“基层党建抓不好，其他工作都抓不好。”', new Set())).toEqual([]);
    expect(unknownFrames('老支书曾对我说：“村里人心齐了，什么事都好办。”', new Set())).toEqual([]);
    expect(unknownFrames('有人说：“干多干少一个样。”', new Set())).toEqual([]);
    expect(unknownFrames('老人家拉着我的手说：“我们当年打仗，就是为了让老百姓过上好日子。”', new Set())).toEqual([]);
    expect(unknownFrames('有的同志说：“基层事情多，顾不过来。”', new Set())).toEqual([]);
    expect(unknownFrames('他说：“好。”', new Set())).toEqual([]);
    expect(unknownFrames('我的师傅李长顺常说：“手上的茧子越厚，心里的底气越足。”', new Set())).toHaveLength(1);
    expect(unknownFrames('他说：“路通了，山里人的心就通了。”', new Set())).toEqual([{ start: 4, end: 17 }]);
  });
});

describe('a report delivered at a meeting', () => {
  it('under `——在…会议上的工作报告` is a speech of the name under it', async () => {
    const text =
      '坚定不移推进全面从严治党\n——在中国共产党清河县第十五届纪律检查委员会第四次全体会议上的工作报告\n李文华\n（2024年1月18日）\n同志们：\n' +
      '我代表县纪委常委会向全会作工作报告，请予审议。\n监督的生命力在于落实，只有把监督挺在前面，才能防患于未然。\n';
    const d = (await importBytes('report.txt', Buffer.from(text, 'utf8'))).documents[0]!;
    expect(d.type).toBe('讲话');
  });
});

describe('judgements of local speeches', () => {
  it('a subject asked A不A whose answer is said to lie in something', () => {
    expect(quoteScore('干部能力强不强，关键看解决问题的本领。')).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(quoteScore('一个地方发展得好不好，干部作风是关键变量。')).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('what a subject is without a thing, and a subject likened to a thing', () => {
    expect(quoteScore('没有工业的支撑，县域经济就是无源之水、无本之木。')).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(quoteScore('营商环境就像空气，企业时时刻刻都能感受到。')).toBeGreaterThan(0);
  });
});

describe('formulas of a local speech', () => {
  it('a remark on the saying just quoted, a place’s own work ranked first', () => {
    expect(isSpeechFormula('打铁还需自身硬，这是我们常说的一句话，关键是要落到行动上。')).toBe(true);
    expect(isSpeechFormula('森林防火是我镇安全工作的重中之重。')).toBe(true);
    expect(isSpeechFormula('招商引资是“一把手工程”。')).toBe(true);
  });

  it('not the nation’s first priority, a 论断', () => {
    expect(isSpeechFormula('解决好农业农村农民问题是全党工作重中之重。')).toBe(false);
    expect(isSpeechFormula('解决农业、农村和农民问题，是我们全部工作的重中之重。')).toBe(false);
  });
});

describe('a meeting report’s directive to one office of the place (held-out local23h)', () => {
  it('is a directive', () => {
    expect(isReportDirective('县发展改革局要牵头建立重点指标周调度机制，各责任单位要对照目标逐项分析原因。')).toBe(
      true,
    );
    expect(isReportDirective('镇应急办要加强值班值守。')).toBe(true);
    expect(isReportDirective('经济工作是干出来的，不是等出来的。')).toBe(false);
  });
});

describe('the lesson a report draws', () => {
  it('stands without `一年来的实践使我们深刻体会到：` before it', () => {
    const got = speech([
      '同志们：',
      '一年来的实践使我们深刻体会到：监督的生命力在于落实，只有把监督挺在前面，才能防患于未然。纪检监察干部要以更高标准要求自己。',
    ]);
    expect(got).toContain('陈志远: 监督的生命力在于落实，只有把监督挺在前面，才能防患于未然。');
  });
});

describe('an apposition with 这个', () => {
  it('points nowhere (民心这个最大的政治), as 这个 before what was told does', async () => {
    const { fragmentReason } = await import('../../../electron/core/knowledge/sentence-fragment.js');
    expect(fragmentReason('反腐败斗争关系民心这个最大的政治。')).toBeNull();
    expect(fragmentReason('这个问题必须解决好。')).not.toBeNull();
  });
});
