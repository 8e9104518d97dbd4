// History fixtures excerpted from People's Daily: the articles are the benchmark corpus
// (../shared/corpus/bench, copyright 人民日报, never committed), so history-fixtures/pd-excerpts.json
// holds each file's lines as pieces — [article id, paragraph (-1: the title), from, to] of the
// corpus text, or a few characters written by hand — and the text is put together when a test runs.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { corpusDir, RMRB_FILE } from '../../../scripts/bench/lib/corpus.js';

type Piece = string | [id: string, paragraph: number, from: number, to: number];

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'history-fixtures');
const MANIFEST = JSON.parse(fs.readFileSync(path.join(DIR, 'pd-excerpts.json'), 'utf8')) as Record<string, Piece[][]>;

/** The excerpted files' names (they are not in the folder). */
export const PD_EXCERPT_FILES = Object.keys(MANIFEST).sort();

let articles: Map<string, string[]> | undefined;

/** Title and paragraphs (the text split at line breaks, untrimmed) of every article, read once. */
function corpusArticles(): Map<string, string[]> {
  if (articles) return articles;
  const file = path.join(corpusDir(), RMRB_FILE);
  if (!fs.existsSync(file))
    throw new Error(
      `语料文件不存在：${file}（人民日报摘录的历史样例从这里读取；可用 STUDY_SHELF_CORPUS 指定语料目录）`,
    );
  articles = new Map();
  for (const line of zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { id: string; title: string; text: string };
    articles.set(a.id, [a.title, ...a.text.split('\n')]);
  }
  return articles;
}

/** A stretch of one article: paragraph -1 is its title. */
export function corpusSlice(id: string, paragraph: number, from: number, to: number): string {
  const paragraphs = corpusArticles().get(id);
  const text = paragraphs?.[paragraph + 1];
  if (text === undefined) throw new Error(`语料中没有 ${id} 第 ${paragraph} 段`);
  return text.slice(from, to);
}

/** A history fixture's text: put together from the corpus for an excerpt, else the file itself. */
export function historyFixtureText(dir: string, file: string): string {
  const lines = path.resolve(dir) === DIR ? MANIFEST[file] : undefined;
  if (!lines) return fs.readFileSync(path.join(dir, file), 'utf8');
  return lines.map((pieces) => pieces.map((p) => (typeof p === 'string' ? p : corpusSlice(...p))).join('')).join('\n');
}
