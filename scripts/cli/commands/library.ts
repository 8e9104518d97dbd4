// CLI commands for the library: version and counts, import, documents, 金句, 提法 and search.
import fs from 'node:fs';
import path from 'node:path';
import { flagString } from '../../lib/args.js';
import type { ImportResult } from '../../../electron/contract/api.js';
import { IMPORT_FILES_MAX } from '../../../electron/shared/api-limits.js';
import { existingFiles, num, refuseUnknownFlags, type Call, type Command } from '../command.js';

/** Bytes of files read into one call: a folder of large PDFs is not read into memory at once. */
const BATCH_BYTES = 64 * 1024 * 1024;
/** Below this much input the CLI reads text files on its own thread; above it, the worker's cost of
 * loading the pipeline a second time (~0.4 s of CPU) pays for itself, since it reads the next file
 * while this thread stores and indexes the last one. */
const IN_PROCESS_TOTAL_BYTES = 1024 * 1024;
/** Bytes of files read before the core is open, for the worker to start on. */
const EARLY_BYTES = 8 * 1024 * 1024;

/** The files in batches of at most `maxFiles` files and `maxBytes` (a single larger file goes alone),
 * each read only when its turn comes; each batch is stored on its own. */
export function* importBatches(files: string[], maxFiles = IMPORT_FILES_MAX, maxBytes = BATCH_BYTES): Iterable<Call> {
  let batch: string[] = [];
  let bytes = 0;
  const call = (names: string[]): Call => ({
    method: 'importFiles',
    arg: { files: names.map((f) => ({ name: path.basename(f), dataBase64: fs.readFileSync(f).toString('base64') })) },
  });
  for (const f of files) {
    const size = fs.statSync(f).size;
    if (batch.length && (batch.length === maxFiles || bytes + size > maxBytes)) {
      yield call(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(f);
    bytes += size;
  }
  if (batch.length) yield call(batch);
}

/** The first files of the import, read now for the worker to start on (parseEarly): as many as
 * the import keeps posted to it, and no large files (nothing is gained by reading them early). */
function earlyFiles(files: string[], sizes: number[], max: number): { name: string; bytes: Uint8Array }[] {
  const out: { name: string; bytes: Uint8Array }[] = [];
  let bytes = 0;
  for (const [i, f] of files.entries()) {
    bytes += sizes[i]!;
    if (out.length === max || bytes > EARLY_BYTES) break;
    try {
      out.push({ name: path.basename(f), bytes: fs.readFileSync(f) });
    } catch {
      break; // a folder or an unreadable file: the import call reports it in its own words
    }
  }
  return out;
}

export const libraryCommands: Record<string, Command> = {
  info: { help: 'info                      版本、数据目录和数量统计', call: () => ({ method: 'info', arg: {} }) },
  import: {
    help: 'import [--] <文件…>        导入文件（txt/md/html/mht/docx/doc/wps/pdf/jsonl）',
    // A little text (≤ 1 MB in all) is read on this thread (no UI to keep responsive; see
    // import-worker.ts), the pipeline loading while the databases open. For anything else the
    // worker thread starts and loads the pipeline meanwhile, at the CLI's own priority.
    warm: async (args) => {
      const [worker, { DEFAULT_LIMITS }] = await Promise.all([
        import('../../../electron/core/imports/import-worker.js'),
        import('../../../electron/core/content/guard/limits.js'),
      ]);
      worker.runImportsInForeground();
      // Sizes only until the total passes the in-process limit and the files read early are
      // known: the worker is needed then, and starts without waiting for a stat of every file.
      const files: string[] = [];
      const sizes: number[] = [];
      let total = 0;
      for (const f of args.positional.slice(1)) {
        if (total > IN_PROCESS_TOTAL_BYTES && files.length >= worker.POSTED_AT_ONCE) break;
        if (!fs.existsSync(f)) continue;
        files.push(f);
        sizes.push(fs.statSync(f).size);
        total += sizes.at(-1)!;
      }
      const small = total <= IN_PROCESS_TOTAL_BYTES;
      const importLimits = { inProcessMaxBytes: small ? worker.IN_PROCESS_MAX_BYTES : 0 };
      if (files.length === 0) return { importLimits }; // a usage error follows: nothing to load
      const limits = { ...DEFAULT_LIMITS, ...importLimits };
      // Read here, the import tags a few short texts (6 for 100 articles): from the few lines of jieba's
      // dictionary each can use (text/jieba-slice.ts), not from the whole dictionary, which took a thread
      // 0.15–0.25 s of CPU to build and was what the import's first tag waited for. The CLI's worker uses
      // slices too (worker-host's dictionarySlices): with 金句 deferred it tags tens of short texts.
      if (small && files.every((f, i) => worker.readsInProcess(f, sizes[i]!, limits))) {
        (await import('../../../electron/core/text/jieba-slice.js')).useDictionarySlices();
        return {
          importLimits,
          ready: import('../../../electron/core/worker-jobs.js').then((m) => m.JOBS.warmImport()),
        };
      }
      worker.warmImportWorker(limits);
      worker.parseEarly(earlyFiles(files, sizes, worker.POSTED_AT_ONCE), limits);
      return { importLimits };
    },
    call: (args) => {
      refuseUnknownFlags(args);
      const files = existingFiles(args.positional.slice(1));
      return importBatches(files);
    },
    merge: (values) => ({ results: (values as ImportResult[]).flatMap((v) => v.results) }),
  },
  show: {
    help: 'show <文档ID>             显示一篇文档',
    call: (args) => ({ method: 'getDocument', arg: { id: args.positional[1] ?? '' } }),
  },
  list: {
    help: 'list [--type 讲话] [--year 2021] [--limit N]  列出文档',
    call: (args) => ({
      method: 'listDocuments',
      arg: { type: flagString(args, 'type'), year: num(args, 'year'), limit: num(args, 'limit') },
    }),
  },
  quotes: {
    help: 'quotes [--doc ID]         列出金句',
    call: (args) => ({ method: 'listQuotes', arg: { docId: flagString(args, 'doc'), limit: num(args, 'limit') } }),
  },
  terms: {
    help: 'terms                     列出提法',
    call: (args) => ({ method: 'listTerms', arg: { limit: num(args, 'limit') } }),
  },
  search: {
    help: 'search <查询> [--type 讲话] [--tag 标签] [--limit N]  全文检索',
    call: (args) => {
      const filters = [
        flagString(args, 'type') && `type:${flagString(args, 'type')}`,
        flagString(args, 'tag') && `tag:${flagString(args, 'tag')}`,
      ];
      const query = [args.positional.slice(1).join(' '), ...filters].filter(Boolean).join(' ');
      return { method: 'search', arg: { query, limit: num(args, 'limit') } };
    },
  },
};
