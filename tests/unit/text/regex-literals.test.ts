// The literals a regex's every match holds (text/regex-literals.ts) only let a scan skip a regex that cannot
// match: read right on hand-made patterns, and never wrong on the lists it guards, over the labelled history texts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GramSet, gramsOf, requiredLiterals } from '../../../electron/core/text/regex-literals.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';
import * as periods from '../../../electron/core/knowledge/period-wording.js';
import * as lateMao from '../../../electron/core/knowledge/late-mao-wording.js';
import { LINE_RULES } from '../../../electron/core/content/clean-line-rules.js';
import { RELATED_HEADING } from '../../../electron/core/content/formats/page-chrome.js';
import { historyFixtureText, PD_EXCERPT_FILES } from '../knowledge/pd-excerpts.js';

const HISTORY_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../knowledge/history-fixtures');

describe('requiredLiterals', () => {
  it('reads runs, alternations, optional parts and small classes', () => {
    expect(requiredLiterals(/揭批[^，。]{0,10}斗争|四人帮/)).toEqual(['揭批', '四人帮']);
    expect(requiredLiterals(/合作化(?:的)?高潮/)).toEqual(['合作化的高潮', '合作化高潮']);
    expect(requiredLiterals(/斗[、，]?批/)?.sort()).toEqual(['斗、批', '斗批', '斗，批'].sort());
    expect(requiredLiterals(/(?<!林彪[、和])四人帮(?=的)/)).toEqual(['四人帮']);
    expect(requiredLiterals(/a{1}b{1,1}c{2}d/)).toEqual(['ab']);
    expect(requiredLiterals(/(?:ab|)c/)).toEqual(['abc', 'c']);
    expect(requiredLiterals(/(?:ab|cd)+x?/)).toEqual(['ab', 'cd']);
    expect(requiredLiterals(/\u4e00\.\u3000/)).toEqual(['一.\u3000']);
    // Runs of plain characters next to quantified ones, and astral characters with and without the u flag.
    expect(requiredLiterals(/首恶者?必办/)).toEqual(['首恶者必办', '首恶必办']);
    expect(requiredLiterals(/批林批孔{2}运动/)).toEqual(['批林批']);
    expect(requiredLiterals(/x+yz/)).toEqual(['yz']);
    expect(requiredLiterals(/a}b]c/)).toEqual(['a}b]c']);
    expect(requiredLiterals(/a𠮷?b/u)).toEqual(['a𠮷b', 'ab']);
    expect(requiredLiterals(/a𠮷?b/)).toEqual(['a𠮷b', 'a\ud842b']);
  });

  it('knows none where a match may hold no fixed text or the syntax is not read', () => {
    for (const re of [/a*/, /(?:ab)?c?/, /[^x]+/, /ab|\d+/, /abc/i, /(a)\1/, /\p{Script=Han}/u, /a{,2}/])
      expect(requiredLiterals(re), re.source).toBeNull();
  });
});

describe('GramSet', () => {
  it('answers "no match" only where a literal is missing, and runs the regex otherwise', () => {
    const g = new GramSet('坚持以粮为纲，全面发展');
    expect(g.mayMatch(/以粮为纲/)).toBe(true);
    expect(g.mayMatch(/大干快上/)).toBe(false);
    expect(g.mayMatch(/粮为纲[，,]全/)).toBe(true);
    expect(g.test(/以粮为纲[，,]\s*全面发展/)).toBe(true);
    expect(g.test(/以粮为纲的方针/)).toBe(false); // literal pairs present, the regex itself says no
    // A global regex always runs (test moves its lastIndex).
    const re = /大干快上/g;
    re.lastIndex = 3;
    expect(g.test(re)).toBe(false);
    expect(re.lastIndex).toBe(0);
    expect(gramsOf('两个凡是')).toBe(gramsOf('两个凡是'));
  });

  it('never skips a regex of the guarded lists that matches a labelled history text or its lines', () => {
    const lists: RegExp[] = [
      ...Object.values(periods).flatMap((v) => (Array.isArray(v) ? v : v instanceof RegExp ? [v] : [])),
      ...Object.values(lateMao).flatMap((v) => (Array.isArray(v) ? v : v instanceof RegExp ? [v] : [])),
      ...LINE_RULES.map((r) => r.re),
      RELATED_HEADING,
    ].filter((re): re is RegExp => re instanceof RegExp && !re.global && !re.sticky);
    const files = [...fs.readdirSync(HISTORY_DIR).filter((f) => f.endsWith('.txt')), ...PD_EXCERPT_FILES].sort();
    expect(files.length).toBeGreaterThan(300);
    const matched = new Set<RegExp>();
    for (const f of files) {
      const text = historyFixtureText(HISTORY_DIR, f);
      for (const piece of [foldForSearch(text), ...text.split('\n').map((l) => l.trim())]) {
        const g = new GramSet(piece);
        for (const re of lists)
          if (re.test(piece)) {
            matched.add(re);
            expect(g.mayMatch(re), `${f}: ${re.source}`).toBe(true);
          }
      }
    }
    // The check read real matches of many of the lists' regexes, not a handful.
    expect(matched.size).toBeGreaterThan(100);
  });
});
