// The content manifest: per-file hints the pipeline cannot infer (type, date, source overrides,
// rules mapping a .jsonl row field — e.g. `congress` — to a year), the document status
// (现行 / 历史文献 with a one-line note) and per-row facts keyed by the row's title: the 报告人
// of every report, the basis of that attribution and the status. See content/README.md.
import fs from 'node:fs';
import * as z from 'zod';
import { docType } from '../../contract/common.js';
import { DOC_STATUSES, type StatusInfo } from '../knowledge/status.js';
import type { RawSource } from './formats/types.js';
import type { ImportHints } from './metadata.js';

const speakers = z.array(z.object({ name: z.string().min(1), role: z.string().nullable() }));
const status = z.enum(DOC_STATUSES);
/** Facts about one .jsonl row: who delivered it (and how we know), its date and its status. */
const rowFacts = z.strictObject({
  speakers: speakers.optional(),
  /** Where the attribution comes from: `正文` (the text names it), `决议` (the NPC resolution on the
   * report names the premier), `史实` (well-established fact, referenced in content/README.md). */
  basis: z.enum(['正文', '决议', '史实']).optional(),
  date: z.string().optional(),
  status: status.optional(),
  statusNote: z.string().optional(),
});
const fileHints = z.looseObject({
  title: z.string().optional(),
  type: docType.optional(),
  date: z.string().optional(),
  source: z.string().optional(),
  occasion: z.string().optional(),
  place: z.string().optional(),
  speakers: speakers.optional(),
  status: status.optional(),
  statusNote: z.string().optional(),
  resolutionSource: z.string().optional(),
  yearByField: z.object({ field: z.string(), values: z.record(z.string(), z.string()) }).optional(),
  rows: z.record(z.string(), rowFacts).optional(),
});
const manifestSchema = z.looseObject({ files: z.record(z.string(), fileHints).default({}) });
export type FileHints = z.infer<typeof fileHints>;
export type RowFacts = z.infer<typeof rowFacts>;
export type Manifest = z.infer<typeof manifestSchema>;

export function readManifest(file: string): Manifest {
  if (!fs.existsSync(file)) return { files: {} };
  return manifestSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export function hintsFor(entry: FileHints | undefined): ImportHints {
  if (!entry) return {};
  const out: ImportHints = {};
  if (entry.title) out.title = entry.title;
  if (entry.type) out.type = entry.type;
  if (entry.date) out.date = entry.date;
  if (entry.source) out.source = entry.source;
  if (entry.occasion) out.occasion = entry.occasion;
  if (entry.place) out.place = entry.place;
  if (entry.speakers) out.speakers = entry.speakers;
  return out;
}

function rowOf(entry: FileHints, src: RawSource): RowFacts | undefined {
  const title = src.hints.title;
  return title ? entry.rows?.[title] : undefined;
}

/** Per-row hints for .jsonl files from the manifest's field rules and row facts. */
export function rowHintsFor(entry: FileHints | undefined): ((src: RawSource) => ImportHints) | undefined {
  if (!entry) return undefined;
  return (src) => {
    const out: ImportHints = {};
    const rule = entry.yearByField;
    const value = rule ? src.fields?.[rule.field] : undefined;
    if (rule && value !== undefined && value !== null && !src.hints.date) {
      const year = rule.values[String(value)];
      if (year) out.date = year;
    }
    if (entry.resolutionSource && /决议|決議/.test(src.hints.title ?? '')) out.source = entry.resolutionSource;
    const row = rowOf(entry, src);
    if (row?.speakers) out.speakers = row.speakers;
    if (row?.date) out.date = row.date;
    return out;
  };
}

/** The status of each source of a file: the row's own, else the file's, else 现行. */
export function statusFor(entry: FileHints | undefined): (src: RawSource) => StatusInfo {
  return (src) => {
    const row = entry ? rowOf(entry, src) : undefined;
    const status = row?.status ?? entry?.status ?? '现行';
    const note = row?.statusNote ?? entry?.statusNote ?? null;
    return { status, statusNote: status === '历史文献' ? note : null };
  };
}
