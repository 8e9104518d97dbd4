// Phrase mining over the whole library: proposes 提法 candidates for review (accept / reject,
// remembered) from character n-grams that are frequent across years, cohesive (PMI), free at
// both boundaries (entropy) and used like a formulation (quoted, or framed by 坚持…/…战略).
// Candidates never include names of people, places or organisations, ordinary dictionary words
// or phrases glued to function words; lexicon terms and reviewed decisions are left out.
import { tokenize } from '../text/segment.js';
import { ngramStats, type CorpusDoc, type NgramStat } from './ngram-stats.js';

export interface Candidate {
  term: string;
  count: number;
  docs: number;
  years: number;
  firstYear: number | null;
  entropy: number;
  pmi: number;
  /** Share of occurrences inside quotation marks or framed by a formulation verb or noun. */
  framed: number;
  score: number;
  /** Why it is proposed, in Chinese, for the review list. */
  reason: string;
}

const EDGE_START = /^[的了和与及在是为对把被等也都就而并或之其以于从向将由这那各该本每个要我你他她它上下中]/;
const EDGE_END = /[的了和与及在是为对把被等也都就而并或之其以于从向将由着地得要个上下中]$/;
const NAME_TAG = /^(nr|nrfg|nrt|ns|nt)$/;
const ORG_END =
  /(委员会|代表大会|会议|政府|人民政府|国务院|中央|部|局|院|厅|署|组织|集团|公司|银行|大学|学校|协会|省|市|县|区|同志|总理|主席|书记)$/;
const BEFORE = /(坚持|实施|贯彻|推进|落实|践行|树立|弘扬|实行|奉行|构建|建设|推动|加快|深化|完善)$/;
const AFTER = /^(战略|理念|方针|原则|制度|体系|思想|目标|精神|要求|布局|格局|工程|行动|政策|道路|理论)/;

/** Why a phrase is not a candidate, or null when it may be one. */
export function rejectReason(gram: string, stop: ReadonlySet<string>): string | null {
  if (stop.has(gram)) return '停用词表';
  if (EDGE_START.test(gram) || EDGE_END.test(gram)) return '以虚词或代词开头/结尾';
  if (ORG_END.test(gram)) return '机构名或职务';
  const toks = tokenize(gram);
  if (toks.length === 1) return '普通词语';
  if (toks.some((t) => NAME_TAG.test(t.tag) && t.word.length >= 2)) return '含人名、地名或机构名';
  if (toks.every((t) => stop.has(t.word) || t.word.length === 1)) return '由普通词语拼成';
  return null;
}

function framedShare(corpus: CorpusDoc[], gram: string): number {
  let framed = 0;
  let total = 0;
  for (const d of corpus)
    for (let i = d.text.indexOf(gram); i >= 0; i = d.text.indexOf(gram, i + gram.length)) {
      total++;
      const before = d.text.slice(Math.max(0, i - 2), i);
      const after = d.text.slice(i + gram.length, i + gram.length + 2);
      if (/[“「]$/.test(before) || BEFORE.test(before) || AFTER.test(after)) framed++;
    }
  return total ? framed / total : 0;
}

function reasonFor(s: NgramStat, framed: number): string {
  const parts = [`出现${s.count}次，分布在${s.years.length}个年份`];
  if (s.pmi >= 6) parts.push('内部结合紧密');
  if (s.entropy >= 3) parts.push('前后搭配自由');
  if (framed >= 0.3) parts.push(`${Math.round(framed * 100)}%的用例带引号或“坚持…”“…战略”等框架`);
  return parts.join('；');
}

export interface MiningOptions {
  /** Terms already in the lexicon, accepted or rejected in review: not proposed again. */
  known: ReadonlySet<string>;
  /** Ordinary words (and generic words a candidate may not consist only of). */
  stop: ReadonlySet<string>;
  limit?: number;
}

export function mineCandidates(corpus: CorpusDoc[], opts: MiningOptions): Candidate[] {
  const stats = ngramStats(corpus, { minN: 3, maxN: 12, minCount: 5 });
  const pre = stats.filter(
    (s) =>
      s.years.length >= 3 &&
      s.docs >= 3 &&
      s.entropy >= 1.5 &&
      s.pmi >= 2.5 &&
      !opts.known.has(s.gram) &&
      rejectReason(s.gram, opts.stop) === null,
  );
  // A phrase inside a longer candidate with (almost) the same count is that candidate's fragment.
  const byCount = new Map(pre.map((s) => [s.gram, s.count]));
  const whole = pre.filter(
    (s) =>
      !pre.some((o) => o.gram.length > s.gram.length && o.gram.includes(s.gram) && o.count >= s.count * 0.9) &&
      byCount.has(s.gram),
  );
  const out = whole.map((s) => {
    const framed = framedShare(corpus, s.gram);
    const score = Math.log2(1 + s.count) * Math.min(s.entropy, 4) * Math.min(s.pmi, 10) * (0.5 + framed);
    return {
      term: s.gram,
      count: s.count,
      docs: s.docs,
      years: s.years.length,
      firstYear: s.years[0] ?? null,
      entropy: Number(s.entropy.toFixed(2)),
      pmi: Number(s.pmi.toFixed(2)),
      framed: Number(framed.toFixed(2)),
      score: Number(score.toFixed(1)),
      reason: reasonFor(s, framed),
    };
  });
  out.sort((a, b) => b.score - a.score || a.term.localeCompare(b.term, 'zh'));
  return out.slice(0, opts.limit ?? 300);
}
