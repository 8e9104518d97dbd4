// The folders of electron/core form layers, not a tangle: no two folders import each other (e.g.
// content ↔ search), so each can be read and tested from the bottom up.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const CORE = path.resolve('electron/core');

function folderOf(file: string): string {
  const rel = path.relative(CORE, file).split(path.sep);
  return rel.length > 1 ? rel[0]! : '(root)';
}

function* sources(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* sources(p);
    else if (e.name.endsWith('.ts')) yield p;
  }
}

test('no two core folders import each other', () => {
  const edges = new Map<string, Set<string>>();
  for (const file of sources(CORE)) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
      const target = path.resolve(path.dirname(file), m[1]!);
      if (!target.startsWith(CORE + path.sep)) continue;
      const [a, b] = [folderOf(file), folderOf(target)];
      // Files at the root are the basics everyone imports (context, dispatch) and the composition
      // root that imports every folder (app-core): not a folder layer.
      if (a !== b && a !== '(root)' && b !== '(root)') edges.set(a, (edges.get(a) ?? new Set()).add(b));
    }
  }
  const cycles = [...edges].flatMap(([a, to]) =>
    [...to].filter((b) => a < b && edges.get(b)?.has(a)).map((b) => `${a} ↔ ${b}`),
  );
  expect(cycles).toEqual([]);
  expect(edges.size).toBeGreaterThan(5);
});
