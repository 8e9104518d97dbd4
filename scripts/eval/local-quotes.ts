// Prints the 金句 of the imported local documents of quotes-local21.json, per file, with the figures
// of each set (local21, held21, local22, local22h): what to judge after a rule changes.
// Run: node --import tsx scripts/eval/local-quotes.ts --bundle FILE [--data DIR] [--set held21]
// [--file quotes-news26.json] (another file of imported documents; quotes-local21.json by default)
import fs from 'node:fs';
import path from 'node:path';
import { flagString, parseArgs } from '../lib/args.js';
import { LABELS_DIR } from '../lib/knowledge-eval/run.js';
import { importLocal, scoreLocal, type LocalDoc, type LocalJudged } from '../lib/knowledge-eval/local-quotes.js';

const args = parseArgs(process.argv.slice(2));
const bundle = flagString(args, 'bundle');
if (!bundle) throw new Error('--bundle FILE is required');
const only = flagString(args, 'set');
const labels = JSON.parse(
  fs.readFileSync(path.join(LABELS_DIR, flagString(args, 'file') ?? 'quotes-local21.json'), 'utf8'),
) as {
  docs: LocalDoc[];
  judged: LocalJudged[];
};
const docs = labels.docs.filter((d) => !only || d.set === only);
const quotes = await importLocal(
  bundle,
  docs.map((d) => d.file),
  flagString(args, 'data'),
);
for (const d of docs) {
  console.log(`\n== ${d.file} (${d.set})`);
  for (const q of quotes.filter((x) => x.file === d.file)) {
    const j = labels.judged.find((x) => x.file === d.file && x.text === q.text && x.speaker === q.speaker);
    console.log(`  ${j ? (j.good ? '✓' : '✗') : '?'} [${q.speaker ?? '—'}] ${q.text}`);
  }
}
for (const set of [...new Set(docs.map((d) => d.set))]) {
  const r = scoreLocal(
    docs.filter((d) => d.set === set),
    labels.judged,
    quotes,
  );
  console.log(
    `\n${set}: ${r.outputs} outputs, precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)}, ${r.unjudged.length} unjudged, ${r.wrongSpeakers.length} wrong speakers`,
  );
  for (const m of r.missed) console.log(`  missed ${m.file}: ${m.text}`);
  for (const w of r.wrongSpeakers) console.log(`  wrong speaker ${w}`);
}
