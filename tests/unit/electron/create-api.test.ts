// The one API client (shared by both transports) and the preload's invoke bridge: one function per
// contract method, envelopes unwrapped, every failure an ApiCallError with a contract code and a
// Chinese message; the menu bridge never leaks the IPC event.
import { describe, expect, test, vi } from 'vitest';
import { API_METHODS, apiSchemas } from '../../../electron/contract/api.js';
import { ApiCallError, createApi } from '../../../electron/shared/api-client.js';
import { createInvokeBridge } from '../../../electron/preload/invoke-bridge.js';
import { createShellBridge } from '../../../electron/preload/shell-bridge.js';

describe('createApi', () => {
  test("exposes exactly one function per contract method, and the method list is the validators' keys", () => {
    expect([...API_METHODS].sort()).toEqual(Object.keys(apiSchemas).sort());
    const api = createApi(async () => ({ ok: true, value: null }));
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
    for (const m of API_METHODS) expect(typeof api[m]).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  test('passes method and argument through and unwraps the value', async () => {
    const invoke = vi.fn(async (_m: string, _a: unknown) => ({ ok: true, value: { total: 3 } }));
    const api = createApi(invoke);
    await expect(api.search({ query: '共同富裕' })).resolves.toEqual({ total: 3 });
    expect(invoke).toHaveBeenCalledWith('search', { query: '共同富裕' });
  });

  test('a missing argument is sent as an empty object', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: 1 }));
    const api = createApi(invoke);
    await (api.info as (a?: unknown) => Promise<unknown>)();
    expect(invoke).toHaveBeenCalledWith('info', {});
  });

  test('an error envelope rejects with ApiCallError carrying code, message and details', async () => {
    const api = createApi(async () => ({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: '请求参数无效。', details: ['limit: too big'] },
    }));
    const err = await api.search({ query: 'x' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ApiCallError);
    expect(err).toMatchObject({ code: 'INVALID_ARGUMENT', message: '请求参数无效。', details: ['limit: too big'] });
  });

  test('a failing transport becomes a NETWORK error with a Chinese message', async () => {
    const api = createApi(async () => {
      throw new Error('fetch failed');
    });
    await expect(api.info({})).rejects.toMatchObject({ code: 'NETWORK', message: expect.stringMatching(/连接中断/) });
  });

  test.each([
    [undefined],
    [null],
    ['ok'],
    [{ ok: false }],
    [{ ok: false, error: { code: 1 } }],
    [{ ok: false, error: { code: 'NOT_A_CODE', message: 'x' } }],
    [{ value: 1 }],
  ])('a malformed reply %j is refused', async (reply) => {
    const api = createApi(async () => reply);
    await expect(api.info({})).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});

describe('createInvokeBridge', () => {
  test('forwards contract calls and refuses other names without touching IPC', async () => {
    const ipc = vi.fn(async () => ({ ok: true, value: 'pong' }));
    const bridge = createInvokeBridge(ipc);
    await expect(bridge.invoke('info', undefined)).resolves.toEqual({ ok: true, value: 'pong' });
    expect(ipc).toHaveBeenCalledWith('info', {});
    await expect(bridge.invoke('__proto__', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    await expect(bridge.invoke('constructor', {})).resolves.toMatchObject({ ok: false });
    expect(ipc).toHaveBeenCalledTimes(1);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  test('the client over the bridge gives the same error type as over HTTP', async () => {
    const bridge = createInvokeBridge(async () => ({ ok: false, error: { code: 'NOT_FOUND', message: '找不到。' } }));
    const api = createApi(bridge.invoke);
    await expect(api.getDocument({ id: 'x' })).rejects.toBeInstanceOf(ApiCallError);
  });
});

describe('createShellBridge', () => {
  function fakeIpc() {
    const listeners = new Map<string, Set<(e: unknown, ...a: unknown[]) => void>>();
    return {
      on(ch: string, l: (e: unknown, ...a: unknown[]) => void) {
        if (!listeners.has(ch)) listeners.set(ch, new Set());
        listeners.get(ch)!.add(l);
      },
      removeListener(ch: string, l: (e: unknown, ...a: unknown[]) => void) {
        listeners.get(ch)?.delete(l);
      },
      emit(ch: string, ...args: unknown[]) {
        for (const l of listeners.get(ch) ?? []) l({ sender: 'raw-ipc' }, ...args);
      },
      count: (ch: string) => listeners.get(ch)?.size ?? 0,
    };
  }

  test('delivers known menu commands only, without the IPC event, and unsubscribes', () => {
    const ipc = fakeIpc();
    const bridge = createShellBridge(ipc, 'menu');
    const cb = vi.fn();
    const off = bridge.onMenuCommand(cb);
    ipc.emit('menu', 'import-files');
    ipc.emit('menu', 'rm -rf');
    ipc.emit('menu', { command: 'import-files' });
    expect(cb.mock.calls).toEqual([['import-files']]);
    off();
    expect(ipc.count('menu')).toBe(0);
    ipc.emit('menu', 'import-files');
    expect(cb).toHaveBeenCalledTimes(1);
  });

  test('refuses a non-function callback', () => {
    const bridge = createShellBridge(fakeIpc(), 'menu');
    expect(() => bridge.onMenuCommand('x' as never)).toThrow(TypeError);
  });
});
