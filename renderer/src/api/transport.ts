// Picks how the UI talks to the core: the preload bridge in Electron, else HTTP in web mode.
// Both implement the same contract, so the rest of the UI never knows which one it has.
import type { ApiEnvelope, ApiErrorCode, StudyShelfApi } from '../../../electron/contract/api';

declare global {
  interface Window {
    studyShelf?: StudyShelfApi;
  }
}

/** Error thrown by API calls: `message` is already a Chinese, user-facing sentence. */
export class CallError extends Error {
  constructor(
    readonly code: ApiErrorCode | 'NETWORK' | 'UNAUTHORIZED',
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'study-shelf-token';

/** Reads the per-run token from the URL once, keeps it for reloads, and hides it from the address bar. */
function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  return fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function createHttpApi(): StudyShelfApi {
  const token = takeToken();
  const call = async (method: string, arg: unknown) => {
    let res: Response;
    try {
      res = await fetch(`./api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Study-Shelf-Token': token },
        body: JSON.stringify(arg ?? {}),
      });
    } catch {
      throw new CallError('NETWORK', '无法连接到学习书架服务，请确认它仍在运行。');
    }
    const envelope = (await res.json().catch(() => null)) as ApiEnvelope<unknown> | null;
    if (res.status === 401) throw new CallError('UNAUTHORIZED', '访问令牌无效，请使用启动时打印的完整地址打开。');
    if (!envelope) throw new CallError('INTERNAL', `服务返回了无法识别的响应（${res.status}）。`);
    if (!envelope.ok) throw new CallError(envelope.error.code, envelope.error.message);
    return envelope.value;
  };
  return new Proxy({} as StudyShelfApi, {
    get: (_target, method: string) => (arg: unknown) => call(method, arg),
  });
}

export const api: StudyShelfApi = window.studyShelf ?? createHttpApi();
export const transportKind: 'electron' | 'http' = window.studyShelf ? 'electron' : 'http';
