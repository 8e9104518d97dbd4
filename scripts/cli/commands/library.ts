// CLI commands for the library: version and counts, import, documents, 金句, 提法 and search.
import fs from 'node:fs';
import path from 'node:path';
import { flagString } from '../../lib/args.js';
import type { ImportResult } from '../../../electron/contract/api.js';
import { IMPORT_FILES_MAX as BATCH } from '../../../electron/contract/library.js';
import { existingFiles, num, refuseUnknownFlags, type Call, type Command } from '../command.js';

/** The files in batches of what one call takes, each read only when its turn comes (a folder of
 * thousands stays small in memory); each batch is stored on its own. */
function* importBatches(files: string[]): Iterable<Call> {
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    yield {
      method: 'importFiles',
      arg: { files: batch.map((f) => ({ name: path.basename(f), dataBase64: fs.readFileSync(f).toString('base64') })) },
    };
  }
}

export const libraryCommands: Record<string, Command> = {
  info: { help: 'info                      版本、数据目录和数量统计', call: () => ({ method: 'info', arg: {} }) },
  import: {
    help: 'import [--] <文件…>        导入文件（txt/md/html/docx/pdf/jsonl）',
    // Small text files are read on this thread (no UI to keep responsive; see import-worker.ts),
    // the pipeline loading while the databases open. For anything else the worker thread starts
    // and loads the pipeline meanwhile, at the CLI's own priority.
    warm: async (args) => {
      const [worker, { DEFAULT_LIMITS }] = await Promise.all([
        import('../../../electron/core/imports/import-worker.js'),
        import('../../../electron/core/content/guard/limits.js'),
      ]);
      const importLimits = { inProcessMaxBytes: worker.IN_PROCESS_MAX_BYTES };
      const limits = { ...DEFAULT_LIMITS, ...importLimits };
      worker.runImportsInForeground();
      const files = args.positional.slice(1).filter((f) => fs.existsSync(f));
      if (files.length === 0) return { importLimits }; // a usage error follows: nothing to load
      if (files.every((f) => worker.readsInProcess(f, fs.statSync(f).size, limits)))
        await (await import('../../../electron/core/worker-jobs.js')).JOBS.warmImport();
      else worker.warmImportWorker(limits);
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
