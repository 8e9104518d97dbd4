// Validates a call against the contract and runs its handler, always answering with a
// serialisable envelope. IPC (main) and HTTP (web mode) both go through here.
import { ZodError } from 'zod';
import { storageError } from './storage-errors.js';
import { ApiError } from '../contract/errors.js';
import { schemaOf } from '../contract/schema-of.js';
import { isApiMethodName } from '../shared/api-methods.js';
import type { ApiEnvelope, ApiMethod, ApiParsedArgs, ApiResults } from '../contract/api.js';

export type ApiHandlers = {
  [M in ApiMethod]: (arg: ApiParsedArgs<M>) => ApiResults[M] | Promise<ApiResults[M]>;
};

export function isApiMethod(name: string): name is ApiMethod {
  return isApiMethodName(name);
}

export async function dispatch(handlers: ApiHandlers, method: string, rawArg: unknown): Promise<ApiEnvelope<unknown>> {
  if (!isApiMethod(method)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `未知的调用：${method.slice(0, 80)}` } };
  }
  try {
    const arg = (await schemaOf(method)).parse(rawArg ?? {});
    const handler = handlers[method] as (a: unknown) => unknown;
    return { ok: true, value: await handler(arg) };
  } catch (err) {
    return { ok: false, error: toErrorPayload(err) };
  }
}

function toErrorPayload(err: unknown) {
  if (err instanceof ApiError) return err.toPayload();
  const storage = storageError(err);
  if (storage) return storage.toPayload();
  if (err instanceof ZodError) {
    return {
      code: 'INVALID_ARGUMENT' as const,
      message: '请求参数无效。',
      details: err.issues.slice(0, 10).map((i) => `${i.path.join('.') || '(参数)'}: ${i.message}`),
    };
  }
  // Unexpected failures: log for the developer, give the user a calm message.
  console.error('[study-shelf] handler failed:', err);
  return { code: 'INTERNAL' as const, message: '操作失败，请重试。如果问题持续存在，请查看日志。' };
}
