// The usage marker beside the database: written after every healthy start, it remembers that this
// data folder has held user data and which content version was last opened. A missing or empty
// database where the marker says data used to be is treated as damage, never as a fresh start.
import fs from 'node:fs';
import path from 'node:path';
import type { DataCounts } from './db-counts.js';

const MARKER_FILE = 'study-shelf.state.json';

export interface UsageMarker {
  hadData: boolean;
  lastOpenedAt: string;
  contentVersion: string | null;
  counts: DataCounts | null;
}

export function readMarker(dataDir: string): UsageMarker | null {
  try {
    const v = JSON.parse(fs.readFileSync(path.join(dataDir, MARKER_FILE), 'utf8')) as Partial<UsageMarker>;
    return {
      hadData: v.hadData === true,
      lastOpenedAt: typeof v.lastOpenedAt === 'string' ? v.lastOpenedAt : '',
      contentVersion: typeof v.contentVersion === 'string' ? v.contentVersion : null,
      counts: v.counts ?? null,
    };
  } catch {
    return null;
  }
}

/** Writes the marker atomically; a data folder that cannot be written simply keeps the old one. */
export function writeMarker(dataDir: string, marker: UsageMarker): void {
  const file = path.join(dataDir, MARKER_FILE);
  try {
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(marker, null, 2));
    fs.renameSync(`${file}.tmp`, file);
  } catch {
    // Read-only location: the start-up check reports that on its own.
  }
}
