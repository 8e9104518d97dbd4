// Round t71 (RUBRIC.md): the 二十大's and the 2023–2025 reports' 质的有效提升和量的合理增长 and the 二十大's
// 以文塑旅、以旅彰文 (listing layer only: never a question's blank), and 全面从严治党 inside a meeting's name, which
// is no use of it (t70h h5's 全面从严治党工作会议), while the work itself still is.
import { describe, expect, it } from 'vitest';
import { askable } from '../../../electron/core/quiz/source.js';
import { listedCounts as counts } from './listed-counts.js';

describe('round t71 listing entries and guard', () => {
  it('lists the two lines as the reports write them, never as a blank', () => {
    const c = counts(
      '持续推动经济实现质的有效提升和量的合理增长，增进民生福祉。',
      '坚持以文塑旅、以旅彰文，推进文化和旅游深度融合发展。推动以文塑旅，以旅彰文。',
    );
    expect(c['质的有效提升和量的合理增长']).toBe(1);
    expect(c['以文塑旅、以旅彰文']).toBe(2);
    for (const t of ['质的有效提升和量的合理增长', '以文塑旅、以旅彰文']) expect(askable(t), t).toBe(false);
  });

  it("leaves out 全面从严治党 in a meeting's name and keeps it in the work", () => {
    expect(counts('公司党委召开2026年全面从严治党工作会议，总结去年工作。')).toEqual({});
    const c = counts('推动全面从严治党向纵深发展，把全面从严治党工作抓在手上。');
    expect(c['全面从严治党']).toBe(2);
    expect(c['从严治党']).toBe(2);
  });
});
