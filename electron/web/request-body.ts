// Request bodies in web mode, bounded: a declared Content-Length over the limit is refused before
// a byte is read; a body that grows past the limit while streaming stops there. JSON bodies are
// collected in memory (small by design); uploads stream to a file and are never held whole.
import fs from 'node:fs';
import type http from 'node:http';

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super('body too large');
  }
}

/** True when the request announces a body larger than `limit`. */
export function declaresTooLarge(req: http.IncomingMessage, limit: number): boolean {
  const declared = Number(req.headers['content-length'] ?? NaN);
  return Number.isFinite(declared) && declared > limit;
}

export function readJsonBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size <= limit) return void chunks.push(c);
      req.off('data', onData);
      req.pause();
      reject(new BodyTooLarge(limit));
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Streams the body into `file`; removes the file if the body is too large or the client aborts. */
export function streamBodyToFile(req: http.IncomingMessage, file: string, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const out = fs.createWriteStream(file, { flags: 'wx' });
    let size = 0;
    let failed = false;
    const fail = (err: Error) => {
      if (failed) return;
      failed = true;
      req.unpipe(out);
      req.pause();
      out.destroy();
      fs.rm(file, { force: true }, () => reject(err));
    };
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) fail(new BodyTooLarge(limit));
    });
    req.on('aborted', () => fail(new Error('aborted')));
    req.on('error', fail);
    out.on('error', fail);
    out.on('finish', () => {
      if (!failed) resolve(size);
    });
    req.pipe(out);
  });
}

/** How long a refused body may still arrive before its connection is dropped. */
const LINGER_MS = 2000;

/**
 * Lingering close for a refused body (call before the answer is written). The answer says
 * `Connection: close`; then, instead of Node's close at once, only our side of the connection is
 * shut and what the client is still sending is read and discarded until it stops or LINGER_MS
 * pass. Closing a socket with unread bytes makes the kernel send a reset, which can discard the
 * answer before the client (a browser busy uploading) reads it: it would see a broken connection
 * instead of the message.
 */
export function lingerAfterRefusal(req: http.IncomingMessage, res: http.ServerResponse): void {
  res.setHeader('Connection', 'close');
  const socket = req.socket;
  // Node ends and destroys the socket through destroySoon() once a closing answer is written.
  Object.assign(socket, { destroySoon: () => socket.end() });
  res.once('finish', () => {
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    socket.once('close', () => clearTimeout(timer));
    req.resume();
  });
}
