// `npm run bench:import [-- --limit N]`: runs the import pipeline (decode → clean → split →
// metadata → 金句/提法 → hash) over the People's Daily corpus and prints characters per second;
// near-duplicate detection is timed separately. Results go to bench/results/import.md.
// The corpus is read in place (tests/benchmarks only) and never copied into the repository.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { DuplicateIndex } from '../../electron/core/content/dedupe.js';
import { importBytes } from '../../electron/core/content/pipeline.js';
import { bodyText } from '../../electron/core/content/doc-fields.js';

const CORPUS = process.env.RMRB_PATH ?? '/work/shared/corpus/bench/rmrb-articles.jsonl.gz';
const limitArg = process.argv.indexOf('--limit');
const limit = limitArg > 0 ? Number(process.argv[limitArg + 1]) : Infinity;
const NEAR_DUP_SAMPLE = Math.min(limit, 2000);

interface Row {
  id: string;
  date?: string;
  title: string;
  text: string;
}

const rl = readline.createInterface({
  input: fs.createReadStream(CORPUS).pipe(zlib.createGunzip()),
  crlfDelay: Infinity,
});
let rows = 0;
let inputChars = 0;
let outputChars = 0;
let docs = 0;
let quotes = 0;
let terms = 0;
let errors = 0;
const errorKinds = new Map<string, number>();
let ms = 0;
const exact = new Set<string>();
let exactDup = 0;
const sample: { id: string; hash: string; body: string }[] = [];

for await (const line of rl) {
  if (!line.trim()) continue;
  if (rows >= limit) break;
  const row = JSON.parse(line) as Row;
  const bytes = Buffer.from(`${row.title}\n${row.text}`, 'utf8');
  const t0 = performance.now();
  const res = await importBytes(`${row.id}.txt`, bytes, { title: row.title, ...(row.date ? { date: row.date } : {}) });
  ms += performance.now() - t0;
  rows++;
  inputChars += row.text.length + row.title.length;
  errors += res.errors.length;
  for (const e of res.errors) errorKinds.set(e, (errorKinds.get(e) ?? 0) + 1);
  for (const d of res.documents) {
    docs++;
    quotes += d.quotes.length;
    terms += d.terms.length;
    const body = bodyText(d.paragraphs);
    outputChars += body.length;
    if (exact.has(d.hash)) exactDup++;
    exact.add(d.hash);
    if (sample.length < NEAR_DUP_SAMPLE) sample.push({ id: d.id, hash: d.hash, body });
  }
  if (rows % 1000 === 0) process.stdout.write(`\r  ${rows} 篇…`);
}
process.stdout.write('\n');

// Near-duplicate detection cost: index the sample, then check each document against it.
const idx = new DuplicateIndex();
const n0 = performance.now();
let near = 0;
for (const s of sample) {
  if (idx.find(s.hash, s.body)) near++;
  idx.add(s.id, s.hash, s.body);
}
const nearMs = performance.now() - n0;

const cps = inputChars / (ms / 1000);
const lines = [
  `# Import pipeline benchmark`,
  ``,
  `- Date: ${new Date().toISOString()}`,
  `- Machine: ${os.cpus()[0]?.model ?? 'unknown'} ×${os.cpus().length}, Node ${process.version}`,
  `- Corpus: People's Daily articles (${path.basename(CORPUS)}), ${rows} rows${Number.isFinite(limit) ? ` (limit ${limit})` : ''}`,
  ``,
  `| measure | value |`,
  `|---|---|`,
  `| input characters | ${inputChars.toLocaleString('en')} |`,
  `| pipeline time (decode→clean→split→metadata→金句/提法→hash) | ${(ms / 1000).toFixed(2)} s |`,
  `| **throughput** | **${Math.round(cps).toLocaleString('en')} chars/s** |`,
  `| documents out | ${docs} (${(docs / Math.max(rows, 1)).toFixed(2)} per row) |`,
  `| output characters | ${outputChars.toLocaleString('en')} |`,
  `| 金句 / 提法 | ${quotes} / ${terms} |`,
  `| exact duplicates | ${exactDup} |`,
  `| rows with errors | ${errors} (${[...errorKinds].map(([k, n]) => `${k} ×${n}`).join('; ') || '—'}) |`,
  `| near-duplicate check (${sample.length} docs, incremental index) | ${(nearMs / 1000).toFixed(2)} s, ${near} near/exact duplicates |`,
  ``,
];
const out = lines.join('\n');
console.log(out);
const resultsDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../bench/results');
fs.mkdirSync(resultsDir, { recursive: true });
fs.writeFileSync(path.join(resultsDir, 'import.md'), out);
