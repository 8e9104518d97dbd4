// Web mode: serves the built renderer and the same API (same validators, same core) over HTTP on
// 127.0.0.1 only. Each run has a random token; requests with a foreign Host or Origin are refused
// (DNS-rebinding and cross-site protection), API calls without the token get 401. Files to import
// are streamed to disk with `POST /upload` and then named by id in the import call.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { ApiErrorCode } from '../contract/api.js';
import { dispatch, type ApiHandlers } from '../core/dispatch.js';
import { contentTypeFor, resolveStaticPath, SECURITY_HEADERS } from '../core/static-files.js';
import { newUpload } from '../core/imports/uploads.js';
import { storageError } from '../core/storage-errors.js';
import { mb, UPLOAD_MAX_BYTES } from '../shared/api-limits.js';
import { BodyTooLarge, declaresTooLarge, lingerAfterRefusal, readJsonBody, streamBodyToFile } from './request-body.js';

export interface WebServerOptions {
  handlers: ApiHandlers;
  /** Folder holding the built renderer (index.html and assets). */
  staticDir: string;
  /** The data folder: uploads are staged in its `uploads/` folder. Without it, uploads are refused. */
  dataDir?: string;
  port?: number;
  token?: string;
  /** Largest accepted JSON body of an API call, in bytes. */
  maxBodyBytes?: number;
  /** Largest accepted upload, in bytes (an export-everything archive can be large). */
  maxUploadBytes?: number;
}

export interface WebServer {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export const TOKEN_HEADER = 'x-study-shelf-token';
export const UPLOAD_PATH = '/upload';

function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'application/json; charset=utf-8',
) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...SECURITY_HEADERS });
  res.end(body);
}

function sendError(res: http.ServerResponse, status: number, code: ApiErrorCode, message: string) {
  send(res, status, JSON.stringify({ ok: false, error: { code, message } }));
}

function tooLarge(req: http.IncomingMessage, res: http.ServerResponse, limit: number, what: string) {
  lingerAfterRefusal(req, res);
  sendError(res, 413, 'PAYLOAD_TOO_LARGE', `${what}超过 ${mb(limit)} 的上限，已拒绝。请拆分成较小的文件后再试。`);
}

function tokensMatch(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = opts.token ?? crypto.randomBytes(24).toString('base64url');
  const maxBody = opts.maxBodyBytes ?? 16 * 1024 * 1024;
  const maxUpload = opts.maxUploadBytes ?? UPLOAD_MAX_BYTES;
  let allowedHosts = new Set<string>();

  async function handleUpload(req: http.IncomingMessage, res: http.ServerResponse) {
    if (!opts.dataDir) return sendError(res, 404, 'NOT_FOUND', '此服务不接受上传。');
    if (declaresTooLarge(req, maxUpload)) return tooLarge(req, res, maxUpload, '上传的文件');
    const { id, file } = newUpload(opts.dataDir);
    try {
      const bytes = await streamBodyToFile(req, file, maxUpload);
      send(res, 200, JSON.stringify({ ok: true, value: { uploadId: id, bytes } }));
    } catch (err) {
      if (err instanceof BodyTooLarge) return tooLarge(req, res, maxUpload, '上传的文件');
      const storage = storageError(err);
      if (storage) return sendError(res, 507, storage.code, storage.message);
      if (!res.headersSent) sendError(res, 400, 'BAD_REQUEST', '上传中断，请重试。');
    }
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string) {
    if (declaresTooLarge(req, maxBody)) return tooLarge(req, res, maxBody, '请求内容');
    let arg: unknown = {};
    try {
      const body = await readJsonBody(req, maxBody);
      arg = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch (err) {
      if (err instanceof BodyTooLarge) return tooLarge(req, res, maxBody, '请求内容');
      return sendError(res, 400, 'BAD_REQUEST', '请求内容不是有效的 JSON。');
    }
    return send(res, 200, JSON.stringify(await dispatch(opts.handlers, method, arg)));
  }

  const server = http.createServer(async (req, res) => {
    try {
      const host = req.headers.host ?? '';
      if (!allowedHosts.has(host)) return sendError(res, 403, 'FORBIDDEN', '拒绝访问：主机名不匹配。');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
        return sendError(res, 403, 'FORBIDDEN', '拒绝访问：来源不受信任。');
      }
      let url: URL;
      let pathname: string;
      try {
        url = new URL(req.url ?? '/', `http://${host}`);
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return sendError(res, 400, 'BAD_REQUEST', '请求地址的编码无效。');
      }
      if (pathname.startsWith('/api/') || pathname === UPLOAD_PATH) {
        if (req.method !== 'POST') return sendError(res, 405, 'METHOD_NOT_ALLOWED', '只接受 POST 请求。');
        const given = req.headers[TOKEN_HEADER];
        if (!tokensMatch(Array.isArray(given) ? given[0] : given, token)) {
          return sendError(res, 401, 'UNAUTHORIZED', '缺少或错误的访问令牌，请使用启动时打印的地址打开。');
        }
        if (pathname === UPLOAD_PATH) return await handleUpload(req, res);
        return await handleApi(req, res, pathname.slice('/api/'.length));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return sendError(res, 405, 'METHOD_NOT_ALLOWED', '不支持的请求方法。');
      const file = resolveStaticPath(opts.staticDir, url.pathname);
      if (!file) return sendError(res, 404, 'NOT_FOUND', '找不到该文件。');
      fs.readFile(file, (err, data) => {
        if (err) return sendError(res, 404, 'NOT_FOUND', '找不到该文件。');
        send(res, 200, data, contentTypeFor(file));
      });
    } catch (err) {
      console.error('[study-shelf] web request failed:', err);
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', '服务器内部错误。');
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Browsers keep connections alive; without this, close waits until they time out.
        server.closeAllConnections();
      }),
  };
}

export function defaultStaticDir(repoRoot: string): string {
  return path.join(repoRoot, 'dist', 'renderer');
}
