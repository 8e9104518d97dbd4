// When the engine read the query as pinyin (dangjian → 党建), say so and offer the literal search.
// The search result carries `pinyin: { query, terms }` (issue 14's engine change); until that field
// is in the contract it is read here without widening the contract type.
import { Alert } from 'antd';
import type { SearchResult } from '../../../../electron/contract/api';
import { routeHref } from '../../hooks/use-hash-route';

export interface PinyinReading {
  query: string;
  terms: string[];
}

export function pinyinOf(result: SearchResult | null): PinyinReading | null {
  const p = (result as (SearchResult & { pinyin?: PinyinReading | null }) | null)?.pinyin;
  return p && p.terms.length ? p : null;
}

export function PinyinNotice({ reading }: { reading: PinyinReading }) {
  return (
    <Alert
      className="pinyin-notice"
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      message={
        <span>
          按拼音 <b>{reading.query}</b> → {reading.terms.join('、')}。
          {/* A quoted phrase is searched as typed, without the pinyin reading. */}
          <a href={routeHref('search', { q: `"${reading.query}"` })} className="pinyin-literal">
            改为按原文搜索“{reading.query}”
          </a>
        </span>
      }
    />
  );
}
