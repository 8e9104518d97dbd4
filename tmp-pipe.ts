import fs from 'node:fs';
import { importBytes } from './electron/core/content/pipeline.js';
for (const f of fs.readdirSync('/work/shared/seeds')) {
  const r = await importBytes(f, fs.readFileSync('/work/shared/seeds/'+f));
  console.log('=====', f, r.errors, r.report.skipped);
  for (const d of r.documents) {
    console.log({...d, paragraphs: d.paragraphs.length + ' paras; first: ' + d.paragraphs[0]?.text.slice(0,30), quotes: d.quotes.map(q=>[q.text.slice(0,15), q.speaker, q.paragraph, q.citation]), terms: d.terms.map(t=>t.term+'×'+t.occurrences.length).join(' ')});
  }
}
