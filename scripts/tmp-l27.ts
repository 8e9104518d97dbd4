import fs from 'node:fs';
import { importLocal, scoreLocal, type LocalDoc, type LocalJudged } from './lib/knowledge-eval/local-quotes.js';
const sets = process.argv.slice(2);
const d = JSON.parse(fs.readFileSync('/work/wt/directives27/tests/eval/knowledge/quotes-local21.json','utf8')) as {docs: LocalDoc[]; judged: LocalJudged[]};
const docs = d.docs.filter((x) => sets.includes(x.set));
const q = await importLocal('/work/wt/directives27/content/build/content.sqlite', docs.map((x) => x.file));
for (const s of sets) { const r = scoreLocal(docs.filter((x)=>x.set===s), d.judged, q); console.log(s, r.outputs, r.precision.toFixed(3), r.recall.toFixed(3), 'wrong', r.wrongSpeakers); console.log(' missed', r.missed.map(m=>m.text)); console.log(' bad', r.bad.map(b=>b.text)); console.log(' unjudged'); for (const u of r.unjudged) console.log('  ', JSON.stringify(u)); }
