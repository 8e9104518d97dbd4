// Scores the judged 提法 occurrences (tests/eval/knowledge/t20-tifa-occurrences*.json) against what
// the current code marks over the whole library and the imported documents (the same documents
// draw-term-occurrences.ts draws from): precision is the share of the judged occurrences still
// marked that are the lexicon's 提法 in its sense; `lost` lists judged-good occurrences no longer
// marked. Run: node --import tsx scripts/eval/score-term-occurrences.ts [--cache FILE] FILE...
import fs from 'node:fs';
import { collectRuleTerms } from '../../electron/core/knowledge/extract-terms.js';
import { foldForSearch } from '../../electron/core/text/normalize.js';
import { importedDocs, libraryDocs, occurrences } from './draw-term-occurrences.js';

interface Judged {
  key: string;
  term: string;
  label: 'yes' | 'other' | 'not';
}

export function score(items: readonly Judged[], marked: ReadonlySet<string>) {
  const kept = items.filter((i) => marked.has(i.key));
  const good = kept.filter((i) => i.label === 'yes').length;
  return {
    judged: items.length,
    marked: kept.length,
    good,
    precision: kept.length ? good / kept.length : 0,
    wrong: kept.filter((i) => i.label !== 'yes').map((i) => `${i.term} (${i.label})`),
    lost: items.filter((i) => i.label === 'yes' && !marked.has(i.key)).map((i) => i.term),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const docs = libraryDocs('content/build/content.sqlite');
  const rules = collectRuleTerms(docs.flatMap((d) => d.paragraphs.map((p) => foldForSearch(p.text))));
  const at = process.argv.indexOf('--cache');
  const imported = await importedDocs(at > 0 ? process.argv[at + 1]! : '/tmp/tifa20/imported-docs.json');
  const marked = new Set([...occurrences(docs, rules), ...occurrences(imported, null)].map((o) => o.key));
  for (const f of process.argv.slice(2).filter((a, i, all) => a !== '--cache' && all[i - 1] !== '--cache')) {
    const { items } = JSON.parse(fs.readFileSync(f, 'utf8')) as { items: Judged[] };
    console.log(f, JSON.stringify(score(items, marked)));
  }
}
