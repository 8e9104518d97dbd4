// Web mode security and API: token required, foreign Host/Origin refused, same validators as IPC.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app-core.js';
import { startWebServer, TOKEN_HEADER, type WebServer } from '../../../electron/web/web-server.js';
import { resolveStaticPath } from '../../../electron/core/static-files.js';
import http from 'node:http';

let dir: string;
let staticDir: string;
let core: Core;
let server: WebServer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-web-'));
  staticDir = path.join(dir, 'static');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>学习书架</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'do not serve');
  core = createCore({ dataDir: path.join(dir, 'data'), bundlePath: path.join(dir, 'none.sqlite') });
  server = await startWebServer({ handlers: core.handlers, staticDir });
});
afterAll(async () => {
  await server.close();
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Raw request so Host and Origin can be forged (fetch does not allow setting Host). */
function request(opts: {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: opts.path,
        method: opts.method ?? 'GET',
        headers: { host: `127.0.0.1:${server.port}`, ...opts.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const api = (method: string, arg: unknown, headers: Record<string, string> = { [TOKEN_HEADER]: server.token }) =>
  request({
    path: `/api/${method}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(arg),
  });

describe('web mode', () => {
  test('binds to loopback and prints a URL with the token', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=`));
    expect(server.token.length).toBeGreaterThanOrEqual(24);
  });

  test('an API call with the token succeeds', async () => {
    const res = await api('info', {});
    expect(res.status).toBe(200);
    const env = JSON.parse(res.body);
    expect(env.ok).toBe(true);
    expect(env.value.dataDir).toBe(path.join(dir, 'data'));
  });

  test('an API call without or with a wrong token gets 401', async () => {
    expect((await api('info', {}, {})).status).toBe(401);
    expect((await api('info', {}, { [TOKEN_HEADER]: 'x'.repeat(server.token.length) })).status).toBe(401);
  });

  test('a foreign Origin or Host gets 403, even with the token', async () => {
    expect((await api('info', {}, { [TOKEN_HEADER]: server.token, origin: 'http://evil.example' })).status).toBe(403);
    expect((await request({ path: '/', headers: { host: 'evil.example' } })).status).toBe(403);
    expect(
      (
        await request({
          path: `/api/info`,
          method: 'POST',
          headers: { host: `attacker.test:${server.port}`, [TOKEN_HEADER]: server.token },
        })
      ).status,
    ).toBe(403);
    expect(
      (await api('info', {}, { [TOKEN_HEADER]: server.token, origin: `http://localhost:${server.port}` })).status,
    ).toBe(200);
  });

  test('arguments are validated by the contract: bad input gets a typed error in Chinese', async () => {
    const env = JSON.parse((await api('setSettings', { fontSize: 99 })).body);
    expect(env).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message: '请求参数无效。' } });
    const unknown = JSON.parse((await api('dropAllTables', {})).body);
    expect(unknown.error.code).toBe('UNKNOWN_METHOD');
    const notJson = await request({
      path: '/api/info',
      method: 'POST',
      headers: { [TOKEN_HEADER]: server.token },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
  });

  test('settings written over HTTP persist in the user database', async () => {
    await api('setSettings', { theme: 'dark', fontSize: 22 });
    expect(JSON.parse((await api('getSettings', {})).body).value).toEqual({
      theme: 'dark',
      fontSize: 22,
      seenHints: [],
    });
  });

  test('serves the renderer with a strict CSP and never files outside it', async () => {
    const index = await request({ path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['content-security-policy']).not.toContain('unsafe-eval');
    expect((await request({ path: '/assets/app.js' })).headers['content-type']).toContain('javascript');
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%5csecret.txt']) {
      const res = await request({ path: p });
      expect(res.body).not.toContain('do not serve');
    }
    expect((await request({ path: '/', method: 'DELETE' })).status).toBe(405);
  });
});

describe('resolveStaticPath', () => {
  test.each([
    ['/index.html', 'index.html'],
    ['/assets/app.js', 'assets/app.js'],
    ['/reader', 'index.html'],
    ['/../secret.txt', null],
    ['/%2e%2e/secret.txt', null],
    ['/a%00b', null],
    ['/%E0%A4%A', null],
    ['/missing.js', null],
  ])('%s → %s', (url, expected) => {
    const got = resolveStaticPath(staticDir, url);
    expect(got === null ? null : path.relative(staticDir, got)).toBe(expected);
  });
});
