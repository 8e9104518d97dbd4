// 目录: the document's outline (see outline.ts), a side panel on wide screens; click to jump.
import { Typography } from 'antd';
import type { OutlineEntry } from './outline';

export function ReaderOutline({ entries }: { entries: OutlineEntry[] }) {
  if (entries.length < 2) return <div className="reader-outline empty" />;
  return (
    <nav className="reader-outline reader-toc no-print" aria-label="目录">
      <Typography.Text strong>目录</Typography.Text>
      <ol>
        {entries.map((h) => (
          <li key={h.paragraph} className={`level-${h.level}`}>
            <a
              href={`#p-${h.paragraph}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(`p-${h.paragraph}`)?.scrollIntoView({ block: 'start' });
              }}
            >
              {h.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
