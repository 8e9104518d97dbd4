// Question-bank import as the API runs it: load the file reference, parse in the import worker
// (guard first), store on the main thread in one transaction.
import type { FileRef, QuizImportResult } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { saveParsedBank } from '../quiz/import.js';
import { emptyFileError, loadFileRef } from './file-ref.js';
import { parseBankInWorker } from './import-worker.js';

export async function importBankFile(ctx: CoreContext, ref: FileRef): Promise<QuizImportResult> {
  const { name, bytes } = loadFileRef(ctx.dataDir, ref, ctx.importLimits);
  if (bytes.length === 0) throw emptyFileError();
  return saveParsedBank(ctx, name, await parseBankInWorker(name, bytes, ctx.importLimits));
}
