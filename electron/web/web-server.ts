// Web mode: serves the built renderer and the same API (same validators, same core) over HTTP on
// 127.0.0.1 only. Each run has a random token; requests with a foreign Host or Origin are refused
// (DNS-rebinding and cross-site protection), API calls without the token get 401.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { ApiErrorCode } from '../contract/api.js';
import { dispatch, type ApiHandlers } from '../core/dispatch.js';
import { contentTypeFor, resolveStaticPath, SECURITY_HEADERS } from '../core/static-files.js';

export interface WebServerOptions {
  handlers: ApiHandlers;
  /** Folder holding the built renderer (index.html and assets). */
  staticDir: string;
  port?: number;
  token?: string;
  /** Largest accepted request body, in bytes (imports send whole files). */
  maxBodyBytes?: number;
}

export interface WebServer {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export const TOKEN_HEADER = 'x-study-shelf-token';

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

function tokensMatch(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new Error('too-large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = opts.token ?? crypto.randomBytes(24).toString('base64url');
  const maxBody = opts.maxBodyBytes ?? 300 * 1024 * 1024;
  let allowedHosts = new Set<string>();

  const server = http.createServer(async (req, res) => {
    try {
      const host = req.headers.host ?? '';
      if (!allowedHosts.has(host)) return sendError(res, 403, 'FORBIDDEN', '拒绝访问：主机名不匹配。');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
        return sendError(res, 403, 'FORBIDDEN', '拒绝访问：来源不受信任。');
      }
      const url = new URL(req.url ?? '/', `http://${host}`);
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return sendError(res, 405, 'METHOD_NOT_ALLOWED', '只接受 POST 请求。');
        const given = req.headers[TOKEN_HEADER];
        if (!tokensMatch(Array.isArray(given) ? given[0] : given, token)) {
          return sendError(res, 401, 'UNAUTHORIZED', '缺少或错误的访问令牌，请使用启动时打印的地址打开。');
        }
        let arg: unknown = {};
        try {
          const body = await readBody(req, maxBody);
          arg = body.length ? JSON.parse(body.toString('utf8')) : {};
        } catch (err) {
          const tooLarge = err instanceof Error && err.message === 'too-large';
          return sendError(
            res,
            tooLarge ? 413 : 400,
            tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST',
            tooLarge ? '上传内容过大。' : '请求内容不是有效的 JSON。',
          );
        }
        const method = decodeURIComponent(url.pathname.slice('/api/'.length));
        return send(res, 200, JSON.stringify(await dispatch(opts.handlers, method, arg)));
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
