import fs from 'node:fs';
import { importBytes } from '../electron/core/content/pipeline.js';
import { quoteCandidates } from '../electron/core/knowledge/quote-candidates.js';
import { scoreCandidate } from '../electron/core/knowledge/quote-rank.js';
import { styleOf } from '../electron/core/knowledge/sentence-style.js';
import { fragmentReason } from '../electron/core/knowledge/sentence-fragment.js';
import { sameSentence } from './lib/knowledge-eval/library.js';
import { fixtureFile, LABELS } from '../tests/unit/knowledge/speech-fixtures.js';
const labels = JSON.parse(fs.readFileSync('tests/eval/knowledge/quotes-local21.json', 'utf8'));
const only = process.argv[2];
for (const d of labels.docs) {
  if (only && d.set !== only) continue;
  const label = LABELS.find((l) => l.file === d.file);
  const f = label ? await fixtureFile(label) : { name: d.file, bytes: fs.readFileSync('tests/fixtures/import/real/' + d.file) };
  const docs = (await importBytes(f.name, f.bytes, {}, { idPrefix: 'u' })).documents;
  for (const doc of docs) {
    console.log(`== ${d.file} type=${doc.type} speakers=${JSON.stringify(doc.speakers)} chars=${doc.paragraphs.reduce((n: number, p: { text: string }) => n + p.text.length, 0)}`);
    const cands = quoteCandidates({ paragraphs: doc.paragraphs, type: doc.type, speakers: doc.speakers });
    for (const c of cands) {
      const s = scoreCandidate(c);
      const pick = d.picks.some((p: { text: string }) => sameSentence(p.text, c.text));
      const got = doc.quotes.some((q: { text: string }) => sameSentence(q.text, c.text));
      if (!pick && !got && process.argv[3] !== 'all') continue;
      const st = styleOf(c.text);
      const feats = Object.entries(st).filter(([, v]) => v).map(([k, v]) => (v === true ? k : `${k}=${v}`)).join(',');
      console.log(`  ${pick ? 'P' : ' '}${got ? 'G' : ' '} ${s ? s.score.toFixed(1) : 'null:' + (fragmentReason(c.text) ?? '')} [${c.source}/${c.speaker}] ${c.text}  {${feats}} ${s?.reason ?? ''}`);
    }
  }
}
