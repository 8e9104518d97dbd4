// Round h52 (history-fixtures/labels-h52.json): undated excerpts of 1958–1978 that read as current,
// dated by what marks them as of their time (period-wording.ts, status.ts): war with the two powers
// awaited and the 1972 directive obeyed as the chairman's teaching, Taiwan to be liberated (the aim
// superseded by 和平统一 on 1979-01-01), the Soviet power named first, and 跃进, 高速度 and the 双革
// movement as the plan's own aims. Current texts that quote the same words, narrate them or speak
// of 统一 and 国防 in today's terms stay 现行.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const status = (text: string) => statusOfImport(null, text).status;
const note = (text: string) => statusOfImport(null, text).statusNote ?? '';

describe('war with the two powers awaited (1973–1978)', () => {
  it('the directive obeyed as the chairman’s teaching and the invader to be wiped out are two period phrases', () => {
    const war =
      '毛主席教导我们：“深挖洞，广积粮，不称霸”，“备战、备荒、为人民”。我们要保持高度警惕，防备超级大国发动侵略战争。' +
      '英雄的人民解放军和广大民兵要同全国人民一道，大力加强战备，随时准备歼灭一切敢于入侵之敌。';
    expect(status(war)).toBe('历史文献');
    // Its words are 1973's and 1978's alike: the note tells only that it is older than the plenum.
    expect(note(war)).toMatch(/三中全会前/);
    const obey =
      '全党全军全国人民一定要牢记毛主席关于“深挖洞、广积粮、不称霸”的教导，对帝国主义、社会帝国主义发动新的世界大战，' +
      '保持高度警惕，做好一切准备。';
    expect(status(obey)).toBe('历史文献');
  });

  it('the directive quoted as a figure of speech, or recalled as the past, stays 现行', () => {
    expect(
      status('一场突如其来的疫情打乱了步伐。昔日发展红火的民营企业，在疫情之下是逆流而上，还是“深挖洞、广积粮”？'),
    ).toBe('现行');
    expect(status('当年，出于“备战备荒”的需要，城里的一个军工厂在东西溪乡落户，号称“三线厂”。')).toBe('现行');
    // Today's army trains to fight: 备战打仗, not a war awaited from the superpowers.
    expect(status('全军要聚焦备战打仗，加强实战化军事训练，提高打赢能力，坚决维护国家主权、安全、发展利益。')).toBe(
      '现行',
    );
  });
});

describe('Taiwan to be liberated, the aim of 1949–1978', () => {
  it('stated as the text’s own aim, it is enough alone', () => {
    const aim = '我们一定要解放台湾！台湾同胞和全国人民团结起来，为实现解放台湾、统一祖国的崇高目标而共同努力。';
    expect(status(aim)).toBe('历史文献');
    expect(note(aim)).toMatch(/三中全会前/);
    expect(status('全党全军全国人民要努力奋斗，做好反侵略战争的准备，做好解放台湾的准备。民兵工作很重要。')).toBe(
      '历史文献',
    );
  });

  it('the 1979 turn, today’s 统一 and the old slogan in quotation marks stay 现行', () => {
    expect(
      status(
        '我们十分想念在台湾的骨肉同胞。目前形势对台湾归回祖国、实现国家统一的大业，十分有利。祖国的大门是时刻敞开着的。',
      ),
    ).toBe('现行');
    expect(status('《反分裂国家法》明确规定，“完成统一祖国的大业是包括台湾同胞在内的全中国人民的神圣职责”。')).toBe(
      '现行',
    );
    expect(status('五十年代的报纸上，“一定要解放台湾”的标语随处可见，如今两岸交流日益密切。')).toBe('现行');
  });
});

describe('the plan’s own 跃进 and 高速度, and the Soviet power named first (1958–1978)', () => {
  it('跃进 wanted, 高速度 and the 双革 movement are the years before the plenum', () => {
    const leap =
      '要高速度发展国民经济，必须打破常规，尽量采用先进技术。我们完全能够依靠自己的力量，在科学技术方面来一个大的跃进。' +
      '要把城乡技术革新和技术革命运动广泛开展起来。';
    expect(status(leap)).toBe('历史文献');
    expect(note(leap)).toMatch(/三中全会前/);
  });

  it('the 1980s verdict on 高速度 and today’s 跃进 of an industry stay 现行', () => {
    expect(
      status('要切实改变长期以来在“左”的思想指导下形成的高积累、高速度、低效率的状况，走出一条速度比较实在的新路子。'),
    ).toBe('现行');
    expect(status('依靠科技，推动产业和产品向价值链中高端跃进，实现了从交通“末梢”到区域性枢纽的跃进。')).toBe('现行');
    expect(status('我国经济正从高速度发展向高质量发展转型，技术革新不断涌现。')).toBe('现行');
  });
});
