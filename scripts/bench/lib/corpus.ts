// The benchmark corpora (never copied into the repository): People's Daily articles and the Tang
// poems from `<project>/../shared/corpus/bench`, or from the folder in STUDY_SHELF_CORPUS.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { ContentDocument } from '../../../electron/core/content/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The project's main checkout: the root itself, or for a git worktree the checkout it belongs to. */
function mainCheckout(): string {
  const git = path.join(ROOT, '.git');
  if (!fs.existsSync(git) || fs.statSync(git).isDirectory()) return ROOT;
  const m = /^gitdir:\s*(.+)$/m.exec(fs.readFileSync(git, 'utf8'));
  return m ? path.resolve(m[1]!.trim(), '..', '..', '..') : ROOT; // <main>/.git/worktrees/<name>
}

/** Where the team's machines keep the corpora when a checkout is not beside them (a clean clone
 * elsewhere, as CI makes). */
const MACHINE_CORPUS = '/work/shared/corpus';

/** The corpus folder: STUDY_SHELF_CORPUS, else ../shared/corpus next to the project (or its main
 * checkout), else the machine's shared folder. */
export function corpusDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.STUDY_SHELF_CORPUS) return path.resolve(env.STUDY_SHELF_CORPUS);
  const candidates = [path.join(mainCheckout(), '..', 'shared', 'corpus'), path.join(ROOT, '..', 'shared', 'corpus')];
  return candidates.find((d) => fs.existsSync(d)) ?? (fs.existsSync(MACHINE_CORPUS) ? MACHINE_CORPUS : candidates[0]!);
}

export const RMRB_FILE = 'bench/rmrb-articles.jsonl.gz';
export const POEMS_FILE = 'bench/tang-poems-traditional.jsonl.gz';

export async function* readJsonl<T>(file: string): AsyncGenerator<T> {
  const full = path.join(corpusDir(), file);
  if (!fs.existsSync(full)) throw new Error(`语料文件不存在：${full}（可用 STUDY_SHELF_CORPUS 指定语料目录）`);
  const rl = readline.createInterface({
    input: fs.createReadStream(full).pipe(zlib.createGunzip()),
    crlfDelay: Infinity,
  });
  for await (const line of rl) if (line.trim()) yield JSON.parse(line) as T;
}

const paragraphsOf = (text: string) =>
  text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ kind: 'p' as const, text: t }));

function doc(p: Partial<ContentDocument> & Pick<ContentDocument, 'id' | 'title' | 'paragraphs'>): ContentDocument {
  return {
    type: '文章',
    date: null,
    source: null,
    speakers: [],
    occasion: null,
    place: null,
    script: 'simplified',
    quotes: [],
    terms: [],
    hash: p.id,
    origin: 'bench',
    ...p,
  };
}

/** People's Daily articles; every third is typed 讲话 so type filters select a real subset. */
export async function rmrbDocs(limit = Infinity): Promise<ContentDocument[]> {
  const out: ContentDocument[] = [];
  for await (const a of readJsonl<{ id: string | number; date: string; title: string; text: string }>(RMRB_FILE)) {
    const i = out.length;
    out.push(
      doc({
        id: `rmrb-${a.id}-${i}`,
        title: a.title,
        type: i % 3 === 0 ? '讲话' : '文章',
        date: a.date,
        source: '人民日报',
        paragraphs: paragraphsOf(a.text),
      }),
    );
    if (out.length >= limit) break;
  }
  return out;
}

/** Tang poems (traditional characters), with the poet as speaker. */
export async function poemDocs(limit = Infinity): Promise<ContentDocument[]> {
  const out: ContentDocument[] = [];
  for await (const p of readJsonl<{ id: string; title: string; author: string; text: string }>(POEMS_FILE)) {
    out.push(
      doc({
        id: `tang-${p.id}`,
        title: p.title,
        script: 'traditional',
        speakers: p.author ? [{ name: p.author, role: null }] : [],
        paragraphs: paragraphsOf(p.text),
      }),
    );
    if (out.length >= limit) break;
  }
  return out;
}

export function charsOf(d: ContentDocument): number {
  return d.title.length + d.paragraphs.reduce((n, p) => n + p.text.length + 1, 0);
}

/** The first documents reaching `chars` characters. */
export function takeChars(docs: readonly ContentDocument[], chars: number): ContentDocument[] {
  const out: ContentDocument[] = [];
  let n = 0;
  for (const d of docs) {
    if (n >= chars) break;
    out.push(d);
    n += charsOf(d);
  }
  return out;
}

/** ≈ `chars` characters: People's Daily repeated under distinct ids (copy k keeps its text and
 * dates), plus every poem. */
export function scaledCorpus(rmrb: readonly ContentDocument[], poems: readonly ContentDocument[], chars: number) {
  const out: ContentDocument[] = [...poems];
  let n = poems.reduce((s, d) => s + charsOf(d), 0);
  for (let copy = 0; n < chars; copy++) {
    for (const d of rmrb) {
      if (n >= chars) break;
      out.push(copy === 0 ? d : { ...d, id: `${d.id}~${copy}`, hash: `${d.hash}~${copy}` });
      n += charsOf(d);
    }
  }
  return out;
}
