// Top bar with the global search box: search-as-you-type suggestions (use-top-suggestions),
// Enter opens the result page. Ctrl+K focuses it.
import { AutoComplete, Input, Layout, type InputRef } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { navigate } from '../hooks/use-hash-route';
import { useShortcut } from '../hooks/use-shortcut';
import { useDebounced } from '../hooks/use-debounced';
import { useTopSuggestions } from './use-top-suggestions';

export function TopBar({ initialQuery }: { initialQuery: string }) {
  const ref = useRef<InputRef>(null);
  const [value, setValue] = useState(initialQuery);
  const typed = useDebounced(value.trim(), 15);
  // After Enter the list stays closed until the query is edited again (a late answer for what
  // was being typed must not cover the results).
  const closed = useRef(false);
  useEffect(() => setValue(initialQuery), [initialQuery]);
  const focus = useCallback(() => ref.current?.focus({ cursor: 'all' }), []);
  useShortcut('mod+k', focus);
  const { options, cancel } = useTopSuggestions(typed, closed);

  // Enter on a highlighted suggestion fires both onSelect and onSearch; the selection wins.
  const selected = useRef(false);
  const submit = (q: string) => {
    setTimeout(() => {
      const query = q.trim();
      if (!selected.current && query) {
        // Close the suggestions first: an open list re-measures its position on every layout
        // change, which the result page's first render would pay for.
        closed.current = true;
        cancel();
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
