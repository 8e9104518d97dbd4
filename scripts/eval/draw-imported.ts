// Draws the questions of tests/eval/knowledge/questions-imported.json: the labelled speech
// fixtures and a fixed selection of import-eval fixtures (speeches, reports, notices, pages)
// imported into a fresh core as a user would, every question generated from them, ordered by
// sha1('imported:' + fingerprint) and the first 120 kept. With --bundle FILE the core carries that
// content bundle (the whole library, as a user has it: a sentence the library also holds is then
// known not to be the import's own); without, the small test bundle. Prints JSON (with each
// question's source title and fact, for judging) to stdout. --salt S orders by sha1(S + fingerprint)
// instead (questions-imported2.json: 'imported2:'); --extra also imports the invented local documents
// of scripts/eval/imported-docs (speeches, lectures, reports, a notice, a study news item), or with a
// list only those (questions-imported2.json: --extra branch-study-notice.txt,
// county-party-building-speech.txt,town-work-summary.txt); --exclude FILE (repeatable)
// leaves out the questions a judged draw already holds (its before and after fingerprints), so a new
// draw judges new questions. The options each labelled draw (questions-imported*.json) was made with:
// draw-imported-history.md.
// npm run eval:knowledge draws both again (scripts/lib/knowledge-eval/imported-questions.ts).
// --quote-fills keeps the 金句 填空 alone and --local a.txt,b.html imports those local-docs files too
// (questions-fill68.json). --own draws from the --extra/--local files alone; --kinds 填空:40,单选:20 keeps the first
// N of each kind named (questions-fillimported70.json).
// Run: node --import tsx scripts/eval/draw-imported.ts [--bundle FILE] [--salt S] [--extra [a.txt,b.txt]]
//   [--new PREFIXES] [--local FILES] [--quote-fills] [--own] [--kinds K:N,…] [--exclude FILE]... > /tmp/imported.json
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fingerprint } from '../../electron/core/quiz/fingerprint.js';
import { generateQuestions } from '../../electron/core/quiz/generate.js';
import { isSourceStatement } from '../../electron/core/quiz/generate-statements.js';
import { loadSource } from '../../electron/core/quiz/source.js';
import { settleQuotes } from '../../electron/core/services/quote-pass.js';
import type { QuestionDraft } from '../../electron/core/quiz/types.js';
import { makeCore, type TestCore } from '../../tests/unit/quiz/helpers.js';
import { fixtureFile, LABELS } from '../../tests/unit/knowledge/speech-fixtures.js';
import { FIXTURES } from './import-score.js';
import { keyError } from '../lib/knowledge-eval/questions.js';
import { fileOf } from '../lib/knowledge-eval/local-quotes.js';

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

export function extraFiles(only: readonly string[] | null): { name: string; bytes: Buffer }[] {
  return fs
    .readdirSync(EXTRA_DIR)
    .filter((f) => !only || only.includes(f))
    .sort()
    .map((f) => ({ name: f, bytes: fs.readFileSync(path.join(EXTRA_DIR, f)) }));
}

/** Formats preferred when a fixture stem exists in several (the text is the same). */
const FORMAT_ORDER = ['.html', '.mhtml', '.htm', '.docx', '.pdf', '.doc', '.wps', '.txt'];

/** The real fixtures whose names open on one of `prefixes` (`p13-`, `o14h-`…), one file per stem. */
export function newRealFiles(prefixes: readonly string[]): { name: string; bytes: Buffer }[] {
  const dir = path.join(FIXTURES, 'real');
  const byStem = new Map<string, string>();
  const rank = (f: string) => {
    const i = FORMAT_ORDER.indexOf(path.extname(f));
    return i < 0 ? FORMAT_ORDER.length : i;
  };
  for (const f of fs.readdirSync(dir).sort()) {
    if (f.endsWith('.label.json') || !prefixes.some((p) => f.startsWith(p))) continue;
    if (!fs.existsSync(path.join(dir, f + '.label.json'))) continue;
    const stem = f.slice(0, f.length - path.extname(f).length);
    const held = byStem.get(stem);
    if (held === undefined || rank(f) < rank(held)) byStem.set(stem, f);
  }
  return [...byStem.values()].sort().map((f) => ({ name: f, bytes: fs.readFileSync(path.join(dir, f)) }));
}

export function importEvalFiles(): { name: string; bytes: Buffer }[] {
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
        : `${d.stem.replace(/：$/, '')}：${blanked(d)}`
      : `${d.stem}${d.options.length ? '\n' + d.options.join('|') : ''}`;
  const answer =
    d.kind === '填空' ? d.blanks.map((b) => b.text).join('；') : d.correct.map((i) => d.options[i]).join('；');
  return { fingerprint: fingerprint(d), kind: d.kind, stem, answer };
}

type Named = { name: string; bytes: Buffer };

/** Imports each file into a core as a user would (one call a file); the ids of the documents stored. */
async function importAll(t: TestCore, list: readonly Named[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const f of list) {
    const r = await t.call('importFiles', { files: [{ name: f.name, dataBase64: f.bytes.toString('base64') }] });
    for (const res of r.results) res.docIds.forEach((id) => out.add(id));
  }
  return out;
}

/** Every draw first imports the same files (the speech fixtures and the import-eval files): imported once per bundle
 * and process into a closed core's data folder, which each draw starts from as a copy (the same rows and ids as
 * importing them again; their 金句 are still pending, worked out with the draw's own files as before). */
const commonData = new Map<string, Promise<{ dir: string; ids: Set<string> }>>();
function importedCommon(bundle: string | undefined, files: () => Promise<Named[]>) {
  const key = bundle ?? '';
  let made = commonData.get(key);
  if (!made) {
    made = (async () => {
      const t = makeCore(bundle ? { bundle } : {});
      try {
        const ids = await importAll(t, await files());
        t.core.close();
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shelf-draw-common-'));
        fs.cpSync(path.join(t.dir, 'data'), dir, { recursive: true });
        process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
        return { dir, ids };
      } finally {
        fs.rmSync(t.dir, { recursive: true, force: true });
      }
    })();
    commonData.set(key, made);
  }
  return made;
}

export async function drawImported(
  bundle?: string,
  salt = 'imported:',
  /** true: every document of imported-docs; a list: only those files. */
  extra: boolean | readonly string[] = false,
  count = DRAW,
  exclude: ReadonlySet<string> = new Set(),
  /** Prefixes of real fixtures imported too, the draw then taken from them only. */
  fresh: readonly string[] = [],
  /** Only the 填空 of a 金句 (questions-fill68.json); `local` files of tests/eval/knowledge/local-docs imported too;
   * `own`: only questions of the extra and local files (not the common ones); `kinds`: the first N of each kind named,
   * the others left out (questions-fillimported70.json: 40 填空, 20 单选). */
  o: { quoteFills?: boolean; local?: readonly string[]; own?: boolean; kinds?: Record<string, number> } = {},
): Promise<{ drafts: QuestionDraft[]; titles: Map<string, string>; keyErrors: Map<string, string | null> }> {
  // A speech fixture whose name opens on a `fresh` prefix (s15-) is drawn from, like the real files.
  const isFresh = (name: string) => fresh.some((p) => name.startsWith(p));
  const speeches = async () => Promise.all(LABELS.map((l) => fixtureFile(l)));
  const common = fresh.length
    ? null
    : await importedCommon(bundle, async () => [...(await speeches()), ...importEvalFiles()]);
  const t = makeCore({ ...(bundle ? { bundle } : {}), ...(common ? { data: common.dir } : {}) });
  try {
    const local = await Promise.all((o.local ?? []).map((f) => fileOf(f)));
    const extras = [...(extra ? extraFiles(extra === true ? null : extra) : []), ...local];
    let ids: Set<string>;
    if (common) {
      const mine = await importAll(t, extras);
      ids = o.own ? mine : new Set([...common.ids, ...mine]);
    } else {
      const all = await speeches();
      await importAll(t, [...all.filter((f) => !isFresh(f.name)), ...importEvalFiles(), ...extras]);
      ids = await importAll(t, [...newRealFiles(fresh), ...all.filter((f) => isFresh(f.name))]);
    }
    await settleQuotes(t.core.ctx); // 金句 follow the import (quote-pass.ts)
    const src = loadSource(t.core.ctx);
    const titles = new Map([...src.docs.values()].filter((d) => ids.has(d.id)).map((d) => [d.id, d.title] as const));
    const seen = new Set<string>();
    const drafts = generateQuestions(src, 'all', 100_000).filter((d) => {
      // The 判断 of a source have a draw of their own (questions-outside16.json): none takes a judged question's place.
      if (!d.docId || !ids.has(d.docId) || isSourceStatement(d)) return false;
      if (o.quoteFills && !(d.factKind === 'quote' && d.kind === '填空')) return false;
      if (o.kinds && !(d.kind in o.kinds)) return false;
      const fp = fingerprint(d);
      if (seen.has(fp) || exclude.has(fp)) return false;
      seen.add(fp);
      return true;
    });
    // Each draft's place worked out once (the sort compares it many times).
    const key = new Map(
      drafts.map((d) => [
        d,
        createHash('sha1')
          .update(`${salt}${fingerprint(d)}`)
          .digest('hex'),
      ]),
    );
    drafts.sort((a, b) => (key.get(a)! < key.get(b)! ? -1 : 1));
    const taken = new Map<string, number>();
    const quota = (d: QuestionDraft) => {
      const n = taken.get(d.kind) ?? 0;
      taken.set(d.kind, n + 1);
      return n < o.kinds![d.kind]!;
    };
    const kept = (o.kinds ? drafts.filter(quota) : drafts).slice(0, count);
    return { drafts: kept, titles, keyErrors: new Map(kept.map((d) => [fingerprint(d), keyError(d, src)])) };
  } finally {
    t.close();
  }
}

/** The fingerprints a judged draw holds (questions-imported*.json: `before`, `after`, `heldOut`, `heldOutAfter`). */
export function judgedFingerprints(files: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const f of files) {
    const judged = JSON.parse(fs.readFileSync(f, 'utf8')) as Record<string, unknown>;
    for (const list of [judged.before, judged.after, judged.heldOut, judged.heldOutAfter])
      if (Array.isArray(list)) for (const q of list as { fingerprint: string }[]) out.add(q.fingerprint);
  }
  return out;
}

/** `--extra` alone: every document; `--extra a.txt,b.txt`: those. */
function extraArg(argv: readonly string[]): boolean | string[] {
  const at = argv.indexOf('--extra');
  if (at < 0) return false;
  const list = argv[at + 1];
  return list && !list.startsWith('--') ? list.split(',') : true;
}

/** `--kinds 填空:40,单选:20`: the first 40 填空 and 20 单选. */
function kindsArg(argv: readonly string[]): Record<string, number> | undefined {
  const at = argv.indexOf('--kinds');
  if (at < 0) return undefined;
  return Object.fromEntries((argv[at + 1] ?? '').split(',').map((k) => [k.split(':')[0]!, Number(k.split(':')[1])]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--bundle');
  const salt = process.argv.indexOf('--salt');
  const excluded = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--exclude' ? [a] : []));
  const fresh = process.argv.indexOf('--new');
  const local = process.argv.indexOf('--local');
  const { drafts, titles, keyErrors } = await drawImported(
    at > 0 ? process.argv[at + 1] : undefined,
    salt > 0 ? process.argv[salt + 1] : undefined,
    extraArg(process.argv),
    DRAW,
    judgedFingerprints(excluded),
    fresh > 0 ? (process.argv[fresh + 1] ?? '').split(',').filter(Boolean) : [],
    {
      quoteFills: process.argv.includes('--quote-fills'),
      local: local > 0 ? (process.argv[local + 1] ?? '').split(',').filter(Boolean) : [],
      own: process.argv.includes('--own'),
      kinds: kindsArg(process.argv),
    },
  );
  const src = drafts.map((d) => ({
    ...shown(d),
    doc: titles.get(d.docId!) ?? null,
    fact: d.fact,
    keyError: keyErrors.get(fingerprint(d)),
  }));
  process.stdout.write(JSON.stringify(src, null, 2) + '\n');
}
