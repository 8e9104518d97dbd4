// Wires the whole API onto one IPC channel. Every call is validated by dispatch (zod, typed
// errors); calls from frames that are not our app origin are refused before any handler runs.
import { dispatch, type ApiHandlers } from '../core/dispatch.js';
import type { ApiEnvelope } from '../contract/api.js';
import { CALL_CHANNEL, PRINT_CHANNEL } from '../shared/ipc-channels.js';
import { isAppUrl } from './app-origin.js';

export interface InvokeEventLike {
  senderFrame?: { url: string } | null;
  sender?: { printToPDF(options: { pageSize: 'A4'; printBackground: boolean }): Promise<Uint8Array> };
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

const FORBIDDEN: ApiEnvelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: '拒绝访问：调用来自不受信任的页面。' },
};

/** senderFrame is null (or its getter throws) when the frame navigated away or was destroyed:
 * that counts as untrusted. */
export function isTrustedSender(event: InvokeEventLike, isTrustedUrl: (url: string) => boolean = isAppUrl): boolean {
  let url: unknown;
  try {
    url = event?.senderFrame?.url;
  } catch {
    url = undefined;
  }
  return typeof url === 'string' && isTrustedUrl(url);
}

/** Registers the call channel; returns a function that removes it again. */
export function registerHandlers(
  ipc: IpcMainLike,
  handlers: ApiHandlers,
  isTrustedUrl: (url: string) => boolean = isAppUrl,
): () => void {
  ipc.handle(CALL_CHANNEL, async (event, method, arg) => {
    if (!isTrustedSender(event, isTrustedUrl)) return FORBIDDEN;
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: '未知的调用。' } } satisfies ApiEnvelope<never>;
    }
    return dispatch(handlers, method, arg);
  });
  return () => ipc.removeHandler(CALL_CHANNEL);
}

/** Desktop PDF of the page being shown (handouts): A4 with backgrounds, returned as base64 to the
 * renderer, which saves it like any other export. Only our own pages may ask. */
export function registerPrintToPdf(ipc: IpcMainLike, isTrustedUrl: (url: string) => boolean = isAppUrl): () => void {
  ipc.handle(PRINT_CHANNEL, async (event) => {
    if (!isTrustedSender(event, isTrustedUrl) || !event.sender) throw new Error('拒绝访问：调用来自不受信任的页面。');
    const pdf = await event.sender.printToPDF({ pageSize: 'A4', printBackground: true });
    return Buffer.from(pdf).toString('base64');
  });
  return () => ipc.removeHandler(PRINT_CHANNEL);
}
