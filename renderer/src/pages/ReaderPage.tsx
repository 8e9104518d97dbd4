// Reading view of one document: title, 出处 line, headings and paragraphs, hits highlighted.
import { Alert, Button, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { DocumentFull } from '../../../electron/contract/api';
import { api } from '../api/transport';
import { useApi } from '../hooks/use-api';
import { Highlighted } from '../highlight';
import { useShortcut } from '../hooks/use-shortcut';

/** Exact occurrences of the words of a query in a paragraph (display-side; the index does folding). */
function findMarks(text: string, words: string[]): [number, number][] {
  const marks: [number, number][] = [];
  const lower = text.toLowerCase();
  for (const w of words) {
    for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + w.length)) marks.push([i, i + w.length]);
  }
  return marks;
}

function queryWords(q: string): string[] {
  return q
    .replace(/\b\w+:\S+/g, ' ')
    .replace(/["“”]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== 'OR' && !w.startsWith('-'))
    .map((w) => w.toLowerCase());
}

export function ReaderPage({ id, highlight }: { id: string; highlight: string }) {
  const doc = useApi<DocumentFull>(() => api.getDocument({ id }), [id]);
  const words = useMemo(() => queryWords(highlight), [highlight]);
  const [hitIndex, setHitIndex] = useState(0);
  const hits = () => Array.from(document.querySelectorAll<HTMLElement>('.reader mark.hit'));
  const goto = (delta: number) => {
    const all = hits();
    if (!all.length) return;
    const next = (hitIndex + delta + all.length) % all.length;
    setHitIndex(next);
    all.forEach((m, i) => m.classList.toggle('current', i === next));
    all[next]!.scrollIntoView({ block: 'center' });
  };
  useShortcut('F3', () => goto(1), words.length > 0);
  useShortcut('shift+F3', () => goto(-1), words.length > 0);
  useEffect(() => setHitIndex(0), [id, highlight]);

  if (doc.error) return <Alert type="error" showIcon message={doc.error} />;
  if (!doc.data) return <Skeleton active />;
  const d = doc.data;
  const toc = d.paragraphs.map((p, i) => ({ ...p, i })).filter((p) => p.kind === 'h');
  return (
    <article className="page reader">
      <header>
        <Typography.Title level={2} className="reader-title">{d.title}</Typography.Title>
        <Space wrap className="reader-meta">
          <Tag color="red">{d.type}</Tag>
          <Typography.Text type="secondary" className="citation">{d.citation}</Typography.Text>
        </Space>
        {words.length > 0 && (
          <Space className="hit-nav no-print">
            <Typography.Text>共 {d.paragraphs.reduce((n, p) => n + findMarks(p.text, words).length, 0)} 处匹配</Typography.Text>
            <Button size="small" onClick={() => goto(-1)}>上一处</Button>
            <Button size="small" onClick={() => goto(1)}>下一处</Button>
          </Space>
        )}
      </header>
      {toc.length > 1 && (
        <nav className="reader-toc no-print" aria-label="目录">
          <Typography.Text strong>目录</Typography.Text>
          <ol>
            {toc.map((h) => (
              <li key={h.i}>
                <a href={`#p-${h.i}`} onClick={(e) => { e.preventDefault(); document.getElementById(`p-${h.i}`)?.scrollIntoView(); }}>{h.text}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div className="reader-body">
        {d.paragraphs.map((p, i) =>
          p.kind === 'h' ? (
            <h3 key={i} id={`p-${i}`} data-paragraph={i}>
              <Highlighted text={p.text} marks={findMarks(p.text, words)} />
            </h3>
          ) : (
            <p key={i} id={`p-${i}`} data-paragraph={i}>
              <Highlighted text={p.text} marks={findMarks(p.text, words)} />
            </p>
          ),
        )}
      </div>
    </article>
  );
}
