// The jobs the worker thread runs (its composition root, like app-core for the main thread):
// reading imported files (guard first, then the unchanged import pipeline or question-bank
// parser), the full integrity check of a database, and writing or reading the export-everything
// archive. Heavy modules load on first use, inside the worker.
import type { ImportLimits } from './content/guard/limits.js';
import { precheckBank, precheckDocument } from './content/guard/precheck.js';
import type { PipelineResult } from './content/pipeline.js';
import type { ExtractedQuote } from './content/types.js';
import type { PendingDoc } from './content/deferred-quotes.js';
import type { Parsed } from './quiz/import-json.js';
import type { ExportRequest, ExportWritten } from './backup/export-write.js';
import type { ReadExportRequest, ExportRead } from './backup/export-read.js';

export const JOBS = {
  /** Loads what every document import needs (the pipeline, opencc, jieba's dictionary) ahead of
   * the first file, while the caller is still opening its databases. */
  async warmImport(): Promise<void> {
    const [, { tokenize }] = await Promise.all([import('./content/pipeline.js'), import('./text/segment.js')]);
    tokenize('预热'); // the whole dictionary, or only its slice where the CLI chose slices (jieba-slice.ts)
  },
  async parseDocument(p: { name: string; bytes: Uint8Array; limits: ImportLimits }): Promise<PipelineResult> {
    await precheckDocument(p.name, p.bytes, p.limits);
    const { importBytes } = await import('./content/pipeline.js');
    return importBytes(p.name, p.bytes, {}, { idPrefix: 'u', deferQuotes: true });
  },
  /** The 金句 of imported documents, worked out after their import (services/quote-pass.ts). */
  async quotesOf(p: { docs: PendingDoc[] }): Promise<ExtractedQuote[][]> {
    const { quotesOfPending } = await import('./content/deferred-quotes.js');
    return quotesOfPending(p.docs);
  },
  async parseBank(p: { name: string; bytes: Uint8Array; limits: ImportLimits }): Promise<Parsed> {
    await precheckBank(p.name, p.bytes, p.limits);
    const { parseBank } = await import('./quiz/import.js');
    return parseBank(p.name, Buffer.from(p.bytes.buffer, p.bytes.byteOffset, p.bytes.byteLength));
  },
  /** PRAGMA integrity_check on its own read-only connection: the app keeps working meanwhile. */
  async integrityCheck(p: { file: string }): Promise<{ ok: boolean; detail: string }> {
    // Loaded here: an import worker never opens a database.
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(p.file, { readonly: true, fileMustExist: true });
    try {
      const rows = db.pragma('integrity_check(50)') as { integrity_check: string }[];
      const detail = rows.map((r) => r.integrity_check).join('\n');
      return { ok: detail === 'ok', detail };
    } finally {
      db.close();
    }
  },
  async writeExport(p: ExportRequest): Promise<ExportWritten> {
    const { writeExportArchive } = await import('./backup/export-write.js');
    return writeExportArchive(p);
  },
  async readExport(p: ReadExportRequest): Promise<ExportRead> {
    const { readExportArchive } = await import('./backup/export-read.js');
    return readExportArchive(p);
  },
};

export type JobKind = keyof typeof JOBS;
export type JobPayload<K extends JobKind> = Parameters<(typeof JOBS)[K]>[0];
export type JobResult<K extends JobKind> = Awaited<ReturnType<(typeof JOBS)[K]>>;
