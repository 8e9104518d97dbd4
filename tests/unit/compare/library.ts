// Test helpers for 对比阅读 and 引文核对: a core over the real bundled library (built once per run by
// the unit suite's globalSetup), a typed `call` through dispatch, and report ids found by title.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app-core.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import type { ApiArgs, ApiMethod, ApiResults } from '../../../electron/contract/api.js';

export interface LibraryCore {
  core: Core;
  dir: string;
  bundlePath: string;
  call<M extends ApiMethod>(method: M, arg: ApiArgs<M>): Promise<ApiResults[M]>;
  /** The id of the 国务院 government work report of a year. */
  report(year: number): Promise<string>;
  close(): void;
}

export async function libraryCore(): Promise<LibraryCore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shelf-compare-'));
  const bundlePath = inject('bundlePath');
  const core = createCore({ dataDir: path.join(dir, 'data'), bundlePath });
  const call: LibraryCore['call'] = async (method, arg) => {
    const env = await dispatch(core.handlers, method, arg);
    if (!env.ok) throw Object.assign(new Error(env.error.message), { code: env.error.code });
    return env.value as never;
  };
  return {
    core,
    dir,
    bundlePath,
    call,
    async report(year) {
      const list = await call('listDocuments', { year, limit: 50 });
      const doc = list.items.find((d) => d.title === `${year}年中华人民共和国国务院政府工作报告`);
      if (!doc) throw new Error(`no ${year} report in the bundle`);
      return doc.id;
    },
    close() {
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
