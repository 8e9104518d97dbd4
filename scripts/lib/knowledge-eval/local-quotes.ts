// 金句 in local documents a user imports (quotes-local21.json: county and town speeches, 党课讲稿,
// 对照检查, 述职, 心得体会, local meeting reports): each file imported into a fresh core that carries
// the bundle (as a user has it), its 金句 read back from the user's tables and scored like the
// library's labelled documents: precision = good outputs / outputs (quotes judged with their
// speaker; an output judged with another speaker is unjudged), recall = picks found; a pick found
// under another certain person, or under anyone when its label is null, is a wrong speaker.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../../electron/core/app-core.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import type { ApiResults } from '../../../electron/contract/api.js';
import { fixtureFile, LABELS, SPEECH_DIR } from '../../../tests/unit/knowledge/speech-fixtures.js';
import { docxBytes, type Line } from '../../../tests/fixtures/import/gen/docx.js';
import { sameSentence, sentenceKey } from './library.js';
import { scoreOutputs } from './score-outputs.js';
import { settleQuotes } from '../../../electron/core/services/quote-pass.js';

const REAL_DIR = path.resolve(SPEECH_DIR, '../../../fixtures/import/real');
/** Local documents written for the set (round local23 on): pages and texts as they are, Word files
 * from a `.docx.txt` source (the title styled, the head centred up to the salutation, 一、 headings). */
const LOCAL_DIR = path.resolve(SPEECH_DIR, '../../../eval/knowledge/local-docs');

async function localWord(source: string): Promise<Buffer> {
  const lines = fs
    .readFileSync(source, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const salutation = lines.findIndex((l) => /^(同志们|各位|尊敬的)/.test(l));
  const docLines: Line[] = lines.map((text, i) => ({
    t: i === 0 ? 'title' : i < salutation ? 'center' : /^[一二三四五六七八九十]、/.test(text) ? 'h1' : 'p',
    text,
  }));
  return docxBytes(docLines);
}

export interface LocalDoc {
  file: string;
  set: string;
  picks: { text: string; speaker: string | null }[];
}

export interface LocalJudged {
  file: string;
  text: string;
  speaker: string | null;
  good: boolean;
  reason: string;
  wrongSpeaker?: boolean;
}

export interface LocalQuote {
  file: string;
  text: string;
  speaker: string | null;
}

export interface LocalResult {
  docs: number;
  outputs: number;
  precision: number;
  recall: number;
  wrongSpeakers: string[];
  missed: { file: string; text: string }[];
  bad: LocalJudged[];
  unjudged: LocalQuote[];
}

/** The file as a user imports it: a real fixture's bytes, or a speech fixture in its labelled format. */
export async function fileOf(name: string): Promise<{ name: string; bytes: Buffer }> {
  const label = LABELS.find((l) => l.file === name);
  if (label) return fixtureFile(label);
  const local = path.join(LOCAL_DIR, name);
  if (fs.existsSync(local)) return { name, bytes: fs.readFileSync(local) };
  if (fs.existsSync(`${local}.txt`)) return { name, bytes: await localWord(`${local}.txt`) };
  return { name, bytes: fs.readFileSync(path.join(REAL_DIR, name)) };
}

/** Imports each file into one core (data in `dataDir`, a temp folder by default) and returns its 金句. */
export async function importLocal(
  bundlePath: string,
  files: readonly string[],
  dataDir?: string,
): Promise<LocalQuote[]> {
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'shelf-local-'));
  const core = createCore({ dataDir: dir, bundlePath });
  const out: LocalQuote[] = [];
  try {
    for (const file of files) {
      const { name, bytes } = await fileOf(file);
      const env = await dispatch(core.handlers, 'importFiles', {
        files: [{ name, dataBase64: bytes.toString('base64') }],
      });
      if (!env.ok) throw new Error(`${file}: ${env.error.message}`);
      const ids = (env.value as ApiResults['importFiles']).results.flatMap((r) => r.docIds);
      await settleQuotes(core.ctx); // 金句 follow the import (quote-pass.ts)
      const read = core.ctx.userDb.prepare(
        'SELECT text, speaker FROM quotes WHERE doc_id = ? ORDER BY paragraph, start',
      );
      for (const id of ids)
        for (const q of read.all(id) as { text: string; speaker: string | null }[]) out.push({ file, ...q });
    }
  } finally {
    core.close();
    if (!dataDir) fs.rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

export function scoreLocal(
  docs: readonly LocalDoc[],
  judged: readonly LocalJudged[],
  quotes: readonly LocalQuote[],
): LocalResult {
  const mineOf = (d: LocalDoc) => quotes.filter((q) => q.file === d.file);
  const judgeIn = (d: LocalDoc) => (q: LocalQuote) =>
    judged.find((x) => x.file === d.file && x.speaker === q.speaker && sentenceKey(x.text) === sentenceKey(q.text));
  const score = scoreOutputs(
    docs.map((d) => {
      const mine = mineOf(d);
      return {
        outputs: mine,
        judge: judgeIn(d),
        picks: d.picks.map((p) => ({ file: d.file, text: p.text })),
        finds: (p: { text: string }) => mine.some((q) => sameSentence(q.text, p.text)),
      };
    }),
  );
  // An output judged under a wrong speaker, or a pick found under another certain person (or any, when its
  // label is null).
  const wrongSpeakers: string[] = [];
  for (const d of docs) {
    const mine = mineOf(d);
    for (const q of mine) if (judgeIn(d)(q)?.wrongSpeaker) wrongSpeakers.push(`${d.file}: ${q.speaker}: ${q.text}`);
    for (const p of d.picks) {
      const q = mine.find((x) => sameSentence(x.text, p.text));
      const wrong = q && q.speaker !== null && q.speaker !== p.speaker;
      if (wrong && !wrongSpeakers.some((w) => w.endsWith(q.text)))
        wrongSpeakers.push(`${d.file}: ${q.speaker}: ${q.text}`);
    }
  }
  const { outputs, precision, recall, missed, bad, unjudged } = score;
  return { docs: docs.length, outputs, precision, recall, wrongSpeakers, missed, bad, unjudged };
}
