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
// draw judges new questions (questions-imported3.json; questions-imported4.json: salt 'imported4:',
// --extra, the three earlier draws excluded; questions-imported5.json: salt 'imported5:', --extra, the
// four earlier draws excluded; questions-imported6.json: salt 'imported6:', --extra, the five earlier
// draws excluded; questions-imported7.json: salt 'imported7:', --extra, the six earlier draws excluded).
// --new p13,o13 also imports the files of tests/fixtures/import/real whose names open on those prefixes
// (one format per file stem) and draws from them only (questions-imported8.json: the web pages and
// Word/PDF papers of import rounds 12 to 14, --new p12,p13,o13,p14,o14, salt 'imported8:', --extra,
// the seven earlier draws excluded). A speech fixture of tests/unit/knowledge/speech-fixtures whose name opens on
// one of the prefixes is drawn from too (questions-imported9.json: --new p15,o15,s15, salt 'imported9:').
// questions-imported10.json: --new p16,o16,s16, salt 'imported10:', the nine earlier draws excluded.
// questions-imported11.json: --new p17,o17,s17, salt 'imported11:', the ten earlier draws excluded.
// questions-imported12.json: --new p18,o18,s18, salt 'imported12:', the eleven earlier draws excluded.
// questions-imported13.json: --new p19,o19,s19, salt 'imported13:', the twelve earlier draws excluded; its
// held-out batch --new p9,p10,p11 (pages no question draw had reached), salt 'imported13h:'.
// questions-imported14.json: --new o20,s20, salt 'imported14:', the thirteen earlier draws excluded; its held-out
// batch --new p5,p7,p8 and --new s13,s14, salt 'imported14h:'.
// questions-imported15.json: --new o21,s21,p20,o20,s20, salt 'imported15:' (all 26 the pool held), and the first 24 of
// --extra --new p16,o16,s16,p15,o15,s15,p14,o14, salt 'imported15b:', the fourteen earlier draws excluded; its held-out
// batch --new p19,o19,s19,p18,o18,s18,p17,o17,s17, salt 'imported15h:' (all 20 the pool held).
// questions-imported16.json: --new o22,p22,s22,o21,p20,s21,o20,s20,p19,o19,s19,o18,p18,s18,o17,p17,s17
// (salt 'imported16:', all 11 that pool held) and --extra --new o16,p16,s16,o15,p15,s15,o14,p14,s14,o13,p13,
// s13,p12,p11,p10,p9,p8,p7,p5 (salt 'imported16h:', all 30), the fifteen earlier draws excluded; its held-out
// batch --extra alone (salt 'imported16x:'), the questions of the sample with the same stem and key left out,
// the first 15.
// questions-imported17.json: --extra q23-…(the nine q23- documents of imported-docs, listed with commas), salt
// 'imported17:', the sixteen earlier draws excluded (all 40 the pool held); its held-out batch --extra q23h-… (six
// documents), salt 'imported17h:', the sample excluded too (all 12).
// questions-imported18.json: --extra q24-…(the seven q24- documents, listed with commas), salt 'imported18:' (all 26),
// and --extra with every document but the q24h- ones, salt 'imported18b:', the first 14 (the 26 excluded too), the
// seventeen earlier draws excluded; its held-out batch the other 13 of that draw and --extra q24h-… (three documents),
// salt 'imported18h:', the sample excluded (2).
// questions-imported19.json: --extra q25-…(the ten q25- documents), salt 'imported19:', the eighteen earlier draws
// excluded (all 42 the pool held); its held-out batch --extra q25h-… (two documents), salt 'imported19h:', the set's
// questions left out too.
// questions-imported26.json: --extra q26-…(ten excerpts of library reports no earlier set used), salt
// 'imported26:', the nineteen earlier draws excluded (all 37); its held-out batch --extra q26h-… (two excerpts),
// salt 'imported26h:', the set's questions left out too.
// questions-imported27.json: --extra q27-…(eight excerpts of library government work reports no earlier set used), salt
// 'imported27:', the twenty earlier draws excluded (all 25); its held-out batch --extra q27h-… (two excerpts), salt
// 'imported27h:', the set's questions left out too.
// questions-imported28.json: --extra q28-…(a 范文 speech, a meeting report, a WeChat repost, report excerpts saved as a
// speech and a 文件), salt 'imported28:', the twenty-one earlier draws excluded (all 15); its held-out batch --extra
// q28h-… (three documents), salt 'imported28h:', the set's questions left out too.
// questions-imported30.json: --extra q30-…(congress report parts, the 1983 and 1987 reports, a 全国人大 resolution), salt
// 'imported30:', the twenty-three earlier draws excluded (all 39); its held-out batch --extra q30h-… (four documents),
// salt 'imported30h:', the set's questions left out too.
// questions-imported31.json: --extra q31-…(a 座谈会 speech, 党史 study material, documents of numbered items, a 公报-shaped
// review, a meeting report), salt 'imported31:', the twenty-four earlier draws excluded (all 34); its held-out batch
// --extra q31h-… (six documents), salt 'imported31h:', the set's questions left out too.
// questions-imported32.json: --extra q32-…(党课 handouts, 主题党日 plans, local notices, speeches, study guides, theory
// articles, news), salt 'imported32:', the twenty-five earlier draws excluded (all 21); its held-out batch --extra
// q32h-… (six documents), salt 'imported32h:', the set's questions left out too.
// questions-imported52.json: --extra q52-…(党课 handouts, 主题党日 plans, notices, 学习体会, 领学 speeches, study
// guides, theory articles, news), salt 'imported52:', the twenty-six earlier draws excluded (all 22); its held-out
// batch --extra q52h-… (six documents), salt 'imported52h:', the set's questions left out too.
// questions-imported53.json: --extra q53-…(党课, 主题党日 plans, 对照检查材料, 学习体会, notices, 领学 and meeting speeches,
// theory articles, study guides, news around 十九大 and 2021/2024 report excerpts), salt 'imported53:', the twenty-seven
// earlier draws excluded (all 20); its held-out batch --extra q53h-… (eight documents), salt 'imported53h:'.
// questions-imported58.json: --extra q58-…(学习体会, 党课讲稿, 主题党日方案, 会议纪要, 对照检查材料, notices, speeches, news and
// 政策解读 of 2024–2026 around 二十大 and 2024/2025 report excerpts), salt 'imported58:', the twenty-eight earlier draws
// excluded; its held-out batch --extra q58h-… (ten documents), salt 'imported58h:'.
// questions-imported59.json: --extra q59-…(press conferences and an interview with 问/答/记者 turns, 学习心得, 党课/团课,
// 主题党日方案, 对照检查材料, notices, speeches and news of 2023–2025 written in the shape of real ones), salt 'imported59:', the
// twenty-nine earlier draws excluded; its held-out batch --extra q59h-… (six documents), salt 'imported59h:'.
// questions-imported60.json: --extra q60-…(学习心得, 党课/团课, interviews with name labels, 主题党日方案, 会议新闻, a notice, a
// speech and an 对照检查材料 of 2024–2026), salt 'imported60:', the thirty earlier draws excluded; its held-out batch --extra
// q60h-… (six documents), salt 'imported60h:'.
// questions-imported64.json: --extra q64-…(a 支部 学习计划, a 主题党日 notice, a 党课, two 学习贯彻 reports and a 民主生活会
// speech of 2024–2025), salt 'imported64:', the thirty-one earlier draws excluded; its held-out batch --extra q64h-…
// (three documents), salt 'imported64h:'.
// npm run eval:knowledge draws both again (scripts/lib/knowledge-eval/imported-questions.ts).
// Run: node --import tsx scripts/eval/draw-imported.ts [--bundle FILE] [--salt S] [--extra [a.txt,b.txt]]
//   [--new PREFIXES] [--exclude FILE]... > /tmp/imported.json
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fingerprint } from '../../electron/core/quiz/fingerprint.js';
import { generateQuestions } from '../../electron/core/quiz/generate.js';
import { loadSource } from '../../electron/core/quiz/source.js';
import { settleQuotes } from '../../electron/core/services/quote-pass.js';
import type { QuestionDraft } from '../../electron/core/quiz/types.js';
import { makeCore, type TestCore } from '../../tests/unit/quiz/helpers.js';
import { fixtureFile, LABELS } from '../../tests/unit/knowledge/speech-fixtures.js';
import { FIXTURES } from './import-score.js';
import { keyError } from '../lib/knowledge-eval/questions.js';

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
): Promise<{ drafts: QuestionDraft[]; titles: Map<string, string>; keyErrors: Map<string, string | null> }> {
  // A speech fixture whose name opens on a `fresh` prefix (s15-) is drawn from, like the real files.
  const isFresh = (name: string) => fresh.some((p) => name.startsWith(p));
  const speeches = async () => Promise.all(LABELS.map((l) => fixtureFile(l)));
  const common = fresh.length
    ? null
    : await importedCommon(bundle, async () => [...(await speeches()), ...importEvalFiles()]);
  const t = makeCore({ ...(bundle ? { bundle } : {}), ...(common ? { data: common.dir } : {}) });
  try {
    const extras = extra ? extraFiles(extra === true ? null : extra) : [];
    let ids: Set<string>;
    if (common) ids = new Set([...common.ids, ...(await importAll(t, extras))]);
    else {
      const all = await speeches();
      await importAll(t, [...all.filter((f) => !isFresh(f.name)), ...importEvalFiles(), ...extras]);
      ids = await importAll(t, [...newRealFiles(fresh), ...all.filter((f) => isFresh(f.name))]);
    }
    await settleQuotes(t.core.ctx); // 金句 follow the import (quote-pass.ts)
    const src = loadSource(t.core.ctx);
    const titles = new Map([...src.docs.values()].filter((d) => ids.has(d.id)).map((d) => [d.id, d.title] as const));
    const seen = new Set<string>();
    const drafts = generateQuestions(src, 'all', 100_000).filter((d) => {
      if (!d.docId || !ids.has(d.docId)) return false;
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
    const kept = drafts.slice(0, count);
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--bundle');
  const salt = process.argv.indexOf('--salt');
  const excluded = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--exclude' ? [a] : []));
  const fresh = process.argv.indexOf('--new');
  const { drafts, titles, keyErrors } = await drawImported(
    at > 0 ? process.argv[at + 1] : undefined,
    salt > 0 ? process.argv[salt + 1] : undefined,
    extraArg(process.argv),
    DRAW,
    judgedFingerprints(excluded),
    fresh > 0 ? (process.argv[fresh + 1] ?? '').split(',').filter(Boolean) : [],
  );
  const src = drafts.map((d) => ({
    ...shown(d),
    doc: titles.get(d.docId!) ?? null,
    fact: d.fact,
    keyError: keyErrors.get(fingerprint(d)),
  }));
  process.stdout.write(JSON.stringify(src, null, 2) + '\n');
}
