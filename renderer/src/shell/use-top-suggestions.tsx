// What the top search box offers while typing: catalogue suggestions (titles, speakers, 金句, 提法,
// tags; pinyin too) and the first full-text hits, or the recent searches when the box is empty.
import { Tag } from 'antd';
import { useEffect, useRef, useState, type MutableRefObject } from 'react';
import type { CatalogueSuggestion } from '../../../electron/contract/api';
import { api } from '../api/transport';
import { cachedSearch } from '../api/search-cache';
import { navigate } from '../hooks/use-hash-route';

const KIND_LABEL: Record<CatalogueSuggestion['kind'], string> = {
  title: '标题',
  speaker: '讲话人',
  occasion: '场合',
  quote: '金句',
  term: '提法',
  tag: '标签',
};

export interface Option {
  value: string;
  label: React.ReactNode;
  run: () => void;
}

function suggestionOption(s: CatalogueSuggestion, i: number): Option {
  const run = () => {
    if ((s.kind === 'title' || s.kind === 'quote') && s.docId)
      navigate('reader', { id: s.docId, q: s.kind === 'quote' ? s.text.slice(0, 16) : undefined });
    else if (s.kind === 'tag') navigate('search', { q: `tag:${s.text}` });
    else if (s.kind === 'speaker') navigate('search', { q: `speaker:${s.text}` });
    else navigate('search', { q: s.text });
  };
  return {
    value: `s${i}:${s.text}`,
    run,
    label: (
      <div className="suggestion">
        <Tag>{KIND_LABEL[s.kind]}</Tag>
        <span className="suggestion-text">{s.text}</span>
        {s.count > 1 && <span className="suggestion-count">{s.count}</span>}
      </div>
    ),
  };
}

/**
 * Options for the debounced query `typed`. `closed` is true after Enter: a late answer must not
 * reopen the list over the results. `cancel()` drops the answers still on their way.
 */
export function useTopSuggestions(typed: string, closed: MutableRefObject<boolean>) {
  const [options, setOptions] = useState<Option[]>([]);
  const seq = useRef(0);
  useEffect(() => {
    const mine = ++seq.current;
    const load = typed
      ? Promise.all([
          api.searchCatalogue({ query: typed, limit: 6 }),
          // The result page's first page, not just 4 hits: Enter then shows it without asking again.
          cachedSearch({ query: typed, sort: 'relevance', offset: 0, limit: 20 }),
        ]).then(([cat, docs]) => [
          ...cat.items.map(suggestionOption),
          // Full-text hits too, so a word that is in no title or 金句 still shows documents at once.
          ...docs.hits
            .slice(0, 4)
            .filter((h) => !cat.items.some((c) => c.kind === 'title' && c.docId === h.docId))
            .map((h, i) => ({
              value: `d${i}:${h.docId}`,
              run: () => navigate('reader', { id: h.docId, q: typed }),
              label: (
                <div className="suggestion">
                  <Tag color="red">全文</Tag>
                  <span className="suggestion-text">{h.title}</span>
                  <span className="suggestion-count">{h.hitCount} 处</span>
                </div>
              ),
            })),
        ])
      : api.listSearchHistory({ limit: 8 }).then((r) =>
          r.items.map((h, i) => ({
            value: `h${i}:${h.query}`,
            run: () => navigate('search', { q: h.query }),
            label: (
              <div className="suggestion">
                <Tag>最近</Tag>
                {h.query}
              </div>
            ),
          })),
        );
    // Drop stale responses: only the newest request may update the list.
    load.then(
      (opts) => mine === seq.current && !closed.current && setOptions(opts),
      () => mine === seq.current && setOptions([]),
    );
  }, [typed, closed]);
  const cancel = () => {
    seq.current++;
    setOptions([]);
  };
  return { options, cancel };
}
