// Review of rounds 23: a 解析's verdict denied (不应判为正确) keys nothing, and the ticks and crosses the
// other readers of a bank take (✔ ✘) are read in a verdict too.
import { describe, expect, it } from 'vitest';
import { explanationVerdict, verdictDisagrees } from '../../../electron/core/quiz/explanation-key.js';

describe('review23: a verdict in the 解析', () => {
  it('never keys a verdict the 解析 denies (本题不应判为正确)', () => {
    expect(explanationVerdict('解析：预备党员没有表决权，本题不应判为正确。')).toBeNull();
    expect(explanationVerdict('解析：此题并不应当判为错误。')).toBeNull();
    expect(verdictDisagrees('解析：预备党员没有表决权，本题不应判为正确。', 1)).toBeNull();
  });

  it('reads ✔ and ✘ as √ and ×', () => {
    expect(explanationVerdict('解析：原文如此，此题应判✔。')).toBe(0);
    expect(explanationVerdict('解析：原文不是这样，此题应判✘。')).toBe(1);
  });

  it('still reads the plain verdicts', () => {
    expect(explanationVerdict('解析：预备党员没有表决权，本题应判为错误。')).toBe(1);
    expect(explanationVerdict('解析：此题表述正确应判√。')).toBe(0);
  });
});
