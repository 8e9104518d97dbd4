// The preload factory: one function per contract method, envelopes unwrapped, errors as plain
// objects with code + Chinese message; the menu bridge never leaks the IPC event.
import { describe, expect, test, vi } from 'vitest';
import { API_METHODS } from '../../../electron/contract/api.js';
import { createApi } from '../../../electron/preload/create-api.js';
import { createShellBridge } from '../../../electron/preload/shell-bridge.js';

describe('createApi', () => {
  test('exposes exactly one function per contract method', () => {
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

  test('an error envelope rejects with a plain object carrying code, message and details', async () => {
    const api = createApi(async () => ({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: '请求参数无效。', details: ['limit: too big'] },
    }));
    const err = await api.search({ query: 'x' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toEqual({
      name: 'ApiError',
      code: 'INVALID_ARGUMENT',
      message: '请求参数无效。',
      details: ['limit: too big'],
    });
    expect(err).not.toBeInstanceOf(Error);
  });

  test('a failing invoke becomes an INTERNAL error with a Chinese message', async () => {
    const api = createApi(async () => {
      throw new Error('No handler registered');
    });
    await expect(api.info({})).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/通信失败/) });
  });

  test.each([[undefined], [null], ['ok'], [{ ok: false }], [{ ok: false, error: { code: 1 } }], [{ value: 1 }]])(
    'a malformed reply %j is refused',
    async (reply) => {
      const api = createApi(async () => reply);
      await expect(api.info({})).rejects.toMatchObject({ code: 'INTERNAL' });
    },
  );
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
