// Workspace test helpers: a small content bundle and a core on a temp data folder (real SQLite).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ContentDocument } from '../../../electron/core/content/types.js';
import { createCore, type Core } from '../../../electron/core/app-core.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import type { ApiArgs, ApiMethod, ApiResults } from '../../../electron/contract/api.js';
import { makeDoc, writeBundle } from '../search/fixtures.js';

export const P0 = '全面推进乡村振兴，加快建设农业强国。';
export const P1 = '我们要坚持以人民为中心的发展思想，让现代化建设成果更多更公平惠及全体人民。';
export const P2 = '乡村振兴关键在人，要培养造就一支懂农业、爱农村、爱农民的工作队伍。';

export function sampleDocs(body: string[] = [P0, P1, P2]): ContentDocument[] {
  return [
    makeDoc({
      id: 'b:doc1',
      title: '在乡村振兴工作会议上的讲话',
      type: '讲话',
      date: '2023-03-05',
      speakers: [{ name: '张三', role: null }],
      occasion: '乡村振兴工作会议',
      body,
      quotes: [
        {
          paragraph: 1,
          start: 0,
          end: P1.length,
          text: P1,
          speaker: '张三',
          occasion: '乡村振兴工作会议',
          date: '2023-03-05',
          citation: '张三：《在乡村振兴工作会议上的讲话》，2023年3月5日。',
        },
      ],
      terms: [
        {
          term: '乡村振兴',
          occurrences: [
            { paragraph: 0, start: 4 },
            { paragraph: 2, start: 0 },
          ],
        },
        { term: '以人民为中心', occurrences: [{ paragraph: 1, start: 4 }] },
      ],
    }),
    makeDoc({
      id: 'b:doc2',
      title: '关于加强基层党组织建设的意见',
      type: '文件',
      date: '2021-07-01',
      body: ['基层党组织是党的全部工作和战斗力的基础。', '要推动全面从严治党向基层延伸。'],
      terms: [
        { term: '全面从严治党', occurrences: [{ paragraph: 1, start: 2 }] },
        { term: '乡村振兴', occurrences: [{ paragraph: 0, start: 0 }] },
      ],
    }),
  ];
}

/** The search fixture's bundle (with 提法, used by tag suggestions). */
const writeTestBundle = writeBundle;

export interface TestCore {
  core: Core;
  dir: string;
  bundlePath: string;
  call<M extends ApiMethod>(method: M, arg: ApiArgs<M>): Promise<ApiResults[M]>;
  /** Rebuilds the bundle from `docs` and reopens the core on the same user data. */
  rebuild(docs: ContentDocument[]): void;
  close(): void;
}

export function openTestCore(docs: ContentDocument[] = sampleDocs()): TestCore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workspace-test-'));
  const bundlePath = path.join(dir, 'content.sqlite');
  writeTestBundle(bundlePath, docs);
  const t: TestCore = {
    core: createCore({ dataDir: path.join(dir, 'data'), bundlePath }),
    dir,
    bundlePath,
    async call(method, arg) {
      const r = await dispatch(t.core.handlers, method, arg);
      if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
      return r.value as never;
    },
    rebuild(next) {
      t.core.close();
      fs.rmSync(bundlePath);
      writeTestBundle(bundlePath, next);
      t.core = createCore({ dataDir: path.join(dir, 'data'), bundlePath });
    },
    close() {
      t.core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}
