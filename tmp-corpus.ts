import fs from 'node:fs';
import { importBytes } from './electron/core/content/pipeline.js';
for (const f of ['cpc_congress_reports.jsonl','government_work_reports.jsonl']) {
  const t0 = Date.now();
  const r = await importBytes(f, fs.readFileSync('/work/shared/corpus/library/'+f), {}, {idPrefix:'b'});
  console.log('=====', f, r.errors, r.report.skipped, Date.now()-t0, 'ms', r.report.chars);
  for (const d of r.documents) {
    const body = d.paragraphs.map(p=>p.text).join('\n');
    console.log(d.origin, d.type, d.date, d.title.slice(0,30), d.script, d.speakers.map(s=>s.name).join(','), d.occasion, 'q'+d.quotes.length, 't'+d.terms.length, /公有领域|公有領域|Public domain|↑/.test(body) ? 'LICENCE!' : '', JSON.stringify(body.slice(-60)));
  }
}
