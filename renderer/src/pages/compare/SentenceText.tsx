// One sentence of the side-by-side view: coloured by status (新增 / 删除 / 修改), changed ones with
// their word-level marks, moved ones flagged; clicking a matched sentence scrolls to its counterpart.
import type { CompareSentence } from '../../../../electron/contract/api';

const TITLE: Record<CompareSentence['status'], string> = {
  same: '相同',
  changed: '修改',
  added: '新增',
  removed: '删除',
};

export function SentenceText({ s, side }: { s: CompareSentence; side: 'older' | 'newer' }) {
  const jump = () => {
    if (s.counterpart === null) return;
    const el = document.getElementById(`cmp-${side === 'older' ? 'newer' : 'older'}-${s.counterpart}`);
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    el?.classList.add('cmp-flash');
    setTimeout(() => el?.classList.remove('cmp-flash'), 1200);
  };
  return (
    <span
      id={`cmp-${side}-${s.id}`}
      className={`cmp-sentence cmp-${s.status}${s.moved ? ' cmp-moved' : ''}`}
      title={`${TITLE[s.status]}${s.moved ? '（位置调整）' : ''}`}
      onClick={jump}
    >
      {s.moved && (
        <span className="cmp-moved-mark" aria-label="位置调整">
          ↕
        </span>
      )}
      {s.parts
        ? s.parts.map((p, i) =>
            p.op === 'add' ? (
              <ins key={i}>{p.text}</ins>
            ) : p.op === 'del' ? (
              <del key={i}>{p.text}</del>
            ) : (
              <span key={i}>{p.text}</span>
            ),
          )
        : s.text}
    </span>
  );
}
