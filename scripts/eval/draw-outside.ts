// Draws a library sample outside the evaluation sample (questions-outside*.json): every question
// generated from the bundled library, the evaluation sample's and every judged draw's questions left
// out by fingerprint, ordered by sha1(salt + fingerprint) and assembled as one practice set.
// Run: node --import tsx scripts/eval/draw-outside.ts BUNDLE SALT COUNT [--exclude FILE]... > out.json
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core/app-core.js';
import { assemble } from '../../electron/core/quiz/assemble.js';
import { fingerprint } from '../../electron/core/quiz/fingerprint.js';
import { generateQuestions } from '../../electron/core/quiz/generate.js';
import { loadSource } from '../../electron/core/quiz/source.js';
import type { QuestionDraft } from '../../electron/core/quiz/types.js';
import { keyError, questionSample } from '../lib/knowledge-eval/questions.js';
import { judgedFingerprints, shown } from './draw-imported.js';

/** questions-judged.json is a plain list of labels; the draws hold `before` and `after`. */
function excluded(files: readonly string[]): Set<string> {
  const out = judgedFingerprints(files.filter((f) => !Array.isArray(JSON.parse(fs.readFileSync(f, 'utf8')))));
  for (const f of files) {
    const list = JSON.parse(fs.readFileSync(f, 'utf8')) as unknown;
    if (Array.isArray(list)) for (const q of list as { fingerprint: string }[]) out.add(q.fingerprint);
  }
  return out;
}

export function drawOutside(bundle: string, salt: string, count: number, exclude: ReadonlySet<string>) {
  const skip = new Set([...exclude, ...questionSample(bundle).sample.map(fingerprint)]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shelf-draw-outside-'));
  const core = createCore({ dataDir: dir, bundlePath: bundle });
  try {
    const src = loadSource(core.ctx);
    const key = (d: QuestionDraft) =>
      createHash('sha1')
        .update(salt + fingerprint(d))
        .digest('hex');
    const pool = generateQuestions(src, 'all', 100_000)
      .filter((d) => !skip.has(fingerprint(d)))
      .map((d) => ({ d, k: key(d) }))
      .sort((a, b) => a.k.localeCompare(b.k))
      .map((x) => x.d);
    const titles = new Map([...src.docs.values()].map((d) => [d.id, d.title] as const));
    return assemble(pool, count).map((d) => ({
      ...shown(d),
      doc: titles.get(d.docId ?? '') ?? null,
      fact: d.fact,
      keyError: keyError(d, src),
    }));
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [bundle, salt, count] = process.argv.slice(2);
  const files = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--exclude' ? [a] : []));
  const out = drawOutside(bundle!, salt!, Number(count), excluded(files));
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}
