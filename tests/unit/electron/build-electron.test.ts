// The esbuild step: main and preload bundle to CJS; the preload needs nothing but `electron`
// (a sandboxed preload can require nothing else) and exposes the API; the main bundle really
// starts under a fake `electron` (proving the import.meta.url shim and externals work).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { API_METHODS } from '../../../electron/contract/api.js';
import { createApi, type Invoke } from '../../../electron/shared/api-client.js';
import { CALL_CHANNEL, PRINT_CHANNEL } from '../../../electron/shared/ipc-channels.js';
import { buildElectron } from '../../../scripts/build-electron.js';

// Two levels below the repo root, like dist/electron, so package.json is found the same way.
// A fresh fake even when another file of this fork already used it: the suite's forks keep
// modules between files (vitest.config.ts), and the fake records one app's state.
vi.resetModules();
const fake = await import('./fake-electron.js');

const outDir = path.join(process.cwd(), 'dist', `.electron-test-${process.pid}`);
let out: { main: string; preload: string; worker: string };

beforeAll(async () => {
  out = await buildElectron(outDir);
}, 60_000);
afterAll(() => {
  fake.app.emit('will-quit');
  // The app may still be writing its data folder as it quits: retry instead of racing it (ENOTEMPTY).
  fs.rmSync(outDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  fs.rmSync(fake.state.userData, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
});

function requiredModules(code: string): Set<string> {
  return new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!));
}

describe('buildElectron', () => {
  test('writes both bundles', () => {
    expect(fs.statSync(out.main).size).toBeGreaterThan(1000);
    expect(fs.statSync(out.preload).size).toBeGreaterThan(1000);
  });

  test('the preload requires only electron and leaves no import.meta behind', () => {
    const code = fs.readFileSync(out.preload, 'utf8');
    expect([...requiredModules(code)]).toEqual(['electron']);
    expect(code).not.toContain('import.meta');
  });

  test('the main bundle keeps native modules external and has no import.meta left', () => {
    const code = fs.readFileSync(out.main, 'utf8');
    const mods = requiredModules(code);
    expect(mods.has('electron')).toBe(true);
    expect(mods.has('better-sqlite3')).toBe(true);
    expect(code).not.toMatch(/import\.meta\.url/);
  });

  test('the preload, run in a sandbox-like context, exposes named functions wired to the call channel', async () => {
    const exposed = new Map<string, Record<string, unknown>>();
    const invoke = vi.fn(async () => ({ ok: true, value: 'pong' }));
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: Record<string, unknown>) => exposed.set(key, value) },
      ipcRenderer: { invoke, on: vi.fn(), removeListener: vi.fn() },
    };
    const sandboxRequire = (id: string) => {
      if (id === 'electron') return electron;
      throw new Error(`sandboxed preload may not require ${id}`);
    };
    const module = { exports: {} };
    vm.runInNewContext(fs.readFileSync(out.preload, 'utf8'), {
      require: sandboxRequire,
      module,
      exports: module.exports,
      console,
    });
    expect([...exposed.keys()].sort()).toEqual(['studyShelfBridge', 'studyShelfPrint', 'studyShelfShell']);
    const bridge = exposed.get('studyShelfBridge')!;
    expect(Object.keys(bridge)).toEqual(['invoke']);
    expect(Object.values(bridge)).not.toContain(electron.ipcRenderer);
    const api = createApi(bridge.invoke as Invoke);
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
    await expect((api.info as (a: unknown) => Promise<unknown>)({})).resolves.toBe('pong');
    expect(invoke).toHaveBeenCalledWith(CALL_CHANNEL, 'info', {});
    await expect((bridge.invoke as Invoke)('notAMethod' as never, {})).resolves.toMatchObject({ ok: false });
    expect(typeof exposed.get('studyShelfShell')!.onMenuCommand).toBe('function');
    await (exposed.get('studyShelfPrint')!.printToPDF as () => Promise<unknown>)();
    expect(invoke).toHaveBeenCalledWith(PRINT_CHANNEL);
  });

  test('the main bundle starts under a fake electron and serves the API', async () => {
    // Route require('electron') from the bundle to the fake; everything else loads normally.
    const mod = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
    const originalLoad = mod._load;
    mod._load = function (request: string, ...rest: unknown[]) {
      return request === 'electron' ? fake : originalLoad.call(this, request, ...rest);
    };
    try {
      const main = createRequire(import.meta.url)(out.main) as { started: Promise<void> };
      await main.started;
    } finally {
      mod._load = originalLoad;
    }
    expect(fake.FakeBrowserWindow.instances).toHaveLength(1);
    const handler = fake.state.handlers.get(CALL_CHANNEL)!;
    const res = (await handler({ senderFrame: { url: 'app://study-shelf/' } }, 'info', {})) as {
      ok: boolean;
      value: { version: string };
    };
    const pkg = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as { version: string };
    expect(res).toMatchObject({ ok: true, value: { version: pkg.version } });
    // The packaged app checks its database in the bundled worker thread (worker.cjs beside main.cjs).
    const status = (await handler({ senderFrame: { url: 'app://study-shelf/' } }, 'backupStatus', {})) as {
      value: { integrity: string };
    };
    expect(['pending', 'ok']).toContain(status.value.integrity);
  });

  test('the worker bundle runs a job in a real worker thread', async () => {
    const { Worker } = await import('node:worker_threads');
    const w = new Worker(out.worker);
    const db = path.join(outDir, 'check.sqlite');
    const Database = (await import('better-sqlite3')).default;
    new Database(db).exec('CREATE TABLE t (x)').close();
    w.postMessage({ id: 1, kind: 'integrityCheck', payload: { file: db } });
    const reply = await new Promise((resolve) => w.once('message', resolve));
    await w.terminate();
    expect(reply).toEqual({ id: 1, ok: true, value: { ok: true, detail: 'ok' } });
  });
});
