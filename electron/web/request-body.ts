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
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.pause();
        reject(new BodyTooLarge(limit));
      } else chunks.push(c);
    });
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

export const mb = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${Math.round(bytes / 1024 / 1024)} MB`;
