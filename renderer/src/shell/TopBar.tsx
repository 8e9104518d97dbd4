// Top bar with the global search box; Ctrl+K (⌘K) focuses it from anywhere.
import { Input, Layout, type InputRef } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { navigate } from '../hooks/use-hash-route';
import { useShortcut } from '../hooks/use-shortcut';

export function TopBar({ initialQuery }: { initialQuery: string }) {
  const ref = useRef<InputRef>(null);
  const [value, setValue] = useState(initialQuery);
  useEffect(() => setValue(initialQuery), [initialQuery]);
  const focus = useCallback(() => ref.current?.focus({ cursor: 'all' }), []);
  useShortcut('mod+k', focus);
  return (
    <Layout.Header className="app-header no-print">
      <Input.Search
        ref={ref}
        className="top-search"
        aria-label="全文搜索"
        placeholder="搜索全文、标题、金句……（Ctrl+K）"
        allowClear
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onSearch={(q) => q.trim() && navigate('search', { q: q.trim() })}
      />
    </Layout.Header>
  );
}
