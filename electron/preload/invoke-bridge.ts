// The API half of the preload bridge: one `invoke(method, arg)` that forwards a contract call over
// IPC and returns the envelope untouched. The renderer wraps it with the shared `createApi`, so IPC
// and HTTP give the same functions and the same error type. Names outside the contract never leave.
import { isApiMethodName } from '../shared/api-methods.js';

export type IpcInvoke = (method: string, arg: unknown) => Promise<unknown>;

export interface InvokeBridge {
  invoke(method: string, arg: unknown): Promise<unknown>;
}

export function createInvokeBridge(ipcInvoke: IpcInvoke): InvokeBridge {
  return Object.freeze({
    invoke(method: string, arg: unknown): Promise<unknown> {
      if (!isApiMethodName(method)) {
        return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_METHOD', message: '未知的调用。' } });
      }
      return ipcInvoke(method, arg ?? {});
    },
  });
}
