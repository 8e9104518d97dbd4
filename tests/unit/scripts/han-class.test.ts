// The build's Han ranges (scripts/lib/han-class.mjs) are the same characters as \p{Script=Han}, and every
// literal it rewrites in the sources matches exactly as the original on real text and on each range's edges.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build helper without types
import { hanRanges, rewriteHanLiterals, rewritePattern } from '../../../scripts/lib/han-class.mjs';

const ranges = hanRanges() as string;
/** Code points at and beside each range's ends. */
const edges = [...ranges.matchAll(/\\u\{([0-9a-f]+)\}/g)].flatMap((m) => {
  const c = parseInt(m[1]!, 16);
  return [c - 1, c, c + 1].filter((x) => x >= 0 && x < 0x110000 && (x < 0xd800 || x > 0xdfff));
});

describe('Han ranges for the build', () => {
  it('hold exactly the characters of \\p{Script=Han} at every range edge and in the BMP', () => {
    const prop = /^\p{Script=Han}$/u;
    const cls = new RegExp(`^[${ranges}]$`, 'u');
    const not = new RegExp(`^[^${ranges}]$`, 'u');
    const points = [...edges, ...Array.from({ length: 0x10000 }, (_, i) => i).filter((c) => c < 0xd800 || c > 0xdfff)];
    for (const c of points) {
      const ch = String.fromCodePoint(c);
      expect(cls.test(ch), ch).toBe(prop.test(ch));
      expect(not.test(ch), ch).toBe(!prop.test(ch));
    }
  });

  it('rewrite a property inside a class as ranges and outside as a class; \\P inside a class is kept', () => {
    expect(rewritePattern('^\\p{Script=Han}+$')).toBe(`^[${ranges}]+$`);
    expect(rewritePattern('[^\\p{Script=Han}\\]]')).toBe(`[^${ranges}\\]]`);
    expect(rewritePattern('\\P{Script=Han}[\\P{Script=Han}]')).toBe(`[^${ranges}][\\P{Script=Han}]`);
    const { code, changed } = rewriteHanLiterals(
      "const a = x / 2; // /\\p{Script=Han}/u\nconst b = '/\\p{Script=Han}/u'; const c = /[“]\\p{Script=Han}/u;",
    );
    expect(changed).toHaveLength(1);
    expect(code).toContain(`const c = /[“][${ranges}]/u;`);
    expect(code).toContain("'/\\p{Script=Han}/u'");
  });

  it('every literal rewritten in electron/ matches as before', () => {
    const files = execFileSync('git', ['grep', '-l', 'Script=Han', '--', 'electron'], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const report = fs
      .readFileSync(path.resolve('content/sources/library/cpc_congress_reports.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .slice(-1)
      .map((l) => (JSON.parse(l) as { content: string }).content)
      .join('\n');
    const edgeText = edges.map((c) => String.fromCodePoint(c)).join('');
    const texts = [report, edgeText, `“${edgeText}”，的${edgeText.slice(0, 40)}、`];
    let literals = 0;
    for (const f of files) {
      for (const [before, after, flags] of rewriteHanLiterals(fs.readFileSync(f, 'utf8')).changed as string[][]) {
        literals++;
        const g = flags!.includes('g') ? flags! : `${flags}g`;
        const a = new RegExp(before!, g);
        const b = new RegExp(after!, g);
        for (const t of texts)
          expect(
            [...t.matchAll(b)].map((m) => [m.index, ...m]),
            `${f}: /${before}/${flags}`,
          ).toEqual([...t.matchAll(a)].map((m) => [m.index, ...m]));
      }
    }
    expect(literals).toBeGreaterThan(60);
  }, 120_000);
});
