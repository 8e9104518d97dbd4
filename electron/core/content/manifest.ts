// The content manifest: per-file hints the pipeline cannot infer (type, date, source overrides,
// and rules mapping a .jsonl row field — e.g. `congress` — to a year).
import fs from 'node:fs';
import { z } from 'zod';
import { docType } from '../../contract/api.js';
import type { RawSource } from './formats/types.js';
import type { ImportHints } from './metadata.js';

const fileHints = z.looseObject({
  title: z.string().optional(),
  type: docType.optional(),
  date: z.string().optional(),
  source: z.string().optional(),
  occasion: z.string().optional(),
  place: z.string().optional(),
  speakers: z.array(z.object({ name: z.string(), role: z.string().nullable() })).optional(),
  resolutionSource: z.string().optional(),
  yearByField: z.object({ field: z.string(), values: z.record(z.string(), z.string()) }).optional(),
});
const manifestSchema = z.looseObject({ files: z.record(z.string(), fileHints).default({}) });
export type FileHints = z.infer<typeof fileHints>;
export type Manifest = z.infer<typeof manifestSchema>;

export function readManifest(file: string): Manifest {
  if (!fs.existsSync(file)) return { files: {} };
  return manifestSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export function hintsFor(entry: FileHints | undefined): ImportHints {
  if (!entry) return {};
  const { resolutionSource: _r, yearByField: _y, ...rest } = entry;
  const out: ImportHints = {};
  if (rest.title) out.title = rest.title;
  if (rest.type) out.type = rest.type;
  if (rest.date) out.date = rest.date;
  if (rest.source) out.source = rest.source;
  if (rest.occasion) out.occasion = rest.occasion;
  if (rest.place) out.place = rest.place;
  if (rest.speakers) out.speakers = rest.speakers;
  return out;
}

/** Per-row hints for .jsonl files from the manifest's field rules. */
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
    return out;
  };
}
