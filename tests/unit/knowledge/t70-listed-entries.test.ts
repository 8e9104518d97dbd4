// Round t70 (RUBRIC.md): 统一战线, every library use read (1955–2022), with the senses it does not name guarded, and
// the 十九大 and 二十大 lines 安全发展理念, 依宪执政 and 人民至上、生命至上. Listing layer only: no new entry becomes a
// question's blank, and the asked 提法 beside or inside them keep their rows.
import { describe, expect, it } from 'vitest';
import { askable } from '../../../electron/core/quiz/source.js';
import { listedCounts as counts } from './listed-counts.js';

describe('round t70 listing entries', () => {
  it('lists 统一战线 alone, in its policy and nested in 爱国统一战线', () => {
    const c = counts(
      '统一战线是凝聚人心、汇聚力量的强大法宝。',
      '巩固和发展最广泛的爱国统一战线，认真执行党的统一战线政策。',
    );
    expect(c['统一战线']).toBe(3);
    expect(c['爱国统一战线']).toBe(1);
    expect(askable('统一战线')).toBe(false);
  });

  it("leaves out bodies' and meetings' names and the international front of the 1960s–70s reports", () => {
    const c = counts(
      '县委统一战线工作部、县委统一战线工作领导小组召开会议。市委召开统一战线工作会议。',
      '促进了国际反霸统一战线的扩大。一个国际统一战线正在广泛开展起来。',
      '联合一切受超级大国欺负的国家，结成最广泛的统一战线，反对超级大国的霸权主义。',
    );
    expect(c['统一战线']).toBeUndefined();
  });

  it('lists the 十九大 and 二十大 lines beside the asked 提法 they hold or follow', () => {
    const c = counts(
      '树立安全发展理念，弘扬生命至上、安全第一的思想。',
      '坚持依法治国首先要坚持依宪治国，坚持依法执政首先要坚持依宪执政。',
      '我们坚持人民至上、生命至上，开展抗击疫情人民战争。',
    );
    for (const t of ['安全发展理念', '依宪执政', '依宪治国', '人民至上、生命至上', '人民至上']) expect(c[t], t).toBe(1);
    for (const t of ['依宪执政', '安全发展理念', '人民至上、生命至上']) expect(askable(t), t).toBe(false);
  });
});
