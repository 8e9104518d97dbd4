// Wires the whole API onto one IPC channel. Every call is validated by dispatch (zod, typed
// errors); calls from frames that are not our app origin are refused before any handler runs.
import { dispatch, type ApiHandlers } from '../core/dispatch.js';
import type { ApiEnvelope } from '../contract/api.js';
import { CALL_CHANNEL } from '../preload/channels.js';
import { isAppUrl } from './app-origin.js';

export interface InvokeEventLike {
  senderFrame?: { url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

const FORBIDDEN: ApiEnvelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: '拒绝访问：调用来自不受信任的页面。' },
};

/** Registers the call channel; returns a function that removes it again. */
export function registerHandlers(
  ipc: IpcMainLike,
  handlers: ApiHandlers,
  isTrustedUrl: (url: string) => boolean = isAppUrl,
): () => void {
  ipc.handle(CALL_CHANNEL, async (event, method, arg) => {
    // senderFrame is null (or its getter throws) when the frame navigated away or was destroyed:
    // treat that as untrusted.
    let url: unknown;
    try {
      url = event?.senderFrame?.url;
    } catch {
      url = undefined;
    }
    if (typeof url !== 'string' || !isTrustedUrl(url)) return FORBIDDEN;
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: '未知的调用。' } } satisfies ApiEnvelope<never>;
    }
    return dispatch(handlers, method, arg);
  });
  return () => ipc.removeHandler(CALL_CHANNEL);
}
