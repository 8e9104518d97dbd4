// The gated lists' literals the build writes (text/regex-literals-prebuilt.ts) are the reader's own, and a text's
// GramSet answers with them exactly as running each regex does, over the labelled history texts and their lines;
// a wrong entry is caught by that check, and a missing or damaged file falls back to reading the sources.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { historyFixtureText, PD_EXCERPT_FILES } from '../knowledge/pd-excerpts.js';

type Build = typeof globalThis & { __SHELF_BUILD_ID__?: string };
const ID = `vitest-${process.pid}`;
const HISTORY_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../knowledge/history-fixtures');
const texts = [...fs.readdirSync(HISTORY_DIR).filter((f) => f.endsWith('.txt')), ...PD_EXCERPT_FILES]
  .sort()
  .map((f) => historyFixtureText(HISTORY_DIR, f));

/** Fresh modules under build id `id` (none: sources). */
async function load(id: string | undefined) {
  vi.resetModules();
  if (id) (globalThis as Build).__SHELF_BUILD_ID__ = id;
  else delete (globalThis as Build).__SHELF_BUILD_ID__;
  const tables = await import('../../../electron/core/regex-literals-tables.js');
  const literals = await import('../../../electron/core/text/regex-literals.js');
  const prebuilt = await import('../../../electron/core/text/regex-literals-prebuilt.js');
  const { foldForSearch } = await import('../../../electron/core/text/normalize.js');
  return { ...tables, ...literals, ...prebuilt, foldForSearch };
}

/** Where a GramSet's answer differs from running the regex, over `pieces`; and how many regexes matched. */
function differences(m: Awaited<ReturnType<typeof load>>, pieces: string[]) {
  const wrong: string[] = [];
  const matched = new Set<RegExp>();
  const regexes = m.gatedRegexes();
  for (const piece of pieces) {
    const grams = new m.GramSet(piece);
    for (const re of regexes) {
      const ran = re.test(piece);
      if (ran) matched.add(re);
      if (grams.test(re) !== ran) wrong.push(re.source);
    }
  }
  return { wrong, matched: matched.size };
}

const piecesOf = (m: Awaited<ReturnType<typeof load>>, text: string) => [
  m.foldForSearch(text),
  ...text.split('\n').map((l) => l.trim()),
];

describe('prebuilt regex literals', () => {
  let file = '';
  afterAll(() => {
    delete (globalThis as Build).__SHELF_BUILD_ID__;
    if (file) fs.rmSync(file, { force: true });
  });

  it('a build reads its own file: the reader’s literals for every gated regex, and the same answers', async () => {
    expect(texts.length).toBeGreaterThan(300);
    const sources = await load(undefined);
    expect(sources.prebuiltLiterals()).toBeNull();
    (globalThis as Build).__SHELF_BUILD_ID__ = ID;
    file = sources.writeRegexLiterals();
    expect(path.basename(file)).toBe(`regex-literals.${ID}.json`);

    const built = await load(ID);
    const table = built.prebuiltLiterals();
    expect(table).not.toBeNull();
    for (const re of built.gatedRegexes()) {
      expect(table!.has(built.literalsKey(re)), re.source).toBe(true);
      expect(built.requiredLiterals(re), re.source).toEqual(sources.readLiterals(new RegExp(re.source, re.flags)));
    }
    const { wrong, matched } = differences(
      built,
      texts.flatMap((t) => piecesOf(built, t)),
    );
    expect(wrong).toEqual([]);
    expect(matched).toBeGreaterThan(100); // real matches of many of the lists' regexes, not a handful
  });

  it('a wrong entry is caught; a missing or damaged file is read from the sources', async () => {
    const built = await load(ID);
    // A regex that matches a text, given a literal no text holds: the GramSet would skip a real match.
    const text = texts.find((t) => built.gatedRegexes().some((re) => re.test(t)))!;
    const re = built.gatedRegexes().find((r) => r.test(text))!;
    const written = fs.readFileSync(file, 'utf8');
    const entries = JSON.parse(written) as [string, string[] | null][];
    fs.writeFileSync(file, JSON.stringify(entries.map(([k, l]) => [k, k === built.literalsKey(re) ? ['\ue000'] : l])));
    const tampered = await load(ID);
    expect(differences(tampered, piecesOf(tampered, text)).wrong).toContain(re.source);
    fs.writeFileSync(file, written);

    fs.writeFileSync(file, '[["/a", [');
    const damaged = await load(ID);
    expect(damaged.prebuiltLiterals()).toBeNull();
    expect(differences(damaged, piecesOf(damaged, text)).wrong).toEqual([]);
    expect((await load(`${ID}-other`)).prebuiltLiterals()).toBeNull();
  });
});
