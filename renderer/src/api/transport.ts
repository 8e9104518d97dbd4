// Picks how the UI talks to the core: the preload bridge in Electron, else HTTP in web mode. Both
// go through the one shared client, so the rest of the UI never knows which one it has.
import type { FileRef } from '../../../electron/contract/api';
import { createApi, type Invoke } from '../../../electron/shared/api-client';
import { createHttpInvoke, uploadOverHttp } from './http-invoke';

declare global {
  interface Window {
    studyShelfBridge?: { invoke: Invoke };
  }
}

export { ApiCallError } from '../../../electron/shared/api-client';
export const transportKind: 'electron' | 'http' = window.studyShelfBridge ? 'electron' : 'http';
/** Fired when any call finds the database damaged, so the recovery page can take over. */
export const DATABASE_DAMAGED_EVENT = 'study-shelf:database-damaged';

const invoke: Invoke = window.studyShelfBridge?.invoke ?? createHttpInvoke();
export const api = createApi(async (method, arg) => {
  const envelope = await invoke(method, arg);
  const code = (envelope as { error?: { code?: string } } | null)?.error?.code;
  if (code === 'DATABASE_DAMAGED') window.dispatchEvent(new Event(DATABASE_DAMAGED_EVENT));
  return envelope;
});

async function toBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A file for an import call: streamed to disk first in web mode, inline over IPC in the app. */
export async function fileRef(file: File): Promise<FileRef> {
  if (transportKind === 'http') return { name: file.name, uploadId: await uploadOverHttp(file) };
  return { name: file.name, dataBase64: await toBase64(file) };
}
