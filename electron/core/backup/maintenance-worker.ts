// The worker for database maintenance (full integrity check, writing and reading export
// archives): separate from the import worker, so cancelling an import never stops a check, and
// shared by every core in the process. Limits here are generous: these files are the user's own.
import { ApiError } from '../../contract/errors.js';
import { DEFAULT_LIMITS, type ImportLimits } from '../content/guard/limits.js';
import { WorkerHost } from '../worker/worker-host.js';

export const MAINTENANCE_TIMEOUT_MS = 15 * 60_000;

/** What an export archive may hold when it is imported back. */
export const ARCHIVE_LIMITS: ImportLimits = {
  ...DEFAULT_LIMITS,
  maxInputBytes: 1024 ** 3,
  maxUnpackedBytes: 2 * 1024 ** 3,
  maxZipEntries: 1_000_000,
  maxRatio: Number.POSITIVE_INFINITY,
};

let host: WorkerHost | null = null;

export function maintenanceWorker(): WorkerHost {
  host ??= new WorkerHost({
    memoryMb: 1024,
    errors: {
      timeout: () => new ApiError('IMPORT_LIMIT', '处理超过 15 分钟的时间上限，已停止，没有做任何改动。'),
      memory: () => new ApiError('IMPORT_LIMIT', '处理所需内存超过 1024 MB 的上限，已停止，没有做任何改动。'),
      cancelled: () => new ApiError('CANCELLED', '已取消，没有做任何改动。'),
    },
  });
  return host;
}
