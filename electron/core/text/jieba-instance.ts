// The process's one jieba segmenter on this thread, loaded on first use. Its dictionary costs
// ~0.1 s of CPU to load; a process that tags here (segment.ts) and mines pinyin words
// (search/pinyin-words-build.ts) loaded it once for each before.
import type * as JiebaModule from '@node-rs/jieba';
import fs from 'node:fs';
import { createRequire } from 'node:module';

let jieba: JiebaModule.Jieba | null = null;

export function jiebaInstance(): JiebaModule.Jieba {
  if (jieba) return jieba;
  // The addon loads here, on first use: a process whose tagging thread answers (the CLI's import)
  // never needs it on this thread, and loading it cost that thread ~10 ms (issue 14).
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as typeof JiebaModule;
  // The dictionary file itself: the package's dict.js also reads its 6 MB idf.txt, unused here.
  return (jieba = Jieba.withDict(fs.readFileSync(require.resolve('@node-rs/jieba/dict.txt'))));
}
