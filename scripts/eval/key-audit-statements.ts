// Key audit 67: every source 判断 the bundled library gives (generate-statements.ts), checked against the whole bundle,
// historical documents included. A 提法 “见于《…》” keyed 正确: the named document is the question's own, says it, and no
// other document of its year or before says it in any lexicon form; keyed 错误: the named document says it in no form
// and is older than every document that does. A 金句 “出自《…》” keyed 正确: the named document is its own and no other
// document holds all its clauses; keyed 错误: the named document holds neither the line nor a near restatement
// (restated-in-part.ts, a clause within two edits: key-audit.ts `nearClauses`). Every flag is a wrong key until read.
// Run: node --import tsx scripts/eval/key-audit-statements.ts BUNDLE > out.txt
import { lexicon } from '../../electron/core/knowledge/lexicon.js';
import { restatesInPart } from '../../electron/core/quiz/restated-in-part.js';
import type { QuestionDraft, QuizSource, SourceDoc } from '../../electron/core/quiz/types.js';
import { foldForSearch, hanChars } from '../../electron/core/text/normalize.js';
import { readLibrary, type LibraryDoc } from '../lib/library-corpus.js';
import { keyError, questionSample } from '../lib/knowledge-eval/questions.js';
import { statementClaim } from '../lib/knowledge-eval/statement-keys.js';
import { nearClauses } from './key-audit.js';

const hanOf = new WeakMap<LibraryDoc, string>();
const hanText = (d: LibraryDoc) =>
  hanOf.get(d) ?? (hanOf.set(d, hanChars(d.paragraphs.map((p) => p.text).join(''))), hanOf.get(d)!);

/** Why the statement's key may be wrong, read against every document of the bundle: empty when it holds. */
export function auditStatement(d: QuestionDraft, src: QuizSource, all: readonly LibraryDoc[]): string[] {
  const claim = statementClaim(d, src);
  if (!claim) return [];
  const named = claim.doc;
  if (!named || named.year === null) return ['所称文献不在书架中或无年份'];
  const keyedTrue = d.options[d.correct[0]!] === '正确';
  const flags: string[] = [];
  if (claim.term) {
    // Folded text with its marks: Han only would join 三、农业 into 三农.
    const forms = [claim.what, ...(lexicon().find((e) => e.term === claim.what)?.variants ?? [])].map(foldForSearch);
    const sayers = all.filter((x) => forms.some((f) => x.folded.includes(f)));
    const first = Math.min(...sayers.map((x) => x.year ?? Infinity));
    const early = sayers.filter((x) => x.id !== named.id && (x.year ?? Infinity) <= named.year!);
    if (keyedTrue && named.id !== d.docId) flags.push('判为正确的不是题目所据文献');
    if (keyedTrue && early.length)
      flags.push(`同年或更早亦见于：${early.map((x) => `${x.title}（${x.year}）`).join('；')}`);
    if (!keyedTrue && sayers.some((x) => x.id === named.id)) flags.push('判为错误的文献其实含有该提法');
    if (!keyedTrue && named.year >= first) flags.push(`所称文献不早于该提法最早所见（${first}年）`);
  } else {
    const own = d.docId ? src.docs.get(d.docId) : undefined;
    const parts = d.fact
      .split(/[，。；！？：、,.;!?:\s“”"]+/)
      .map(hanChars)
      .filter((c) => c.length >= 4);
    const others = all.filter((x) => x.id !== d.docId && parts.length && parts.every((c) => hanText(x).includes(c)));
    if (keyedTrue && named.id !== own?.id) flags.push('判为正确的不是金句所在文献');
    if (keyedTrue && others.length) flags.push(`他文亦有此句：${others.map((x) => x.title).join('；')}`);
    if (!keyedTrue) {
      const near = nearClauses(d.fact, named);
      if (hanText(all.find((x) => x.id === named.id)!).includes(hanChars(d.fact))) flags.push('判为错误的文献含有此句');
      if (restatesInPart(d.fact, named)) flags.push('判为错误的文献部分复述此句');
      if (near.length) flags.push(`判为错误的文献有近似句：${near.join('，')}`);
    }
  }
  const why = keyError(d, src);
  return why ? [...flags, `答案与原文不符：${why}`] : flags;
}

const docOf = (src: QuizSource, id: string | null): SourceDoc | undefined => (id ? src.docs.get(id) : undefined);

if (import.meta.url === `file://${process.argv[1]}`) {
  const bundle = process.argv[2]!;
  const { src, sample } = questionSample(bundle, 1_000_000, 'audit:', new Set(), false, 'all');
  const all = readLibrary(bundle);
  const asked = sample.filter((d) => statementClaim(d, src));
  let flagged = 0;
  const lines: string[] = [];
  for (const d of asked) {
    const flags = auditStatement(d, src, all);
    if (!flags.length) continue;
    flagged++;
    lines.push(`\n[${d.factKind}] ${d.stem}\n答案：${d.options[d.correct[0]!]}\n出处：${docOf(src, d.docId)?.title}`);
    lines.push(...flags);
  }
  const n = (k: string, v: string) => asked.filter((d) => d.factKind === k && d.options[d.correct[0]!] === v).length;
  console.log(`questions ${sample.length}, source 判断 ${asked.length}, flagged ${flagged}`);
  console.log(
    `提法 正确 ${n('term', '正确')} / 错误 ${n('term', '错误')}; 金句 正确 ${n('quote', '正确')} / 错误 ${n('quote', '错误')}`,
  );
  console.log(lines.join('\n'));
}
