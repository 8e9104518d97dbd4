// Draws the questions of tests/eval/knowledge/questions-imported.json: the labelled speech
// fixtures and a fixed selection of import-eval fixtures (speeches, reports, notices, pages)
// imported into a fresh core as a user would, every question generated from them, ordered by
// sha1('imported:' + fingerprint) and the first 120 kept. With --bundle FILE the core carries that
// content bundle (the whole library, as a user has it: a sentence the library also holds is then
// known not to be the import's own); without, the small test bundle. Prints JSON (with each
// question's source title and fact, for judging) to stdout. --salt S orders by sha1(S + fingerprint)
// instead (questions-imported2.json: 'imported2:'); --extra also imports the invented local documents
// of scripts/eval/imported-docs (a county speech, a town's work summary, a branch's study notice).
// Run: node --import tsx scripts/eval/draw-imported.ts [--bundle FILE] [--salt S] [--extra] > /tmp/imported.json
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fingerprint } from '../../electron/core/quiz/fingerprint.js';
import { generateQuestions } from '../../electron/core/quiz/generate.js';
import { loadSource } from '../../electron/core/quiz/source.js';
import type { QuestionDraft } from '../../electron/core/quiz/types.js';
import { makeCore } from '../../tests/unit/quiz/helpers.js';
import { fixtureFile, LABELS } from '../../tests/unit/knowledge/speech-fixtures.js';
import { FIXTURES } from './import-score.js';

/** Import-eval templates that are speeches, reports, notices or pages a learner would study from;
 * the first file (by name) of each is imported. */
export const TEMPLATES = [
  'gov-report',
  'layout-name-signed-speech',
  'layout-notice-signed',
  'layout-repost-speech',
  'lo-report-county',
  'meeting.utf8',
  'ministry-speech',
  'notice-signed',
  'party-lecture',
  'province-party',
  'report-county',
  'report-full-text',
  'short-notice',
  'speech-main-subtitle',
  'speech-name-in-title',
  'speech-occasion-bracketed.txt',
  'speech-styled',
  'speeches-occasion-lines.txt',
  'jhsjk',
  'qstheory',
];

export const DRAW = 120;

const EXTRA_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), 'imported-docs');

function extraFiles(): { name: string; bytes: Buffer }[] {
  return fs
    .readdirSync(EXTRA_DIR)
    .sort()
    .map((f) => ({ name: f, bytes: fs.readFileSync(path.join(EXTRA_DIR, f)) }));
}

function importEvalFiles(): { name: string; bytes: Buffer }[] {
  const found = new Map<string, string>();
  for (const sub of fs.readdirSync(FIXTURES).sort()) {
    const dir = path.join(FIXTURES, sub);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (!f.endsWith('.label.json')) continue;
      const label = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { template: string };
      const file = path.join(dir, f.replace(/\.label\.json$/, ''));
      if (TEMPLATES.includes(label.template) && !found.has(label.template)) found.set(label.template, file);
    }
  }
  return [...found.values()].sort().map((f) => ({ name: path.basename(f), bytes: fs.readFileSync(f) }));
}

const blanked = (d: QuestionDraft) => {
  let s = d.fact;
  for (const b of [...d.blanks].sort((a, b) => b.start - a.start)) s = s.slice(0, b.start) + '____' + s.slice(b.end);
  return s;
};

/** The question as the learner sees it, its key, and where it comes from. */
export function shown(d: QuestionDraft) {
  const stem =
    d.kind === '填空'
      ? d.stem.includes('____')
        ? d.stem
        : `${d.stem}：${blanked(d)}`
      : `${d.stem}${d.options.length ? '\n' + d.options.join('|') : ''}`;
  const answer =
    d.kind === '填空' ? d.blanks.map((b) => b.text).join('；') : d.correct.map((i) => d.options[i]).join('；');
  return { fingerprint: fingerprint(d), kind: d.kind, stem, answer };
}

export async function drawImported(
  bundle?: string,
  salt = 'imported:',
  extra = false,
  count = DRAW,
): Promise<{ drafts: QuestionDraft[]; titles: Map<string, string> }> {
  const t = makeCore(bundle ? { bundle } : {});
  try {
    const files = [
      ...(await Promise.all(LABELS.map((l) => fixtureFile(l)))),
      ...importEvalFiles(),
      ...(extra ? extraFiles() : []),
    ];
    const ids = new Set<string>();
    for (const f of files) {
      const r = await t.call('importFiles', { files: [{ name: f.name, dataBase64: f.bytes.toString('base64') }] });
      for (const res of r.results) res.docIds.forEach((id) => ids.add(id));
    }
    const src = loadSource(t.core.ctx);
    const titles = new Map([...src.docs.values()].filter((d) => ids.has(d.id)).map((d) => [d.id, d.title] as const));
    const seen = new Set<string>();
    const drafts = generateQuestions(src, 'all', 100_000).filter((d) => {
      if (!d.docId || !ids.has(d.docId)) return false;
      const fp = fingerprint(d);
      if (seen.has(fp)) return false;
      seen.add(fp);
      return true;
    });
    const key = (d: QuestionDraft) =>
      createHash('sha1')
        .update(`${salt}${fingerprint(d)}`)
        .digest('hex');
    drafts.sort((a, b) => (key(a) < key(b) ? -1 : 1));
    return { drafts: drafts.slice(0, count), titles };
  } finally {
    t.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--bundle');
  const salt = process.argv.indexOf('--salt');
  const { drafts, titles } = await drawImported(
    at > 0 ? process.argv[at + 1] : undefined,
    salt > 0 ? process.argv[salt + 1] : undefined,
    process.argv.includes('--extra'),
  );
  const src = drafts.map((d) => ({ ...shown(d), doc: titles.get(d.docId!) ?? null, fact: d.fact }));
  process.stdout.write(JSON.stringify(src, null, 2) + '\n');
}
