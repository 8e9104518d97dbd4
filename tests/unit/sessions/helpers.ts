// Test helpers for 学习专题: a small real bundle with the search index, 金句 and 提法, a core on a
// temp data folder, a typed `call` through dispatch (so zod validation runs), and DOCX reading.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { createCore, type Core } from '../../../electron/core/app-core.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import type { ApiArgs, ApiMethod, ApiResults } from '../../../electron/contract/api.js';
import type { ContentDocument } from '../../../electron/core/content/types.js';
import { makeDoc, writeBundle } from '../search/fixtures.js';

function quoted(
  d: ContentDocument,
  paragraph: number,
  text: string,
  speaker: string,
): ContentDocument['quotes'][number] {
  const p = d.paragraphs[paragraph]?.text ?? '';
  const start = p.indexOf(text);
  return {
    paragraph,
    start,
    end: start + text.length,
    text,
    speaker,
    occasion: null,
    date: d.date,
    citation: `——${speaker}《${d.title}》`,
  };
}

export function fixtureDocs(): ContentDocument[] {
  const a = makeDoc({
    id: 'b:jiceng',
    title: '在基层党组织建设工作会议上的讲话',
    type: '讲话',
    date: '2024-06-30',
    source: '人民日报',
    speakers: [{ name: '张三', role: null }],
    body: [
      '基层党组织是党的全部工作和战斗力的基础。',
      '要推行“四议两公开”工作法，把基层党组织建设成为坚强战斗堡垒。',
      '党员要发挥先锋模范作用。',
    ],
  });
  a.quotes = [quoted(a, 0, '基层党组织是党的全部工作和战斗力的基础', '张三')];
  a.terms = [{ term: '四议两公开', occurrences: [{ paragraph: 1, start: 4 }] }];
  const b = makeDoc({
    id: 'b:xuexi',
    title: '关于推进学习型党组织建设的意见',
    type: '文件',
    date: '2023-03-01',
    source: '新华社',
    body: ['建设学习型党组织是一项重大而紧迫的战略任务。', '基层党组织要把学习作为一种政治责任。'],
  });
  b.quotes = [quoted(b, 1, '把学习作为一种政治责任', '李四')];
  const c = makeDoc({
    id: 'b:other',
    title: '粮食生产工作报道',
    type: '会议报道',
    date: '2022-01-01',
    body: ['粮食产量再创新高。'],
  });
  return [a, b, c];
}

export interface SessionsTestCore {
  core: Core;
  dir: string;
  call<M extends ApiMethod>(method: M, arg: ApiArgs<M>): Promise<ApiResults[M]>;
  close(): void;
}

export function makeCore(): SessionsTestCore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shelf-sessions-'));
  const bundlePath = path.join(dir, 'bundle.sqlite');
  const docs = fixtureDocs();
  writeBundle(bundlePath, docs);
  const core = createCore({ dataDir: path.join(dir, 'data'), bundlePath });
  return {
    core,
    dir,
    async call(method, arg) {
      const env = await dispatch(core.handlers, method, arg);
      if (!env.ok) throw Object.assign(new Error(env.error.message), { code: env.error.code });
      return env.value as never;
    },
    close() {
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The plain text of a base64 DOCX, one paragraph per line. */
export async function docxText(base64: string): Promise<string> {
  const r = await mammoth.extractRawText({ buffer: Buffer.from(base64, 'base64') });
  return r.value.replace(/\n{2,}/g, '\n');
}

/** The id of the first 金句 extracted from a fixture document (ids derive from the quote's text). */
export async function firstQuoteId(t: SessionsTestCore, docId: string): Promise<string> {
  const q = (await t.call('listQuotes', { docId })).items[0];
  if (!q) throw new Error(`no 金句 in ${docId}`);
  return q.id;
}
