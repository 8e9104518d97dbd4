// 金句 in meeting reports and news stories (quotes-news25.json, round news25): speech fixtures of the
// 会议报道 kind, imported as a user would and scored like the local documents — the chair's name next
// to a meeting's summary, two leaders in one paragraph, topic statements and work-list instructions.
import fs from 'node:fs';
import path from 'node:path';
import { importLocal, scoreLocal, type LocalDoc, type LocalJudged, type LocalResult } from './local-quotes.js';

export interface NewsResults {
  news25: LocalResult;
  news25h: LocalResult;
}

export async function evalNews(labelsDir: string, bundlePath: string): Promise<NewsResults> {
  const file = path.join(labelsDir, 'quotes-news25.json');
  const set = JSON.parse(fs.readFileSync(file, 'utf8')) as { docs: LocalDoc[]; judged: LocalJudged[] };
  const quotes = await importLocal(
    bundlePath,
    set.docs.map((d) => d.file),
  );
  const score = (name: string) =>
    scoreLocal(
      set.docs.filter((d) => d.set === name),
      set.judged,
      quotes,
    );
  return { news25: score('news25'), news25h: score('news25h') };
}
