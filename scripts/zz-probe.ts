import fs from 'node:fs';
import { importBytes } from '../electron/core/content/pipeline.js';
for (const f of process.argv.slice(2)) {
  const r: any = await importBytes(f.split('/').pop()!, fs.readFileSync(f), {}, { idPrefix: 'u' } as any);
  for (const d of r.documents) {
    console.log('##', d.title, '|', d.type, d.date, JSON.stringify(d.speakers.map((s: any) => s.name)));
    for (const q of d.quotes) console.log('  Q', q.speaker ?? '∅', q.score, q.text);
  }
}
