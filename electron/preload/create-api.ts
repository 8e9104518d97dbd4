// Builds the renderer-facing API from a generic `invoke`: one named function per contract method,
// each unwrapping the envelope. Errors are plain objects (not Error instances) because
// contextBridge drops custom properties such as `code` from real Errors.
import { API_METHODS, type ApiErrorCode, type StudyShelfApi } from '../contract/api.js';

export type Invoke = (method: string, arg: unknown) => Promise<unknown>;

/** What a failed call rejects with: `message` is a Chinese sentence for the user. */
export interface BridgeError {
  name: 'ApiError';
  code: ApiErrorCode;
  message: string;
  details?: string[];
}

function bridgeError(code: ApiErrorCode, message: string, details?: unknown): BridgeError {
  const err: BridgeError = { name: 'ApiError', code, message };
  if (Array.isArray(details) && details.every((d) => typeof d === 'string')) err.details = details;
  return err;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** Turns whatever came back over IPC into a value or a thrown BridgeError. */
export function unwrapEnvelope(envelope: unknown): unknown {
  if (isRecord(envelope) && envelope.ok === true && 'value' in envelope) return envelope.value;
  if (isRecord(envelope) && envelope.ok === false && isRecord(envelope.error)) {
    const { code, message, details } = envelope.error;
    if (typeof code === 'string' && typeof message === 'string') {
      throw bridgeError(code as ApiErrorCode, message, details);
    }
  }
  throw bridgeError('INTERNAL', '应用后台返回了无法识别的响应。');
}

export function createApi(invoke: Invoke): StudyShelfApi {
  const api: Record<string, (arg: unknown) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    api[method] = async (arg: unknown) => {
      let envelope: unknown;
      try {
        envelope = await invoke(method, arg ?? {});
      } catch {
        // The IPC channel itself failed (main crashed, handler missing): no envelope to unwrap.
        throw bridgeError('INTERNAL', '与应用后台通信失败，请重启学习书架。');
      }
      return unwrapEnvelope(envelope);
    };
  }
  return Object.freeze(api) as unknown as StudyShelfApi;
}
