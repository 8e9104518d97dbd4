import { describe, expect, it } from 'vitest';
import { ROLE } from '../../../electron/core/knowledge/post-role.js';
import { roleMatches } from '../../../electron/core/knowledge/role-scan.js';

// The patterns the speaker rules scan whole texts with (pronoun-speaker.ts, transcript-turns.ts), and
// two more shapes: a name before a break, and a post alone.
const PATTERNS = [
  new RegExp(`(?:${ROLE})([\\u4e00-\\u9fff]{2,3})`, 'g'),
  new RegExp(`(?:${ROLE})([\\u4e00-\\u9fff]{2,3})(?=同志|[^\\u4e00-\\u9fff]|$)`, 'g'),
  new RegExp(`${ROLE}`, 'g'),
];

// Pieces that make posts, near-posts (书记处, 常委会, 公里长) and long leads, names, and breaks.
const PIECES = [
  '书记',
  '书记处',
  '市长',
  '委员长',
  '秘书长',
  '常委',
  '常委会',
  '公里长',
  '里长',
  '学生代表',
  '网格员代表',
  '负责人',
  '省委',
  '副',
  '、',
  '，',
  '。',
  ' ',
  'A',
  '李明',
  '王',
  '志强',
  '同志',
  '县',
  '乡村振兴工作队',
  '第一',
  '长',
  '主任科员',
];

/** A seeded generator (mulberry32): the same texts on every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

describe('roleMatches', () => {
  it('gives what matchAll gives on texts of posts, near-posts, long leads and breaks', () => {
    const next = rng(23);
    for (let n = 0; n < 3000; n++) {
      const len = 1 + Math.floor(next() * 40);
      let text = '';
      for (let k = 0; k < len; k++) text += PIECES[Math.floor(next() * PIECES.length)];
      for (const re of PATTERNS) expect(shape(roleMatches(text, re))).toEqual(shape(text.matchAll(re)));
    }
  });

  it('finds a post whose lead is 24 characters long, and not one whose lead is longer', () => {
    const re = PATTERNS[0]!;
    const lead = '甲'.repeat(24);
    for (const text of [`${lead}书记李明说`, `，${lead}书记李明说`, `乙${lead}书记李明说`, `${lead}乙书记李明说`])
      expect(shape(roleMatches(text, re))).toEqual(shape(text.matchAll(re)));
    expect(roleMatches(`，${lead}书记李明说`, re)[0]!.index).toBe(1);
  });
});
