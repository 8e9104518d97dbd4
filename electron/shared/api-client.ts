// The renderer's one API client, whatever the transport: `createApi(invoke)` builds one function
// per contract method; `invoke` carries a call over IPC (Electron) or HTTP (web mode) and returns
// the envelope. Every failure rejects with one error type carrying a contract error code and a
// Chinese message (pure: used by the renderer, tested in Node).
import type { ApiErrorCode, ApiMethod, StudyShelfApi } from '../contract/api.js';
import { isApiErrorCode } from '../contract/errors.js';
import { API_METHOD_NAMES } from './api-methods.js';

/** Sends one call and resolves with whatever envelope came back; rejects only if the channel failed. */
export type Invoke = (method: ApiMethod, arg: unknown) => Promise<unknown>;

/** What every failed call rejects with: `message` is a Chinese sentence for the user. */
export class ApiCallError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** Turns a reply into its value, or throws ApiCallError for an error envelope or anything malformed. */
export function unwrapEnvelope(envelope: unknown): unknown {
  if (isRecord(envelope) && envelope.ok === true && 'value' in envelope) return envelope.value;
  if (isRecord(envelope) && envelope.ok === false && isRecord(envelope.error)) {
    const { code, message, details } = envelope.error;
    if (isApiErrorCode(code) && typeof message === 'string') {
      const list = Array.isArray(details) && details.every((d) => typeof d === 'string') ? details : undefined;
      throw new ApiCallError(code, message, list);
    }
  }
  throw new ApiCallError('INTERNAL', '应用后台返回了无法识别的响应。');
}

export function createApi(invoke: Invoke): StudyShelfApi {
  const api: Record<string, (arg?: unknown) => Promise<unknown>> = {};
  for (const method of API_METHOD_NAMES) {
    api[method] = async (arg?: unknown) => {
      let envelope: unknown;
      try {
        envelope = await invoke(method, arg ?? {});
      } catch {
        throw new ApiCallError('NETWORK', '与学习书架后台的连接中断，请确认它仍在运行，或重启学习书架。');
      }
      return unwrapEnvelope(envelope);
    };
  }
  return Object.freeze(api) as unknown as StudyShelfApi;
}
