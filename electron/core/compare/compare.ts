// 对比阅读: two documents side by side, aligned by paragraph and sentence (reordering-proof), with
// changed sentences' word differences, the 新提法 panel and the numbers panel.
import { ApiError } from '../../contract/errors.js';
import type { CompareParagraph, CompareRow, Comparison, DiffPart } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { citationLine } from '../services/library-read.js';
import { loadDocText, type DocText } from '../verify/doc-text.js';
import { pairParagraphs, pairSentences, paragraphRows, type SentencePairs } from './align.js';
import { defaultPair } from './default-pair.js';
import { formulationChanges } from './formulations.js';
import { numberChanges } from './numbers.js';
import { docUnits, type DocUnits } from './units.js';
import { wordDiff } from './word-diff.js';

function load(ctx: CoreContext, id: string): DocText {
  const d = loadDocText(ctx, id);
  if (!d) throw new ApiError('NOT_FOUND', '找不到要对比的文档，可能已被删除。请重新选择。');
  return d;
}

interface SideSpec {
  units: DocUnits;
  other: DocUnits;
  /** This side's sentence id → the other side's. */
  pairs: Map<number, number>;
  unmatched: 'added' | 'removed';
  isChanged(id: number): boolean;
  parts(id: number): DiffPart[];
}

function side(spec: SideSpec, p: number, counterpartPara: number | null): CompareParagraph {
  return {
    index: p,
    kind: spec.units.paragraphs[p]!.kind,
    sentences: spec.units.byParagraph[p]!.map((id) => {
      const other = spec.pairs.get(id) ?? null;
      const changed = other !== null && spec.isChanged(id);
      return {
        id,
        text: spec.units.sentences[id]!.text,
        status: other === null ? spec.unmatched : changed ? 'changed' : 'same',
        moved: other !== null && spec.other.sentences[other]!.paragraph !== counterpartPara,
        counterpart: other,
        parts: changed ? spec.parts(id) : null,
      };
    }),
  };
}

function buildRows(older: DocUnits, newer: DocUnits, pairs: SentencePairs): CompareRow[] {
  const diffs = new Map<number, ReturnType<typeof wordDiff>>();
  const diffFor = (n: number) => {
    let d = diffs.get(n);
    if (!d) diffs.set(n, (d = wordDiff(older.sentences[pairs.newToOld.get(n)!]!.text, newer.sentences[n]!.text)));
    return d;
  };
  const changedOld = new Set([...pairs.changed].map((n) => pairs.newToOld.get(n)!));
  const oldSide: SideSpec = {
    units: older,
    other: newer,
    pairs: pairs.oldToNew,
    unmatched: 'removed',
    isChanged: (id) => changedOld.has(id),
    parts: (id) => diffFor(pairs.oldToNew.get(id)!).older,
  };
  const newSide: SideSpec = {
    units: newer,
    other: older,
    pairs: pairs.newToOld,
    unmatched: 'added',
    isChanged: (id) => pairs.changed.has(id),
    parts: (id) => diffFor(id).newer,
  };
  const paraPairs = pairParagraphs(older, newer, pairs);
  return paragraphRows(older.paragraphs.length, newer.paragraphs.length, paraPairs).map(([o, n]) => ({
    older: o === null ? null : side(oldSide, o, n),
    newer: n === null ? null : side(newSide, n, o),
  }));
}

export function compareDocuments(ctx: CoreContext, a: { olderId?: string; newerId?: string }): Comparison {
  const ids = a.olderId && a.newerId ? { olderId: a.olderId, newerId: a.newerId } : defaultPair(ctx, a.newerId);
  if (ids.olderId === ids.newerId) throw new ApiError('BAD_INPUT', '请选择两篇不同的文档进行对比。');
  const oldDoc = load(ctx, ids.olderId);
  const newDoc = load(ctx, ids.newerId);
  const older = docUnits(oldDoc.paragraphs);
  const newer = docUnits(newDoc.paragraphs);
  const pairs = pairSentences(older.sentences, newer.sentences);
  const rows = buildRows(older, newer, pairs);
  const stats = { same: 0, changed: 0, added: 0, removed: 0, moved: 0 };
  for (const r of rows) {
    for (const s of r.newer?.sentences ?? []) {
      stats[s.status === 'same' ? 'same' : s.status === 'changed' ? 'changed' : 'added']++;
      if (s.moved) stats.moved++;
    }
    for (const s of r.older?.sentences ?? []) if (s.status === 'removed') stats.removed++;
  }
  const doc = (d: DocText) => ({
    id: d.row.id,
    title: d.row.title,
    date: d.row.date,
    year: d.row.year,
    citation: citationLine(d.row),
  });
  return {
    older: doc(oldDoc),
    newer: doc(newDoc),
    rows,
    stats,
    formulations: formulationChanges(ctx, oldDoc, newDoc),
    numbers: numberChanges(older, newer, pairs),
  };
}
