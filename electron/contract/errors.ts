// Errors of the API contract: typed, serialisable across IPC and HTTP, with a Chinese message.
// Every transport (IPC, HTTP, the CLI) reports failures with these codes and no others.

export const API_ERROR_CODES = [
  'INVALID_ARGUMENT',
  'NOT_FOUND',
  'UNKNOWN_METHOD',
  'BAD_INPUT',
  'INTERNAL',
  'FORBIDDEN',
  // Storage and data safety (each message says what to do).
  'DATABASE_DAMAGED',
  'DATABASE_TOO_NEW',
  'DATABASE_LOCKED',
  'READ_ONLY_LOCATION',
  'READ_ONLY_MODE',
  'DISK_FULL',
  // Imported files.
  'FILE_TOO_LARGE',
  'FILE_DAMAGED',
  'IMPORT_LIMIT',
  'CANCELLED',
  // Transport-level failures (web mode and the renderer's client).
  'UNAUTHORIZED',
  'BAD_REQUEST',
  'METHOD_NOT_ALLOWED',
  'PAYLOAD_TOO_LARGE',
  'NETWORK',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

export interface ApiErrorPayload {
  code: ApiErrorCode;
  /** A message for the user, in Simplified Chinese. */
  message: string;
  details?: string[];
}
export type ApiEnvelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
  toPayload(): ApiErrorPayload {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}
