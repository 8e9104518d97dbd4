// Issue 15 item 13: `npm test` on a fresh machine. Its first step finds the browser these tests
// drive (or installs it on Debian as root) and otherwise stops at once with the one command to run.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';
import { REPO_ROOT } from '../../electron/core/app-core.js';
import { CHROMIUM } from './support/app-fixture.js';
import { useApp } from './support/use-app.js';

const ctx = useApp({ bundle: false });
const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

function ensure(env: Record<string, string>) {
  const started = Date.now();
  const r = spawnSync(TSX, ['scripts/ensure-browser.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}`, ms: Date.now() - started };
}

test('npm test finds the browser the e2e tests launch, and stops at once with a command when it is missing', async () => {
  expect(await ctx.browser.version()).toMatch(/\d+\./);
  const ok = ensure({});
  expect(ok.status).toBe(0);
  expect(ok.out).toContain(CHROMIUM);
  const missing = ensure({ CHROMIUM_PATH: '/nonexistent/chrome' });
  expect(missing.status).toBe(1);
  expect(missing.out).toContain('/nonexistent/chrome');
  expect(missing.out).toMatch(/请运行：\s+\S+/);
  expect(missing.ms).toBeLessThan(15_000);
  // The package script runs this check before lint, unit tests or the renderer build.
  const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as {
    scripts: Record<string, string>;
  };
  expect(pkg.scripts.test!.startsWith('tsx scripts/ensure-browser.ts && ')).toBe(true);
});
