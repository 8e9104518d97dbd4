// The app:// protocol: serves the built renderer (dist/renderer) read-only. Resolution and headers
// are pure functions so they are testable without Electron; GET only, no path traversal (also
// percent-encoded), strict CSP on every response.
import fs from 'node:fs';
import path from 'node:path';
import { contentTypeFor, CSP } from '../core/static-files.js';
import { APP_HOST, APP_SCHEME } from './app-origin.js';

// One policy for the desktop app and web mode (no eval, scripts only from the app itself).
export const APP_CSP = CSP;

export type AppResolution =
  | { status: 200; file: string; headers: Record<string, string> }
  | { status: 400 | 403 | 404 | 405; headers: Record<string, string> };

function baseHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': APP_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

function fail(status: 400 | 403 | 404 | 405): AppResolution {
  const headers = baseHeaders();
  if (status === 405) headers.Allow = 'GET';
  return { status, headers };
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Maps an app:// request to a file under root. Client-side routes (no extension) fall back to
 * index.html; anything odd is refused rather than guessed at. */
export function resolveAppRequest(method: string, rawUrl: string, root: string): AppResolution {
  if (method.toUpperCase() !== 'GET') return fail(405);
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return fail(400);
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return fail(403);
  const segments: string[] = [];
  for (const raw of url.pathname.split('/')) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return fail(400);
    }
    // Decoded separators, dot segments, NUL and drive letters could step outside root.
    if (seg === '.' || seg === '..' || /[/\\\0:]/.test(seg)) return fail(403);
    if (seg !== '') segments.push(seg);
  }
  const rootAbs = path.resolve(root);
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  let file = path.resolve(rootAbs, relative);
  if (file !== rootAbs && !file.startsWith(rootAbs + path.sep)) return fail(403);
  if (!isFile(file)) {
    if (path.extname(relative) !== '') return fail(404);
    file = path.join(rootAbs, 'index.html');
    if (!isFile(file)) return fail(404);
  }
  return { status: 200, file, headers: { ...baseHeaders(), 'Content-Type': contentTypeFor(file) } };
}

/** A fetch-style handler for `protocol.handle('app', ...)` (Request/Response are global in Node too). */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const res = resolveAppRequest(request.method, request.url, root);
    if (res.status !== 200) return new Response(null, { status: res.status, headers: res.headers });
    const body = await fs.promises.readFile(res.file);
    return new Response(body, { status: 200, headers: res.headers });
  };
}
