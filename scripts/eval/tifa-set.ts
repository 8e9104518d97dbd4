// `tsx scripts/eval/tifa-set.ts BUNDLE FILE SET…`: one 提法 per-document set's figures and its lists (missed,
// unjudged, wrong counts) against a bundle, without the whole knowledge evaluation — for working on one round.
import { loadEvalLibrary } from '../lib/knowledge-eval/library.js';
import { readLabels } from '../lib/knowledge-eval/eval-context.js';
import { evalTifaSet, type TifaDocJudged, type TifaDocLabel } from '../lib/knowledge-eval/tifa-docs.js';

const [bundle, file, ...sets] = process.argv.slice(2);
if (!bundle || !file || !sets.length) throw new Error('usage: tifa-set.ts BUNDLE FILE SET…');
const lib = loadEvalLibrary(bundle);
const labels = readLabels<{ docs: TifaDocLabel[]; judged: TifaDocJudged[] }>(file);
for (const set of sets) console.log(JSON.stringify({ set, ...evalTifaSet(lib, labels, set) }, null, 1));
