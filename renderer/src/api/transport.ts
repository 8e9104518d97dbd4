// Picks how the UI talks to the core: the preload bridge in Electron, else HTTP in web mode. Both
// go through the one shared client, so the rest of the UI never knows which one it has.
import { createApi, type Invoke } from '../../../electron/shared/api-client';
import { createHttpInvoke } from './http-invoke';

declare global {
  interface Window {
    studyShelfBridge?: { invoke: Invoke };
  }
}

export { ApiCallError } from '../../../electron/shared/api-client';
export const transportKind: 'electron' | 'http' = window.studyShelfBridge ? 'electron' : 'http';
export const api = createApi(window.studyShelfBridge?.invoke ?? createHttpInvoke());
