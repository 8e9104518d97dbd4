// Web mode's transport: a contract call as `POST ./api/<method>` with this run's token. Returns the
// server's envelope; rejects only when the server cannot be reached (the client reports NETWORK).
import type { ApiEnvelope } from '../../../electron/contract/api';
import { ApiCallError, type Invoke } from '../../../electron/shared/api-client';
import { uploadTooLarge } from '../../../electron/shared/api-limits';

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

export function createHttpInvoke(): Invoke {
  const token = takeToken();
  return async (method, arg) => {
    const res = await fetch(`./api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Study-Shelf-Token': token },
      body: JSON.stringify(arg ?? {}),
    });
    const envelope = (await res.json().catch(() => null)) as ApiEnvelope<unknown> | null;
    return (
      envelope ?? { ok: false, error: { code: 'INTERNAL', message: `服务返回了无法识别的响应（${res.status}）。` } }
    );
  };
}

/** Streams a file to the web-mode server (`POST ./upload`) and returns its upload id: imports then
 * name the id instead of carrying the file as base64 inside JSON. A file over the server's limit is
 * refused here, before the browser sends up to a gigabyte only to read the same refusal. */
export async function uploadOverHttp(file: Blob): Promise<string> {
  const refusal = uploadTooLarge(file.size);
  if (refusal) throw new ApiCallError('PAYLOAD_TOO_LARGE', refusal);
  let res: Response;
  try {
    res = await fetch('./upload', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/octet-stream',
        'X-Study-Shelf-Token': sessionStorage.getItem(TOKEN_KEY) ?? '',
      },
      body: file,
    });
  } catch {
    throw new ApiCallError('NETWORK', '上传中断：与本机服务的连接断开了。请确认学习书架仍在运行，然后重试。');
  }
  const envelope = (await res.json().catch(() => null)) as ApiEnvelope<{ uploadId: string }> | null;
  if (envelope?.ok) return envelope.value.uploadId;
  throw new ApiCallError(
    envelope?.error.code ?? 'NETWORK',
    envelope?.error.message ?? `上传失败（${res.status}），请重试。`,
  );
}
