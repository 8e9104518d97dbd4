// `tsx scripts/eval/bench-corpus-knowledge.ts --every 10 --out /tmp/x.json [--bundle F --per-term 2]`: runs
// the app's import pipeline over a sample of the People's Daily benchmark corpus (every k-th
// article; bench data, never copied into the repository) and writes, for reading and before/after
// comparison, the 提法 each article gets and — with --bundle — the 提法 单选 questions generated
// from the articles beside the bundled library. Output goes to the given file only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core/app-core.js';
import { importBytes } from '../../electron/core/content/pipeline.js';
import { lexicon } from '../../electron/core/knowledge/lexicon.js';
import { generateFromTerms } from '../../electron/core/quiz/generate-terms.js';
import { loadSource } from '../../electron/core/quiz/source.js';
import type { QuizSource } from '../../electron/core/quiz/types.js';
import { readJsonl, RMRB_FILE } from '../bench/lib/corpus.js';
import { flagString, parseArgs } from '../lib/args.js';

const args = parseArgs(process.argv.slice(2));
const every = Number(flagString(args, 'every') ?? 10);
const out = flagString(args, 'out') ?? path.join(os.tmpdir(), 'bench-corpus-knowledge.json');
const bundle = flagString(args, 'bundle');
/** Questions per 提法 across the library (the app asks 2; more gives more 单选 to read). */
const perTerm = Number(flagString(args, 'per-term') ?? 2);
const lexTerms = new Set(lexicon().map((e) => e.term));

const articles: { id: string; title: string; text: string }[] = [];
let i = 0;
for await (const a of readJsonl<{ id: string | number; title: string; text: string }>(RMRB_FILE))
  if (i++ % every === 0) articles.push({ id: String(a.id), title: a.title, text: a.text });

const src: QuizSource = { docs: new Map(), quotes: [], terms: [] };
const tifa: { article: string; term: string; lexicon: boolean; count: number; context: string }[] = [];
for (const a of articles) {
  const res = await importBytes(`${a.id}.txt`, Buffer.from(`${a.title}\n\n${a.text}`), {}, { idPrefix: 'u' });
  for (const d of res.documents) {
    for (const t of d.terms) {
      const o = t.occurrences[0]!;
      const p = d.paragraphs[o.paragraph]!.text;
      tifa.push({
        article: a.id,
        term: t.term,
        lexicon: lexTerms.has(t.term),
        count: t.occurrences.length,
        context: p.slice(Math.max(0, o.start - 25), o.start + t.term.length + 25),
      });
    }
    const year = d.date ? Number(d.date.slice(0, 4)) : null;
    src.docs.set(d.id, { ...d, year, speakers: d.speakers.map((s) => s.name), paragraphs: d.paragraphs });
    for (const t of d.terms)
      for (const o of t.occurrences)
        src.terms.push({ term: t.term, docId: d.id, paragraph: o.paragraph, start: o.start });
  }
}

let questions: unknown[] = [];
if (bundle) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rmrb-q-'));
  const core = createCore({ dataDir: dir, bundlePath: bundle });
  try {
    const lib = loadSource(core.ctx);
    const mine = new Set(src.docs.keys());
    for (const [id, d] of lib.docs) src.docs.set(id, d);
    src.terms.push(...lib.terms);
    questions = generateFromTerms(src, perTerm)
      .filter((q) => q.kind === '单选' && q.docId && mine.has(q.docId))
      .map((q) => ({ doc: q.docId, stem: q.stem, options: q.options, answer: q.options[q.correct[0]!] }))
      .sort((a, b) => a.stem.localeCompare(b.stem));
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

fs.writeFileSync(out, JSON.stringify({ articles: articles.length, tifa, questions }, null, 1));
const rule = tifa.filter((t) => !t.lexicon);
console.log(
  `${articles.length} articles: ${tifa.length} 提法 (${rule.length} by rule, ${new Set(rule.map((t) => t.term)).size} distinct), ${questions.length} 提法 单选 → ${out}`,
);
