// Safety-test helpers: a core on a temp data folder with a small real bundle, user data in every
// kind of table (imported document, tags, annotations, 金句本, a question with review history, a
// study session with its record), and small file-corruption tools.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core, type CoreOptions } from '../../../electron/core/app-core.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import type { ApiArgs, ApiMethod, ApiResults } from '../../../electron/contract/api.js';
import { P1, sampleDocs } from '../workspace/fixtures.js';
import { writeBundle } from '../search/fixtures.js';

export interface SafeCore {
  core: Core;
  dir: string;
  dataDir: string;
  bundlePath: string;
  call<M extends ApiMethod>(method: M, arg: ApiArgs<M>): Promise<ApiResults[M]>;
  /** The raw envelope error of a failing call. */
  fail<M extends ApiMethod>(method: M, arg: ApiArgs<M>): Promise<{ code: string; message: string }>;
  reopen(opts?: Partial<CoreOptions>): void;
  close(): void;
}

export function tempDir(prefix = 'shelf-safety-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function openSafeCore(opts: Partial<CoreOptions> & { dir?: string } = {}): SafeCore {
  const dir = opts.dir ?? tempDir();
  const bundlePath = path.join(dir, 'content.sqlite');
  if (!fs.existsSync(bundlePath)) writeBundle(bundlePath, sampleDocs());
  const dataDir = opts.dataDir ?? path.join(dir, 'data');
  const t: SafeCore = {
    core: createCore({ ...opts, dataDir, bundlePath }),
    dir,
    dataDir,
    bundlePath,
    async call(method, arg) {
      const r = await dispatch(t.core.handlers, method, arg);
      if (!r.ok) throw Object.assign(new Error(`${r.error.code}: ${r.error.message}`), { code: r.error.code });
      return r.value as never;
    },
    async fail(method, arg) {
      const r = await dispatch(t.core.handlers, method, arg);
      if (r.ok) throw new Error(`${method} unexpectedly succeeded`);
      return r.error;
    },
    reopen(more = {}) {
      t.core.close();
      t.core = createCore({ ...opts, ...more, dataDir, bundlePath });
    },
    close() {
      t.core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/** Writes user data into every domain; returns how many annotations it made. */
export async function seedUserData(t: SafeCore, annotations = 3): Promise<void> {
  const text =
    '关于加强基层党组织建设的通知\n\n各支部要认真组织开展主题党日活动，落实“三会一课”制度，确保活动取得实效，推动党史学习教育走深走实，切实把学习成果转化为工作动力。';
  await t.call('importFiles', { files: [{ name: '通知.txt', dataBase64: b64(text) }] });
  for (let i = 0; i < annotations; i++) {
    const start = i % (P1.length - 4);
    await t.call('createAnnotation', {
      docId: 'b:doc1',
      paragraph: 1,
      start,
      end: start + 4,
      color: 'yellow',
      note: `批注 ${i} <script>alert(1)</script>`,
      tags: ['理论/人民'],
    });
  }
  await t.call('saveQuote', { docId: 'b:doc1', paragraph: 1, text: '以人民为中心', tags: ['金句'] });
  const q = await t.call('quizSave', {
    kind: '单选',
    stem: '新时代党的建设总要求的主线是什么？',
    options: ['加强党的长期执政能力建设、先进性和纯洁性建设', '全面从严治党', '思想建党'],
    correct: [0],
    explanation: '见党章。',
    tags: ['党建'],
  });
  await t.call('quizAnswer', { itemId: q.id, mode: 'daily', choice: [1] });
  const s = await t.call('createSession', {
    title: '三月主题党日',
    kind: '主题党日',
    date: '2025-03-05',
    attendees: ['张三', '李四'],
  });
  await t.call('saveSessionRecord', { id: s.id, attendance: [{ name: '张三', present: true }] });
}

/** Overwrites `length` bytes at `offset` with a fixed garbage pattern. */
export function garble(file: string, offset: number, length: number): void {
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(length, 0xa5), 0, length, offset);
  fs.closeSync(fd);
}
