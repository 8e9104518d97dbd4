// Historical documents as study material (round h25, tests/unit/knowledge/history-fixtures/
// labels-h25.json): real excerpts of the 1969–1987 congress and government reports imported, as a
// user would, into a fresh core carrying the bundle. Every output is judged by its labels
// (history-fixtures.ts): a status or note other than the label's is wrong, and every 金句,
// question, suggestion or current 提法 that comes of a historical excerpt or of a sentence labelled
// as quoting a superseded line to criticise it is a study item that should not exist.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../../electron/core/app-core.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import type { ApiArgs, ApiMethod, ApiResults } from '../../../electron/contract/api.js';
import {
  H25_LABELS,
  H26_LABELS,
  H28_LABELS,
  H29_LABELS,
  H30_LABELS,
  H31_LABELS,
  H32_LABELS,
  H52_LABELS,
  H53_LABELS,
  H54_LABELS,
  H55_LABELS,
  H56_LABELS,
  H57_LABELS,
  H58_LABELS,
  H59_LABELS,
  H60_LABELS,
  H61_LABELS,
  H62_LABELS,
  H63_LABELS,
  H64_LABELS,
  H65_LABELS,
  H66_LABELS,
  H67_LABELS,
  H68_LABELS,
  H69_LABELS,
  H70_LABELS,
  H71_LABELS,
  H72_LABELS,
  H73_LABELS,
  judgeHistory,
  type HistoryFindings,
} from '../../../tests/unit/knowledge/history-fixtures.js';

export interface HistoryResult {
  files: number;
  /** Files whose status or 历史文献 note is not the label's. */
  wrongStatus: string[];
  /** Study items (金句, questions, suggestions, current 提法) from a historical excerpt or a criticised line. */
  studyItems: string[];
  /** Lines labelled to stay study material that the superseded-line rule blocks. */
  blockedKeep: string[];
}

/** Imports the files of one batch (`h25` … `h32`; held out `h25h` … `h32h`) and judges them. */
export async function evalHistory(bundlePath: string, set: string): Promise<HistoryResult> {
  const all = [
    ...H25_LABELS,
    ...H26_LABELS,
    ...H28_LABELS,
    ...H29_LABELS,
    ...H30_LABELS,
    ...H31_LABELS,
    ...H32_LABELS,
    ...H52_LABELS,
    ...H53_LABELS,
    ...H54_LABELS,
    ...H55_LABELS,
    ...H56_LABELS,
    ...H57_LABELS,
    ...H58_LABELS,
    ...H59_LABELS,
    ...H60_LABELS,
    ...H61_LABELS,
    ...H62_LABELS,
    ...H63_LABELS,
    ...H64_LABELS,
    ...H65_LABELS,
    ...H66_LABELS,
    ...H67_LABELS,
    ...H68_LABELS,
    ...H69_LABELS,
    ...H70_LABELS,
    ...H71_LABELS,
    ...H72_LABELS,
    ...H73_LABELS,
  ];
  const labels = all.filter((l) => l.set === set);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shelf-history-'));
  const core = createCore({ dataDir: dir, bundlePath });
  try {
    const call = async <M extends ApiMethod>(method: M, arg: ApiArgs<M>): Promise<ApiResults[M]> => {
      const env = await dispatch(core.handlers, method, arg);
      if (!env.ok) throw new Error(`${method}: ${env.error.message}`);
      return env.value as ApiResults[M];
    };
    const f: HistoryFindings = await judgeHistory({ core, call }, labels);
    return {
      files: labels.length,
      wrongStatus: f.status,
      studyItems: [...f.quotes, ...f.questions, ...f.suggestions, ...f.terms],
      blockedKeep: f.blockedValid,
    };
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
