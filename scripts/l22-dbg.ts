import fs from 'node:fs';
import path from 'node:path';
import { importBytes } from '../electron/core/content/pipeline.js';
import { fixtureFile, LABELS } from '../tests/unit/knowledge/speech-fixtures.js';
const set = process.argv[2] ?? 'local22';
const labels = JSON.parse(fs.readFileSync('/work/wt/local22/tests/eval/knowledge/quotes-local21.json', 'utf8'));
for (const d of labels.docs.filter((x: any) => x.set === set)) {
  const l = LABELS.find((x) => x.file === d.file);
  const f = l ? await fixtureFile(l) : { name: d.file, bytes: fs.readFileSync(path.join('/work/wt/local22/tests/fixtures/import/real', d.file)) };
  const r = await importBytes(f.name, f.bytes, {}, { idPrefix: 'u' });
  for (const doc of r.documents) {
    console.log(`== ${d.file} [${doc.type}] ${doc.speakers.map((s) => s.name)}`);
    for (const q of doc.quotes) console.log(`  ${q.score?.toFixed(2)} [${q.speaker ?? '—'}] ${q.text} {${q.reason}}`);
  }
}
