// Numbers panel: headline targets side by side (changed ones marked), then sentences that changed
// only in their figures. Each row links to its sentence in the reader and can join a session.
import { Table, Tag, Tooltip } from 'antd';
import type { Comparison, NumberChange } from '../../../../electron/contract/api';
import { routeHref } from '../../hooks/use-hash-route';
import { AddToSessionButton } from '../sessions/AddToSessionButton';

function Value({ v, docId, p, sentence }: { v: string | null; docId: string; p: number | null; sentence: string }) {
  if (v === null) return <span className="cmp-none">—</span>;
  return (
    <Tooltip title={sentence}>
      <a href={routeHref('reader', { id: docId, p: p ?? undefined })}>{v}</a>
    </Tooltip>
  );
}

export function NumbersPanel({ c }: { c: Comparison }) {
  const year = (y: number | null, fallback: string) => (y ? `${y}年` : fallback);
  return (
    <Table<NumberChange>
      size="small"
      aria-label="数字变化"
      pagination={false}
      rowKey={(r) => `${r.kind}-${r.label}-${r.newerParagraph}`}
      dataSource={c.numbers}
      rowClassName={(r) => (r.changed ? 'number-changed' : '')}
      columns={[
        {
          title: '指标',
          dataIndex: 'label',
          render: (l: string, r) =>
            r.kind === 'target' ? <strong>{l}</strong> : <span className="cmp-other">{l}</span>,
        },
        {
          title: year(c.older.year, '旧'),
          render: (_, r) => <Value v={r.older} docId={c.older.id} p={r.olderParagraph} sentence={r.olderSentence} />,
        },
        {
          title: year(c.newer.year, '新'),
          render: (_, r) => <Value v={r.newer} docId={c.newer.id} p={r.newerParagraph} sentence={r.newerSentence} />,
        },
        { title: '变化', render: (_, r) => (r.changed ? <Tag color="red">有变化</Tag> : <Tag>未变</Tag>) },
        {
          title: '',
          className: 'no-print',
          render: (_, r) => (
            <AddToSessionButton
              item={{
                kind: 'note',
                text: `${r.label}：${year(c.older.year, '旧')}${r.older ?? '—'}，${year(c.newer.year, '新')}${r.newer ?? '—'}。`,
              }}
              label="加入专题"
            />
          ),
        },
      ]}
    />
  );
}
