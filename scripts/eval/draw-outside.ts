// Draws a library sample outside the evaluation sample (questions-outside8.json; questions-outside9.json: salt
// 'outside9:', then 'outside9b:' with the first set excluded, as the assembly kept 29 of 50; questions-outside10.json:
// 'outside10:', 'outside10b:', 'outside10c:' the same way; questions-outside11.json: 'outside11:' to
// 'outside11e:'; questions-outside12.json: 'outside12:' with --all, as the library held only 30 questions no
// draw had judged and the assembly kept 11 of them; questions-outside13.json: 'outside13:' assembled, 35 of a pool of
// 72, and its held-out batch 'outside13h:' with the tune draw left out too; questions-outside14.json: 'outside14:'
// and 'outside14h:' with only the sample and outside13 left out, as the library held three questions no draw had
// judged once the 多选 left; questions-outside15.json: 'outside15:' (40) and 'outside15h:' (20, the 40 left out
// too) with the sample, outside13 and outside14 left out, as every library question had been judged by some draw;
// questions-outside16.json: 'outside16:' (40) and 'outside16h:' (20) with --statements, the source 判断 of
// generate-statements.ts, which have a slot of their own: no other draw takes one, so none moves a judged question;
// questions-fill67.json: 'fill67:' (50) and 'fill67h:' (25, the 50 left out) with --all --quote-fills, the 金句
// 填空 alone; questions-outside18.json: 'outside18:' (50) and 'outside18h:' (25, the 50 left out) with --every-kind
// --by-kind, every kind of question, each kind its share of the library, the gated draws' files left out):
// every question generated from the bundled library, the evaluation sample's and every judged draw's questions left
// out by fingerprint, ordered by sha1(salt + fingerprint) and assembled as one practice set.
// Run: node --import tsx scripts/eval/draw-outside.ts BUNDLE SALT COUNT [--all | --by-kind]
//   [--statements | --quote-fills | --every-kind]
//   [--exclude FILE]...
//   > out.json
import fs from 'node:fs';
import { fingerprint } from '../../electron/core/quiz/fingerprint.js';
import { keyError, questionSample, type DrawSlot } from '../lib/knowledge-eval/questions.js';
import { judgedFingerprints, shown } from './draw-imported.js';

/** questions-judged.json is a plain list of labels; the draws hold `before`, `after` and `heldOut`. */
export function excluded(files: readonly string[]): Set<string> {
  const lists = files.map((f) => [f, JSON.parse(fs.readFileSync(f, 'utf8')) as unknown] as const);
  const out = judgedFingerprints(lists.filter(([, v]) => !Array.isArray(v)).map(([f]) => f));
  for (const [, v] of lists)
    if (Array.isArray(v)) for (const q of v as { fingerprint: string }[]) out.add(q.fingerprint);
  return out;
}

/** The draw's questions and their source: the evaluation sample's and `exclude`'s left out. */
export function outsideDrafts(
  bundle: string,
  salt: string,
  count: number,
  exclude: ReadonlySet<string>,
  all: boolean | 'byKind' = false,
  slot: DrawSlot = 'earlier',
) {
  // A slot the sample does not draw from (the source 判断) or that is judged on its own (the 金句 填空) does not
  // depend on the sample: its pool moves only with its own questions.
  const sample = slot === 'earlier' ? questionSample(bundle).sample.map(fingerprint) : [];
  const skip = new Set([...exclude, ...sample]);
  return questionSample(bundle, count, salt, skip, all === 'byKind' ? all : !all, slot);
}

export function drawOutside(
  bundle: string,
  salt: string,
  count: number,
  exclude: ReadonlySet<string>,
  all: boolean | 'byKind' = false,
  slot: DrawSlot = 'earlier',
) {
  const { src, sample } = outsideDrafts(bundle, salt, count, exclude, all, slot);
  return sample.map((d) => ({
    ...shown(d),
    doc: src.docs.get(d.docId ?? '')?.title ?? null,
    fact: d.fact,
    keyError: keyError(d, src),
  }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [bundle, salt, count] = process.argv.slice(2);
  const files = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--exclude' ? [a] : []));
  const slot = process.argv.includes('--statements')
    ? 'statements'
    : process.argv.includes('--quote-fills')
      ? 'quoteFills'
      : process.argv.includes('--figure-fills')
        ? 'figureFills'
        : process.argv.includes('--every-kind')
          ? 'all'
          : 'earlier';
  const all = process.argv.includes('--by-kind') ? 'byKind' : process.argv.includes('--all');
  const out = drawOutside(bundle!, salt!, Number(count), excluded(files), all, slot);
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}
