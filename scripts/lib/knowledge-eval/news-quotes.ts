// 金句 in meeting reports and news stories, imported as a user would and scored like the local documents:
// quotes-news25.json (round news25: speech fixtures of the 会议报道 kind — the chair's name next to a
// meeting's summary, two leaders in one paragraph, topic statements and work-list instructions) and
// quotes-news26.json (round news26: 全会公报, 政治局 and 常委会 meetings, 座谈会 in local-docs/n26-*, where a
// meeting's own theses are picks credited to nobody and its pledges and work lists are not).
import fs from 'node:fs';
import path from 'node:path';
import { importLocal, scoreLocal, type LocalDoc, type LocalJudged, type LocalResult } from './local-quotes.js';

export interface NewsResults {
  news25: LocalResult;
  news25h: LocalResult;
  news26: LocalResult;
  news26h: LocalResult;
}

async function evalFile(labelsDir: string, bundlePath: string, name: string, sets: readonly string[]) {
  const file = path.join(labelsDir, name);
  const set = JSON.parse(fs.readFileSync(file, 'utf8')) as { docs: LocalDoc[]; judged: LocalJudged[] };
  const quotes = await importLocal(
    bundlePath,
    set.docs.map((d) => d.file),
  );
  return sets.map((s) =>
    scoreLocal(
      set.docs.filter((d) => d.set === s),
      set.judged,
      quotes,
    ),
  );
}

export async function evalNews(labelsDir: string, bundlePath: string): Promise<NewsResults> {
  const [news25, news25h] = await evalFile(labelsDir, bundlePath, 'quotes-news25.json', ['news25', 'news25h']);
  const [news26, news26h] = await evalFile(labelsDir, bundlePath, 'quotes-news26.json', ['news26', 'news26h']);
  return { news25: news25!, news25h: news25h!, news26: news26!, news26h: news26h! };
}
