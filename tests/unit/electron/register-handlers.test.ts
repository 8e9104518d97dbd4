// IPC wiring with a fake ipcMain and a real core (SQLite in a temp folder): valid calls, zod
// refusals, unknown methods, and calls from frames that are not the app origin.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app-core.js';
import { registerHandlers, registerPrintToPdf, type IpcMainLike } from '../../../electron/main/register-handlers.js';
import { CALL_CHANNEL, PRINT_CHANNEL } from '../../../electron/shared/ipc-channels.js';

type Listener = Parameters<IpcMainLike['handle']>[1];

let dir: string;
let core: Core;
const registered = new Map<string, Listener>();
const ipc: IpcMainLike = {
  handle: (ch, l) => void registered.set(ch, l),
  removeHandler: (ch) => void registered.delete(ch),
};
let unregister: () => void;

const fromApp = { senderFrame: { url: 'app://study-shelf/index.html' } };
function call(event: unknown, method: unknown, arg?: unknown) {
  const l = registered.get(CALL_CHANNEL);
  if (!l) throw new Error('channel not registered');
  return Promise.resolve(l(event as never, method, arg));
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-ipc-'));
  core = createCore({ dataDir: path.join(dir, 'data'), bundlePath: path.join(dir, 'missing.sqlite') });
  unregister = registerHandlers(ipc, core.handlers);
});
afterAll(() => {
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('registerHandlers', () => {
  test('registers exactly one channel', () => {
    expect([...registered.keys()]).toEqual([CALL_CHANNEL]);
  });

  test('a valid call from the app origin returns the value envelope', async () => {
    const res = (await call(fromApp, 'info', {})) as { ok: boolean; value: { app: string; dataDir: string } };
    expect(res.ok).toBe(true);
    expect(res.value.dataDir).toBe(path.join(dir, 'data'));
  });

  test('an invalid argument gives an INVALID_ARGUMENT envelope and runs no handler', async () => {
    const spy = vi.spyOn(core.handlers, 'search');
    const res = await call(fromApp, 'search', { query: 'x', limit: 100000, evil: true });
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message: '请求参数无效。' } });
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  test('an unknown method gives UNKNOWN_METHOD', async () => {
    expect(await call(fromApp, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await call(fromApp, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await call(fromApp, 42, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  test.each([
    ['a web page', { senderFrame: { url: 'https://evil.example/' } }],
    ['a file URL', { senderFrame: { url: 'file:///tmp/index.html' } }],
    ['another app host', { senderFrame: { url: 'app://evil/index.html' } }],
    ['userinfo trick', { senderFrame: { url: 'app://study-shelf@evil/index.html' } }],
    ['a destroyed frame', { senderFrame: null }],
    ['no frame at all', {}],
    [
      'a disposed frame whose getter throws',
      {
        get senderFrame() {
          throw new Error('Render frame was disposed');
        },
      },
    ],
  ])('a call from %s is refused with FORBIDDEN', async (_name, event) => {
    const spy = vi.spyOn(core.handlers, 'info');
    const res = await call(event, 'info', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/拒绝访问/) } });
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  test('unregister removes the channel', () => {
    unregister();
    expect(registered.has(CALL_CHANNEL)).toBe(false);
    unregister = registerHandlers(ipc, core.handlers);
  });
});

describe('registerPrintToPdf', () => {
  const pdfBytes = new TextEncoder().encode('%PDF-1.7 学习材料汇编');
  const printToPDF = vi.fn(async (_opts: { pageSize: 'A4'; printBackground: boolean }) => pdfBytes);
  const invoke = (event: unknown) => Promise.resolve(registered.get(PRINT_CHANNEL)!(event as never));

  test('prints the sending page to A4 with backgrounds and returns base64', async () => {
    const remove = registerPrintToPdf(ipc);
    const out = await invoke({ ...fromApp, sender: { printToPDF } });
    expect(Buffer.from(out as string, 'base64').toString('utf8')).toBe('%PDF-1.7 学习材料汇编');
    expect(printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true });
    remove();
    expect(registered.has(PRINT_CHANNEL)).toBe(false);
  });

  test('refuses pages that are not the app', async () => {
    registerPrintToPdf(ipc);
    printToPDF.mockClear();
    await expect(invoke({ senderFrame: { url: 'https://evil.example/' }, sender: { printToPDF } })).rejects.toThrow(
      /拒绝访问/,
    );
    await expect(invoke({ senderFrame: null, sender: { printToPDF } })).rejects.toThrow(/拒绝访问/);
    expect(printToPDF).not.toHaveBeenCalled();
  });
});
