// The side-by-side reading: one row per pair of counterpart paragraphs (older left, newer right),
// headings kept as headings; optionally only the rows where something changed.
import type { CompareParagraph, CompareRow, Comparison } from '../../../../electron/contract/api';
import { AddToSessionButton } from '../sessions/AddToSessionButton';
import { SentenceText } from './SentenceText';

function changed(p: CompareParagraph | null): boolean {
  return !!p && p.sentences.some((s) => s.status !== 'same' || s.moved);
}

function Cell({ p, side, docId }: { p: CompareParagraph | null; side: 'older' | 'newer'; docId: string }) {
  if (!p) return <div className="cmp-cell cmp-empty" />;
  const Tag = p.kind === 'h' ? 'h3' : 'p';
  return (
    <div className="cmp-cell">
      <Tag className="cmp-para">
        {p.sentences.map((s) => (
          <SentenceText key={s.id} s={s} side={side} />
        ))}
      </Tag>
      {p.kind === 'p' && (
        <span className="cmp-row-actions">
          <AddToSessionButton item={{ kind: 'excerpt', docId, paragraph: p.index }} label="加入专题" />
        </span>
      )}
    </div>
  );
}

export function SideBySide({ c, onlyChanges }: { c: Comparison; onlyChanges: boolean }) {
  const rows: CompareRow[] = onlyChanges ? c.rows.filter((r) => changed(r.older) || changed(r.newer)) : c.rows;
  return (
    <div className="cmp-grid" role="table" aria-label="逐句对比">
      <div className="cmp-row cmp-head" role="row">
        <div className="cmp-cell" role="columnheader">
          旧：{c.older.title}
        </div>
        <div className="cmp-cell" role="columnheader">
          新：{c.newer.title}
        </div>
      </div>
      {rows.map((r, i) => (
        <div className="cmp-row" role="row" key={i}>
          <Cell p={r.older} side="older" docId={c.older.id} />
          <Cell p={r.newer} side="newer" docId={c.newer.id} />
        </div>
      ))}
    </div>
  );
}
