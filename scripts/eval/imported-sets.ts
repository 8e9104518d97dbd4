// Draws the judged imported question sets again (questions-importedNN.json) without the rest of the knowledge eval:
// each set's draw and held-out draw scored by its labels as `npm run eval:knowledge` scores them, and the unjudged
// questions written out for judging. Run: node --import tsx scripts/eval/imported-sets.ts --bundle FILE
//   [--sets 19,26,59] [--dump DIR]
import fs from 'node:fs';
import path from 'node:path';
import { LABELS_DIR } from '../lib/knowledge-eval/eval-context.js';
import {
  evalImportedSet,
  type ImportedQuestionResult,
  type ImportedSet,
} from '../lib/knowledge-eval/imported-questions.js';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const bundle = arg('--bundle') ?? 'content/build/content.sqlite';
const sets = (arg('--sets') ?? '19,26,27,28,29,30,31,32,52,53,58,59,60,64,66,67,68,69').split(',');
const dump = arg('--dump');
const line = (name: string, r: ImportedQuestionResult) =>
  `${name}: ${r.total}: ${r.good} / ${r.acceptable} / ${r.bad.length}, unjudged ${r.unjudged.length}, wrong keys ${r.wrongKeys.length}` +
  ` (good ${r.goodShare.toFixed(3)}, sound ${r.soundShare.toFixed(3)})`;
for (const n of sets) {
  const file = `questions-imported${n}.json`;
  const set = JSON.parse(fs.readFileSync(path.join(LABELS_DIR, file), 'utf8')) as ImportedSet;
  const { main, held } = await evalImportedSet(bundle, LABELS_DIR, set);
  console.log(line(`imported${n}`, main));
  console.log(line(`imported${n}h`, held));
  for (const w of [...main.wrongKeys, ...held.wrongKeys]) console.log(`  wrong key: ${w.stem} — ${w.why}`);
  if (dump) {
    fs.mkdirSync(dump, { recursive: true });
    fs.writeFileSync(
      path.join(dump, `imported${n}.json`),
      JSON.stringify({ main: main.unjudged, held: held.unjudged }, null, 1),
    );
  }
}
