// status.ts answers most texts with one pattern joined from every period's set phrases (their `.source`, no flags).
// A phrase written with a flag (`/…\p{Script=Han}/u`) would change meaning in that union and silently never match.
import { describe, expect, it } from 'vitest';
import * as period from '../../../electron/core/knowledge/period-wording.js';
import { LATE_MAO_WORDING } from '../../../electron/core/knowledge/late-mao-wording.js';

const lists = [...Object.values(period), LATE_MAO_WORDING].filter(
  (v): v is RegExp[] => Array.isArray(v) && v.every((r) => r instanceof RegExp),
);

describe('period wording joined into one pattern', () => {
  it('every set phrase has no flags, so its source means the same inside the union', () => {
    const flagged = lists.flat().filter((re) => re.flags !== '');
    expect(flagged.map(String)).toEqual([]);
    expect(lists.flat().length).toBeGreaterThan(100);
  });

  it('each phrase joined as the union joins it still matches what it matched alone', () => {
    const union = new RegExp(
      lists
        .flat()
        .map((re) => `(?:${re.source})`)
        .join('|'),
    );
    expect(union.test('全面落实抓纲治国的战略决策')).toBe(true);
    expect(union.test('抓纲治县，各项工作出现了新气象')).toBe(true);
  });
});
