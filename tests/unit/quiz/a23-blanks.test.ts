// Round a23 (an audit on newspaper pieces a learner imports): blanks that asked for nothing. Every
// sentence is written for the test in the shapes seen.
import { describe, expect, it } from 'vitest';
import { keyBlanks } from '../../../electron/core/quiz/key-blanks.js';

const words = (s: string) => keyBlanks(s, 2).map((b) => b.text);

describe('a23: blanks a 金句 must not get', () => {
  it('the noun of a hedge (在一定意义上, 在很大程度上)', () => {
    expect(words('在一定意义上说，没有调查就没有决策，没有监督就没有落实。')).not.toContain('意义');
    expect(words('在很大程度上，基层治理水平决定着群众的获得感。')).not.toContain('程度');
  });

  it('what the speaker calls ours, and people at large', () => {
    expect(words('我们国家的长治久安，靠的是基层的同志。')).not.toContain('国家');
    expect(words('我们国家的长治久安，靠的是基层的同志。')).not.toContain('同志');
  });
});
