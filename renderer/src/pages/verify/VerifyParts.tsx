// The library passage compared with the pasted quotation: what the pasted text lacks is shown
// inserted (缺), what it has instead is struck through (误), the rest as the source writes it.
import type { VerifyPart } from '../../../../electron/contract/api';

export function VerifyParts({ parts }: { parts: VerifyPart[] }) {
  return (
    <span className="verify-parts">
      {parts.map((p, i) =>
        p.op === 'missing' ? (
          <ins key={i} className="verify-missing" title="引文缺少（原文有）">
            {p.text}
          </ins>
        ) : p.op === 'extra' ? (
          <del key={i} className="verify-extra" title="引文有误（原文没有）">
            {p.text}
          </del>
        ) : (
          <mark key={i} className="verify-same">
            {p.text}
          </mark>
        ),
      )}
    </span>
  );
}
