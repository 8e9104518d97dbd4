// The renderer build (esbuild): index.html points at built files only (no inline script, as the
// CSP requires), and every default import of a package in the renderer gets the bundler meaning
// (exports.default), not Node's (module.exports), which broke antd's locale and the charts once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildRenderer, sourceInterop } from '../../../scripts/build-renderer.mjs';

const ROOT = process.cwd();
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-renderer-'));
const probeDir = path.join(ROOT, 'renderer', `.probe-${process.pid}`);
afterAll(() => {
  fs.rmSync(out, { recursive: true, force: true });
  fs.rmSync(probeDir, { recursive: true, force: true });
});

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('renderer build', () => {
  test('index.html loads the built script and style, nothing inline', async () => {
    await buildRenderer(out);
    const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    const refs = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.some((r) => r.endsWith('.js'))).toBe(true);
    expect(refs.some((r) => r.endsWith('.css'))).toBe(true);
    for (const r of refs) expect(fs.existsSync(path.join(out, r)), r).toBe(true);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  }, 120_000);

  test('default imports of packages get exports.default, as the renderer expects', async () => {
    const specs = new Set<string>();
    for (const f of sources(path.join(ROOT, 'renderer', 'src')))
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/^import (\w+) from '([^.][^']*)';/gm)) specs.add(m[2]!);
    expect(specs.size).toBeGreaterThan(0);
    fs.mkdirSync(probeDir, { recursive: true });
    const list = [...specs];
    fs.writeFileSync(
      path.join(probeDir, 'probe.ts'),
      list.map((s, i) => `import d${i} from '${s}';`).join('\n') +
        `\n(globalThis as Record<string, unknown>).__probe = [${list.map((_, i) => `d${i}`).join(', ')}];\n`,
    );
    const { build } = await import('esbuild');
    const r = await build({
      entryPoints: [path.join(probeDir, 'probe.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      plugins: [sourceInterop],
    });
    await import(`data:text/javascript,${encodeURIComponent(r.outputFiles[0]!.text)}`);
    const values = (globalThis as Record<string, unknown>).__probe as unknown[];
    const wrapped = list.filter((_, i) => {
      const v = values[i];
      return typeof v === 'object' && v !== null && Object.keys(v).length === 1 && 'default' in v;
    });
    expect(wrapped).toEqual([]);
  }, 120_000);
});
