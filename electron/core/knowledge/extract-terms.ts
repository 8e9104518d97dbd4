// 提法 occurrences in a document: every lexicon formulation (canonical form or variant, the listing
// layer's too: listed-lexicon.ts) and every rule formulation (term-rules.ts) quoted somewhere in the
// material, counted wherever it occurs, quoted or not. One document on import; the whole library at
// bundle build, so a formulation quoted in one report is counted in all of them.
import type { Paragraph } from '../../contract/api.js';
import { foldForSearch } from '../text/normalize.js';
import { buildMatcher, lexicon, lexiconMatcher, type TermMatcher } from './lexicon.js';
import {
  isLexiconForm as isListedForm,
  listedMatcher,
  planTerms,
  tifaEntries,
  writtenShapes,
} from './listed-lexicon.js';
import { writtenCounts } from './counted-written.js';
import { partsUses } from './numbered-parts.js';
import { writtenPlans } from './plan-forms.js';
import { quotedUses } from './quoted-uses.js';
import { ruleFor, type RuleKind } from './term-rules.js';
import { holdsSupersededLine } from './superseded-lines.js';
import { docSenseOk, type DocSense } from './sense-guards.js';
import { findAcrossGaps } from './han-gaps.js';
import { TWO_HANDS, twoHandsPlaces } from './two-hands.js';
import { tifaPrebuilt } from './tifa-prebuilt.js';
import { oneTextSpans } from './centre-formulations.js';

/** A 提法 (lexicon or rule formulation) with every occurrence; `length` is the matched form's
 * length when a variant differs from the canonical term. */
export interface ExtractedTerm {
  term: string;
  occurrences: { paragraph: number; start: number; length?: number }[];
}

export type TermOrigin = 'lexicon' | RuleKind;

export interface TermInfo {
  term: string;
  category: string;
  origin: TermOrigin;
}

/** The lexicon's forms (terms and variants), folded (tifa-prebuilt.ts writes them at build time). */
export const lexiconFormList = (): string[] =>
  lexicon().flatMap((e) => [e.term, ...(e.variants ?? [])].map(foldForSearch));

let lexiconForms: Set<string> | null = null;
function isLexiconForm(span: string): boolean {
  lexiconForms ??= new Set(tifaPrebuilt()?.lexiconForms ?? lexiconFormList());
  return lexiconForms.has(span);
}

/** Rule formulations quoted in the given folded texts (not already in the lexicon), and those a shape names in
 * any one text (centre-formulations.ts: 以…同志为核心的党中央, 习近平经济思想). A span the
 * texts introduce as a nickname or a thing's name (“一…两…”边境社区, 人称“…”) is not one unless it
 * is also carried out or followed as a formulation; a compressed slogan, whose shape says little,
 * must be so used at least once; a span quoted as a town's or a body's own coinage in half its uses
 * or more (我市…实施“五大工程”) is that place's, not the Party's line (quoted-uses.ts). A listing-layer form
 * is the layer's to count (以进促稳 has a slogan's shape): listed by both, it would be counted twice. */
export function collectRuleTerms(folded: Iterable<string>): Map<string, RuleKind> {
  const out = new Map<string, RuleKind>();
  const texts = [...folded];
  for (const text of texts) for (const span of oneTextSpans(text)) out.set(span, 'policy');
  for (const [span, use] of quotedUses(texts)) {
    if (isLexiconForm(span) || isListedForm(span)) continue;
    if ((use.named && !use.framed) || (use.local ?? 0) * 2 >= use.count) continue;
    const rule = ruleFor(span, use.count);
    if (rule === 'numeral' || (rule === 'slogan' && use.framed)) out.set(span, rule);
  }
  return out;
}

let docSensed: Map<string, DocSense> | null = null;
/** Lexicon entries whose sense depends on the whole document (docWith / docWithout). */
function docSenses(): Map<string, DocSense> {
  docSensed ??= new Map(
    tifaEntries()
      .filter((e) => e.docWith || e.docWithout)
      .map((e) => [e.term, { docWith: e.docWith?.map(foldForSearch), docWithout: e.docWithout?.map(foldForSearch) }]),
  );
  return docSensed;
}

const ruleMatchers = new Map<string, TermMatcher>();
function ruleMatcher(rules: Map<string, RuleKind>): TermMatcher {
  const key = [...rules.keys()].sort().join('|');
  let m = ruleMatchers.get(key);
  if (!m) {
    m = buildMatcher([...rules.keys()].map((term) => ({ term, forms: [] })));
    if (ruleMatchers.size > 50) ruleMatchers.clear();
    ruleMatchers.set(key, m);
  }
  return m;
}

/** Whether an occurrence of this paragraph already spans `start`: the owner-less form (listed-lexicon.ts)
 * inside the whole one the lexicon matched counts once. Only this paragraph's occurrences, from the last. */
function covered(t: ExtractedTerm, paragraph: number, start: number): boolean {
  for (let i = t.occurrences.length - 1; i >= 0; i--) {
    const o = t.occurrences[i]!;
    if (o.paragraph !== paragraph) return false;
    if (o.start <= start && start < o.start + (o.length ?? t.term.length)) return true;
  }
  return false;
}

/** Every 提法 occurrence in the paragraphs; `rules` defaults to the rule terms quoted in them. A
 * formulation a line break or a space cuts in two is found whole, its length spanning the gap. */
export function extractTerms(paragraphs: readonly Paragraph[], rules?: Map<string, RuleKind>): ExtractedTerm[] {
  const folded = paragraphs.map((p) => foldForSearch(p.text));
  const ruleTerms = rules ?? collectRuleTerms(folded);
  const matchers = [lexiconMatcher(), listedMatcher(), ruleMatcher(ruleTerms)];
  const byTerm = new Map<string, ExtractedTerm>();
  folded.forEach((text, paragraph) => {
    for (const m of matchers)
      for (const hit of findAcrossGaps(m, text)) {
        const t = byTerm.get(hit.term) ?? { term: hit.term, occurrences: [] };
        if (covered(t, paragraph, hit.start)) continue;
        t.occurrences.push({ paragraph, start: hit.start, length: hit.length });
        byTerm.set(hit.term, t);
      }
    for (const hit of [
      ...writtenPlans(text, planTerms()),
      ...writtenCounts(text, writtenShapes()),
      ...partsUses(text),
    ]) {
      const t = byTerm.get(hit.term) ?? { term: hit.term, occurrences: [] };
      t.occurrences.push({ paragraph, start: hit.start, length: hit.length });
      byTerm.set(hit.term, t);
    }
  });
  // 两手抓 by its short name or written out (two-hands.ts): one regex, only where 手抓 occurs.
  const twoHands = twoHandsPlaces(folded);
  if (twoHands.length) byTerm.set(TWO_HANDS, { term: TWO_HANDS, occurrences: twoHands });
  const senses = docSenses();
  const held = [...byTerm.keys()].filter((t) => senses.has(t));
  if (held.length) {
    const doc = folded.join('\n');
    for (const t of held) if (!docSenseOk(doc, senses.get(t)!)) byTerm.delete(t);
  }
  return [...byTerm.values()];
}

const CATEGORY: Record<RuleKind, string> = {
  numeral: '数字提法',
  counted: '数字提法',
  policy: '方针政策',
  slogan: '缩略提法',
  quoted: '缩略提法',
  series: '方针政策',
};

/** Category and origin of a term found by extractTerms. */
export function termInfo(term: string, rules: Map<string, RuleKind>): TermInfo {
  const e = tifaEntries().find((x) => x.term === term);
  if (e) return { term, category: e.category, origin: 'lexicon' };
  if (term === TWO_HANDS) return { term, category: CATEGORY.series, origin: 'series' };
  const rule = rules.get(term) ?? 'numeral';
  // A mined term that is a superseded line (一大二公, read as a 数字提法) is shown as history.
  if (holdsSupersededLine(term)) return { term, category: '历史提法', origin: rule };
  const category = CATEGORY[rule];
  return { term, category, origin: rule };
}
