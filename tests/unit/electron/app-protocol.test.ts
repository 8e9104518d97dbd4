// The app:// protocol: GET only, no traversal (plain or percent-encoded), right MIME types,
// strict CSP on every answer, SPA fallback for client routes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { APP_CSP, createAppProtocolHandler, resolveAppRequest } from '../../../electron/main/app-protocol.js';

let dir: string;
let root: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-proto-'));
  root = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>学习书架</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
  fs.writeFileSync(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'do not serve');
  fs.mkdirSync(path.join(dir, 'renderer-evil'));
  fs.writeFileSync(path.join(dir, 'renderer-evil', 'x.js'), 'evil');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('resolveAppRequest', () => {
  test.each([
    ['app://study-shelf/', 'index.html', 'text/html; charset=utf-8'],
    ['app://study-shelf/index.html', 'index.html', 'text/html; charset=utf-8'],
    ['app://study-shelf/assets/app.js', 'assets/app.js', 'text/javascript; charset=utf-8'],
    ['app://study-shelf/assets/app.css?v=1', 'assets/app.css', 'text/css; charset=utf-8'],
    ['app://study-shelf/assets/logo.svg#x', 'assets/logo.svg', 'image/svg+xml'],
    ['app://study-shelf/library/some-doc', 'index.html', 'text/html; charset=utf-8'],
  ])('%s → %s (%s)', (url, file, type) => {
    const res = resolveAppRequest('GET', url, root);
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    expect(res.file).toBe(path.join(root, file));
    expect(res.headers['Content-Type']).toBe(type);
    expect(res.headers['Content-Security-Policy']).toBe(APP_CSP);
    expect(res.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  test.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'HEAD'])('%s is refused with 405', (method) => {
    const res = resolveAppRequest(method, 'app://study-shelf/index.html', root);
    expect(res.status).toBe(405);
    expect(res.headers.Allow).toBe('GET');
  });

  test.each([
    'app://study-shelf/%2e%2e/secret.txt',
    'app://study-shelf/%2E%2E/secret.txt',
    'app://study-shelf/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://study-shelf/..%2fsecret.txt',
    'app://study-shelf/..%5csecret.txt',
    'app://study-shelf/assets/..%5c..%5csecret.txt',
    'app://study-shelf/%00index.html',
    'app://study-shelf/C:%5cWindows%5cwin.ini',
    'app://study-shelf/%2fetc%2fpasswd',
  ])('traversal attempt %s is refused', (url) => {
    const res = resolveAppRequest('GET', url, root);
    expect(res.status).not.toBe(200);
    expect([400, 403, 404]).toContain(res.status);
  });

  test('plain ../ segments are normalised inside root, never outside it', () => {
    const res = resolveAppRequest('GET', 'app://study-shelf/../../secret.txt', root);
    expect(res.status).toBe(404);
    const sibling = resolveAppRequest('GET', 'app://study-shelf/../renderer-evil/x.js', root);
    expect(sibling.status).toBe(404);
  });

  test('a malformed escape is a 400, a foreign host a 403, a missing asset a 404', () => {
    expect(resolveAppRequest('GET', 'app://study-shelf/%E0%A4%A', root).status).toBe(400);
    expect(resolveAppRequest('GET', 'app://evil/index.html', root).status).toBe(403);
    expect(resolveAppRequest('GET', 'https://study-shelf/index.html', root).status).toBe(403);
    expect(resolveAppRequest('GET', 'app://study-shelf/assets/missing.js', root).status).toBe(404);
    expect(resolveAppRequest('GET', 'not a url', root).status).toBe(400);
  });

  test('error answers carry the CSP too', () => {
    expect(
      resolveAppRequest('GET', 'app://study-shelf/%2e%2e/secret.txt', root).headers['Content-Security-Policy'],
    ).toBe(APP_CSP);
  });
});

describe('createAppProtocolHandler', () => {
  const handler = () => createAppProtocolHandler(root);

  test('serves file bytes with headers', async () => {
    const res = await handler()(new Request('app://study-shelf/assets/app.js'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(await res.text()).toBe('console.log(1)');
  });

  test('never returns the secret, whatever the encoding', async () => {
    for (const url of [
      'app://study-shelf/%2e%2e/secret.txt',
      'app://study-shelf/..%2fsecret.txt',
      'app://study-shelf/../secret.txt',
    ]) {
      const res = await handler()(new Request(url));
      expect(res.status).not.toBe(200);
      expect(await res.text()).not.toContain('do not serve');
    }
  });

  test('POST is refused', async () => {
    const res = await handler()(new Request('app://study-shelf/index.html', { method: 'POST', body: 'x' }));
    expect(res.status).toBe(405);
  });
});

test('the CSP is the strict one', () => {
  expect(APP_CSP).toContain("script-src 'self'");
  expect(APP_CSP).not.toContain('unsafe-eval');
  expect(APP_CSP).toContain("object-src 'none'");
  expect(APP_CSP).toContain("frame-ancestors 'none'");
});
