// Top bar with the global search box: search-as-you-type suggestions from the catalogue
// (titles, speakers, 金句, 提法, tags; pinyin too), recent searches when empty. Ctrl+K focuses it.
import { AutoComplete, Input, Layout, Tag, type InputRef } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CatalogueSuggestion } from '../../../electron/contract/api';
import { api } from '../api/transport';
import { cachedSearch } from '../api/search-cache';
import { navigate } from '../hooks/use-hash-route';
import { useShortcut } from '../hooks/use-shortcut';
import { useDebounced } from '../hooks/use-debounced';

const KIND_LABEL: Record<CatalogueSuggestion['kind'], string> = {
  title: '标题',
  speaker: '讲话人',
  occasion: '场合',
  quote: '金句',
  term: '提法',
  tag: '标签',
};

interface Option {
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

export function TopBar({ initialQuery }: { initialQuery: string }) {
  const ref = useRef<InputRef>(null);
  const [value, setValue] = useState(initialQuery);
  const [options, setOptions] = useState<Option[]>([]);
  const typed = useDebounced(value.trim(), 15);
  const seq = useRef(0);
  // After Enter the list stays closed until the query is edited again (a late answer for what
  // was being typed must not cover the results).
  const closed = useRef(false);
  useEffect(() => setValue(initialQuery), [initialQuery]);
  const focus = useCallback(() => ref.current?.focus({ cursor: 'all' }), []);
  useShortcut('mod+k', focus);

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
  }, [typed]);

  // Enter on a highlighted suggestion fires both onSelect and onSearch; the selection wins.
  const selected = useRef(false);
  const submit = (q: string) => {
    setTimeout(() => {
      const query = q.trim();
      if (!selected.current && query) {
        // Close the suggestions first: an open list re-measures its position on every layout
        // change, which the result page's first render would pay for.
        seq.current++;
        closed.current = true;
        setOptions([]);
        navigate('search', { q: query });
      }
      selected.current = false;
    }, 0);
  };

  return (
    <Layout.Header className="app-header no-print">
      <AutoComplete
        className="top-search"
        options={options}
        value={value}
        onChange={(v: string) => {
          closed.current = false;
          setValue(v);
        }}
        onSelect={(v: string) => {
          const opt = options.find((o) => o.value === v);
          selected.current = true;
          setValue(value);
          opt?.run();
        }}
        popupMatchSelectWidth
        defaultActiveFirstOption={false}
      >
        <Input.Search
          ref={ref}
          aria-label="全文搜索"
          placeholder="搜索全文、标题、金句、拼音……（Ctrl+K）"
          allowClear
          onSearch={submit}
        />
      </AutoComplete>
    </Layout.Header>
  );
}
