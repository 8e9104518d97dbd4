// Draws 提法 occurrences to judge (tests/eval/knowledge/tifa-occurrences.json): each place the
// library or an imported document marks a 提法, with the text around it. Library: every document of
// the content bundle (content/build/content.sqlite, `npm run build:content`), its 提法 re-extracted
// with the library's rule terms, as the bundle build does. Imported: the labelled speech fixtures,
// the documents of scripts/eval/imported-docs and the labelled real import fixtures (one file per
// stem), imported into a fresh core as a user would, their 提法 extracted as the import does.
// Three strata, each ordered by sha1(salt + key): `lib` — occurrences of the library taken
// uniformly; `term` — one occurrence for each of the library's 提法 drawn uniformly over terms (a
// rare short entry weighs as much as a common one); `imp` — occurrences of the imports uniformly.
// Run: node --import tsx scripts/eval/draw-term-occurrences.ts --salt t20: [--per 100]
//   [--exclude FILE]... [--cache FILE] > /tmp/occ.json
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Paragraph } from '../../electron/contract/api.js';
import { collectRuleTerms, extractTerms, termInfo } from '../../electron/core/knowledge/extract-terms.js';
import type { RuleKind } from '../../electron/core/knowledge/term-rules.js';
import { foldForSearch } from '../../electron/core/text/normalize.js';
import { fixtureFile, LABELS } from '../../tests/unit/knowledge/speech-fixtures.js';
import { makeCore } from '../../tests/unit/quiz/helpers.js';
import { extraFiles, newRealFiles } from './draw-imported.js';

interface Doc {
  id: string;
  title: string;
  date: string | null;
  paragraphs: Paragraph[];
}

export interface Occurrence {
  key: string;
  set: 'lib' | 'term' | 'imp';
  doc: string;
  title: string;
  date: string | null;
  term: string;
  category: string;
  /** The folded paragraph around the occurrence (up to 40 characters each side) and its offset there. */
  context: string;
  at: number;
  length: number;
}

const WINDOW = 40;

export function occurrences(docs: readonly Doc[], rules: Map<string, RuleKind> | null) {
  const out: Omit<Occurrence, 'set'>[] = [];
  for (const d of docs) {
    const folded = d.paragraphs.map((p) => foldForSearch(p.text));
    const docRules = rules ?? collectRuleTerms(folded);
    for (const t of extractTerms(d.paragraphs, docRules))
      for (const o of t.occurrences) {
        const text = folded[o.paragraph]!;
        const from = Math.max(0, o.start - WINDOW);
        const length = o.length ?? t.term.length;
        out.push({
          key: `${d.id}#${o.paragraph}:${o.start}:${t.term}`,
          doc: d.id,
          title: d.title,
          date: d.date,
          term: t.term,
          category: termInfo(t.term, docRules).category,
          context: text.slice(from, o.start + length + WINDOW),
          at: o.start - from,
          length,
        });
      }
  }
  return out;
}

export function libraryDocs(file: string): Doc[] {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare('SELECT id, title, date, paragraphs FROM documents ORDER BY id').all() as {
      id: string;
      title: string;
      date: string | null;
      paragraphs: string;
    }[];
    return rows.map((r) => ({ ...r, paragraphs: JSON.parse(r.paragraphs) as Paragraph[] }));
  } finally {
    db.close();
  }
}

/** The imported documents' paragraphs, after the import pipeline (cached: importing takes minutes). */
export async function importedDocs(cache: string): Promise<Doc[]> {
  if (fs.existsSync(cache)) return JSON.parse(fs.readFileSync(cache, 'utf8')) as Doc[];
  const t = makeCore({});
  try {
    const files = [
      ...(await Promise.all(LABELS.map((l) => fixtureFile(l)))),
      ...extraFiles(null),
      ...newRealFiles(['']),
    ];
    for (const f of files)
      await t.call('importFiles', { files: [{ name: f.name, dataBase64: f.bytes.toString('base64') }] });
    const rows = t.core.ctx.userDb
      .prepare('SELECT id, title, date, paragraphs FROM main.documents ORDER BY id')
      .all() as { id: string; title: string; date: string | null; paragraphs: string }[];
    const docs = rows.map((r) => ({ ...r, paragraphs: JSON.parse(r.paragraphs) as Paragraph[] }));
    fs.mkdirSync(path.dirname(cache), { recursive: true });
    fs.writeFileSync(cache, JSON.stringify(docs));
    return docs;
  } finally {
    t.close();
  }
}

const hash = (salt: string, s: string) =>
  createHash('sha1')
    .update(salt + s)
    .digest('hex');

export function draw(
  lib: readonly Omit<Occurrence, 'set'>[],
  imp: readonly Omit<Occurrence, 'set'>[],
  salt: string,
  per: number,
  exclude: ReadonlySet<string>,
): Occurrence[] {
  const order = <T extends { key: string }>(xs: readonly T[]) =>
    xs.filter((x) => !exclude.has(x.key)).sort((a, b) => (hash(salt, a.key) < hash(salt, b.key) ? -1 : 1));
  const taken = new Set<string>();
  const take = (xs: readonly Omit<Occurrence, 'set'>[], set: Occurrence['set']) =>
    xs
      .filter((x) => !taken.has(x.key))
      .slice(0, per)
      .map((x) => (taken.add(x.key), { set, ...x }));
  const byTerm = new Map<string, Omit<Occurrence, 'set'>[]>();
  for (const o of order(lib)) byTerm.set(o.term, [...(byTerm.get(o.term) ?? []), o]);
  const terms = [...byTerm.keys()].sort((a, b) => (hash(salt, a) < hash(salt, b) ? -1 : 1));
  return [
    ...take(order(lib), 'lib'),
    ...take(
      terms.map((t) => byTerm.get(t)![0]!),
      'term',
    ),
    ...take(order(imp), 'imp'),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1];
  const salt = process.argv.includes('--salt') ? arg('--salt')! : 't20:';
  const per = process.argv.includes('--per') ? Number(arg('--per')) : 100;
  const exclude = new Set(
    process.argv
      .flatMap((a, i) => (process.argv[i - 1] === '--exclude' ? [a] : []))
      .flatMap((f) => (JSON.parse(fs.readFileSync(f, 'utf8')) as { items: { key: string }[] }).items.map((x) => x.key)),
  );
  const docs = libraryDocs('content/build/content.sqlite');
  const rules = collectRuleTerms(docs.flatMap((d) => d.paragraphs.map((p) => foldForSearch(p.text))));
  const cache = process.argv.includes('--cache') ? arg('--cache')! : '/tmp/tifa20/imported-docs.json';
  const imported = await importedDocs(cache);
  const picked = draw(occurrences(docs, rules), occurrences(imported, null), salt, per, exclude);
  process.stdout.write(JSON.stringify(picked, null, 1) + '\n');
}
