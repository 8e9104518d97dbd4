// Start-up runs compiled JavaScript and builds only what changed: the CLI and the web server start
// under plain Node 20 (which cannot load TypeScript, so success means dist/node ran), and a build
// guarded by content hashes runs once, skips unchanged and touched inputs, and reruns on a change.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ensureFresh, hashInputs, ROOT, statInputs } from '../../../scripts/lib/fresh.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-start-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('compiled entry points', () => {
  test('npm run cli -- --help prints the usage from dist/node, without a TypeScript loader', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    for (const s of ['start', 'serve', 'cli', 'build:content']) expect(pkg.scripts[s]).not.toMatch(/tsx/);
    const out = execFileSync(process.execPath, ['scripts/run.mjs', 'cli', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toContain('用法');
    expect(fs.existsSync(path.join(ROOT, 'dist', 'node', 'cli.mjs'))).toBe(true);
  }, 120_000);

  test('npm start serves the page and answers a search', async () => {
    const child = spawn(
      process.execPath,
      ['scripts/start.mjs', '--web', '--data', path.join(tmp, 'data'), '--port', '0'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    try {
      const url = await new Promise<URL>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d;
          const m = /Open: (\S+)/.exec(out);
          if (m) resolve(new URL(m[1]!));
        });
        child.on('exit', (code) => reject(new Error(`start exited with ${code}: ${out}`)));
      });
      expect(await (await fetch(url)).text()).toContain('<div id="root">');
      const r = await fetch(new URL('/api/search', url), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-study-shelf-token': url.searchParams.get('token')!,
          origin: url.origin,
        },
        body: JSON.stringify({ query: '党建', sort: 'relevance', offset: 0, limit: 5 }),
      });
      const body = (await r.json()) as { ok: boolean; value: { total: number } };
      expect(body.ok).toBe(true);
      expect(body.value.total).toBeGreaterThan(0);
    } finally {
      // Wait for the server to exit: it may still be writing to the data folder the cleanup removes.
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        await exited;
      }
    }
  }, 180_000);
});

describe('ensureFresh', () => {
  /** An input folder with one file, an output, and a build that counts its runs and writes the output. */
  function project(label: string) {
    const input = path.join(tmp, label);
    const output = path.join(tmp, `${label}-out.txt`);
    fs.mkdirSync(input);
    fs.writeFileSync(path.join(input, 'a.txt'), 'one');
    const counter = { builds: 0 };
    const build = async () => {
      counter.builds++;
      fs.writeFileSync(output, String(counter.builds));
    };
    return { input, output, build, counter, name: `test-${label}-${process.pid}` };
  }

  test('builds once, skips unchanged or merely touched inputs, rebuilds when a file changes', async () => {
    const { input, output, build, counter, name } = project('in');
    try {
      expect(await ensureFresh(name, [input], [output], build)).toBe(true);
      expect(await ensureFresh(name, [input], [output], build)).toBe(false);
      const later = new Date(Date.now() + 5000);
      fs.utimesSync(path.join(input, 'a.txt'), later, later); // touched, same content
      expect(await ensureFresh(name, [input], [output], build)).toBe(false);
      fs.writeFileSync(path.join(input, 'a.txt'), 'two');
      expect(await ensureFresh(name, [input], [output], build)).toBe(true);
      fs.rmSync(output);
      expect(await ensureFresh(name, [input], [output], build)).toBe(true); // output missing
      expect(counter.builds).toBe(3);
    } finally {
      fs.rmSync(path.join(ROOT, 'dist', '.stamps', `${name}.json`), { force: true });
    }
  });

  test('a build by hand (force) builds even when fresh, and stamps it: the next check does not build again', async () => {
    const { input, output, build, counter, name } = project('forced');
    try {
      expect(await ensureFresh(name, [input], [output], build)).toBe(true);
      expect(await ensureFresh(name, [input], [output], build, { force: true })).toBe(true);
      expect(await ensureFresh(name, [input], [output], build)).toBe(false);
      fs.writeFileSync(path.join(input, 'a.txt'), 'two');
      expect(await ensureFresh(name, [input], [output], build, { force: true })).toBe(true);
      expect(await ensureFresh(name, [input], [output], build)).toBe(false);
      expect(counter.builds).toBe(3);
    } finally {
      fs.rmSync(path.join(ROOT, 'dist', '.stamps', `${name}.json`), { force: true });
    }
  });
});

describe('what the freshness check looks at', () => {
  test('every file in nested folders (one stat each), none in skipped folders, a missing input as absent', () => {
    const root = path.join(tmp, 'tree');
    const deep = path.join(root, 'a', 'b');
    fs.mkdirSync(deep, { recursive: true });
    fs.mkdirSync(path.join(root, 'node_modules'));
    fs.writeFileSync(path.join(deep, 'x.ts'), 'one');
    fs.writeFileSync(path.join(root, 'node_modules', 'y.js'), 'dep');
    const single = path.join(tmp, 'single.json');
    fs.writeFileSync(single, '{}');
    const inputs = [root, single, path.join(tmp, 'missing')];
    const [stat, hash] = [statInputs(inputs), hashInputs(inputs)];
    fs.writeFileSync(path.join(root, 'node_modules', 'y.js'), 'changed dependency');
    expect([statInputs(inputs), hashInputs(inputs)]).toEqual([stat, hash]);
    fs.writeFileSync(path.join(deep, 'x.ts'), 'two');
    expect(statInputs(inputs)).not.toBe(stat);
    expect(hashInputs(inputs)).not.toBe(hash);
    fs.writeFileSync(path.join(deep, 'x.ts'), 'one');
    expect(hashInputs(inputs)).toBe(hash); // contents decide, not times
    fs.writeFileSync(single, '{"a":1}');
    expect(hashInputs(inputs)).not.toBe(hash);
  });
});
