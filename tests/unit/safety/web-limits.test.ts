// Web mode under bad requests: a malformed percent-encoding is a 400; a body over the limit is a
// 413 with a Chinese message before the body is read (declared length) or as soon as it passes the
// limit (chunked); files stream to disk with POST /upload and the import names them by id.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startWebServer, TOKEN_HEADER, type WebServer } from '../../../electron/web/web-server.js';
import { openSafeCore, type SafeCore } from './helpers.js';

let t: SafeCore;
let server: WebServer;
beforeAll(async () => {
  t = openSafeCore();
  server = await startWebServer({
    handlers: t.core.handlers,
    staticDir: t.dir,
    dataDir: t.dataDir,
    maxBodyBytes: 64 * 1024,
    maxUploadBytes: 1024 * 1024,
  });
});
afterAll(async () => {
  await server.close();
  t.close();
});

/** Sends headers, then `chunks` one by one; resolves with the response (status, JSON) and how much was sent. */
function send(pathname: string, headers: Record<string, string>, chunks: Buffer[], stopWhenAnswered = true) {
  return new Promise<{
    status: number;
    body: { ok: boolean; error?: { code: string; message: string }; value?: { uploadId: string } };
    sent: number;
  }>((resolve, reject) => {
    let sent = 0;
    let responded = false;
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: pathname,
        method: 'POST',
        headers: { host: `127.0.0.1:${server.port}`, [TOKEN_HEADER]: server.token, ...headers },
      },
      (res) => {
        responded = true;
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text), sent }));
        res.on('error', reject);
      },
    );
    // A server that refuses a body closes the connection after its answer: a write still on its
    // way then fails (EPIPE, ECONNRESET). That is the refusal, not an error, once the answer is
    // here; an answer still being read gets a moment to arrive.
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (!/^(EPIPE|ECONNRESET)$/.test(err.code ?? '')) return reject(err);
      if (!responded) setTimeout(() => (responded ? undefined : reject(err)), 500);
    });
    const next = (i: number) => {
      if (i >= chunks.length || req.destroyed || (responded && stopWhenAnswered)) return req.end();
      sent += chunks[i]!.length;
      req.write(chunks[i]!, () => setTimeout(() => next(i + 1), 5));
    };
    next(0);
  });
}

test('a malformed percent-encoding in the path is a 400, not a 500', async () => {
  const r = await send('/api/%E0%A4%A', { 'content-type': 'application/json' }, [Buffer.from('{}')]);
  expect(r.status).toBe(400);
  expect(r.body.error).toMatchObject({ code: 'BAD_REQUEST' });
});

test('a declared body over the limit is refused with 413 before it is read', async () => {
  const r = await send(
    '/api/importFiles',
    { 'content-type': 'application/json', 'content-length': String(300 * 1024 * 1024) },
    [],
  );
  expect(r.status).toBe(413);
  expect(r.body.error!.code).toBe('PAYLOAD_TOO_LARGE');
  expect(r.body.error!.message).toBe('请求内容超过 64 KB 的上限，已拒绝。请拆分成较小的文件后再试。');
  const up = await send('/upload', { 'content-length': String(2 * 1024 * 1024) }, []);
  expect(up.status).toBe(413);
  expect(up.body.error!.message).toContain('上传的文件超过 1 MB 的上限');
});

test('a chunked upload that grows past the limit stops there with 413 and leaves no file', async () => {
  const chunks = Array.from({ length: 40 }, () => Buffer.alloc(64 * 1024, 1));
  const r = await send('/upload', { 'transfer-encoding': 'chunked' }, chunks);
  expect(r.status).toBe(413);
  expect(r.sent).toBeLessThan(40 * 64 * 1024);
  expect(fs.readdirSync(path.join(t.dataDir, 'uploads'))).toEqual([]);
});

test('an uploader that keeps sending after the limit still gets the 413 and its message', async () => {
  // A browser streams the whole file before it reads the answer. Closing the connection with its
  // bytes unread resets it, and the answer can be lost: the server reads on for a moment instead.
  const chunks = Array.from({ length: 48 }, () => Buffer.alloc(64 * 1024, 1));
  for (let round = 0; round < 10; round++) {
    const r = await send('/upload', { 'transfer-encoding': 'chunked' }, chunks, false);
    expect(r.status).toBe(413);
    expect(r.body.error!.message).toContain('上传的文件超过 1 MB 的上限');
  }
  expect(fs.readdirSync(path.join(t.dataDir, 'uploads'))).toEqual([]);
});

test('an upload streams to disk and the import call names it; the upload is used once', async () => {
  const text =
    '关于开展主题党日活动的通知\n\n各支部要认真组织开展主题党日活动，落实“三会一课”制度，确保活动取得实效，推动学习走深走实。';
  const up = await send('/upload', { 'content-type': 'application/octet-stream' }, [Buffer.from(text)]);
  expect(up.status).toBe(200);
  const uploadId = up.body.value!.uploadId;
  const arg = JSON.stringify({ files: [{ name: '通知.txt', uploadId }] });
  const r = await send('/api/importFiles', { 'content-type': 'application/json' }, [Buffer.from(arg)]);
  expect(r.body).toMatchObject({ ok: true, value: { results: [{ status: 'imported' }] } });
  const again = await send('/api/importFiles', { 'content-type': 'application/json' }, [Buffer.from(arg)]);
  expect((again.body as unknown as { value: { results: { message: string }[] } }).value.results[0]!.message).toContain(
    '找不到上传的文件',
  );
  const forged = await send('/api/importFiles', { 'content-type': 'application/json' }, [
    Buffer.from(JSON.stringify({ files: [{ name: 'x.txt', uploadId: '../../study-shelf.sqlite' }] })),
  ]);
  expect(forged.body.error!.code).toBe('INVALID_ARGUMENT');
});

test('an upload without the token is refused before anything is written', async () => {
  const r = await send('/upload', { [TOKEN_HEADER]: 'wrong' }, [Buffer.from('x')]);
  expect(r.status).toBe(401);
});
