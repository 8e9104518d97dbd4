// The 提法 index shown before a formulation is chosen: every 提法 of the study material (lexicon
// and rule formulations; historical documents only when opted in), grouped by category, with its
// count, documents and the year it first appears in the reports. A click follows it through the years.
import { Card, Empty, Input, Space, Spin, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Term } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { useApi } from '../../hooks/use-api';
import { routeHref } from '../../hooks/use-hash-route';

const OTHER = '其他';

function groups(items: Term[], filter: string): [string, Term[]][] {
  const by = new Map<string, Term[]>();
  for (const t of items) {
    if (filter && !t.term.includes(filter)) continue;
    const cat = t.category ?? OTHER;
    by.set(cat, [...(by.get(cat) ?? []), t]);
  }
  // The largest categories first; 其他 (formulations without a category) last.
  return [...by].sort((a, b) => Number(a[0] === OTHER) - Number(b[0] === OTHER) || b[1].length - a[1].length);
}

export function TermIndex() {
  const terms = useApi(() => api.listTerms({ limit: 1000 }), []);
  const [filter, setFilter] = useState('');
  const grouped = useMemo(() => groups(terms.data?.items ?? [], filter.trim()), [terms.data, filter]);
  if (terms.loading) return <Spin />;
  if (!terms.data?.items.length) return <Empty description="书库中还没有提法" />;
  return (
    <div className="term-index">
      <Space className="no-print" style={{ marginBottom: 8 }}>
        <Input
          allowClear
          aria-label="筛选提法"
          placeholder="筛选提法"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          style={{ width: '14em' }}
        />
        <Typography.Text type="secondary">
          共 {terms.data.items.length} 个提法（按学习材料统计；历史文献需在阅读页纳入后计入）
        </Typography.Text>
      </Space>
      {grouped.map(([cat, items]) => (
        <Card key={cat} size="small" title={`${cat}（${items.length}）`} className="term-group">
          <Space wrap size={[6, 6]}>
            {items.map((t) => (
              <a key={t.term} href={routeHref('tifa', { term: t.term })} className="term-chip">
                <Tag title={`${t.count} 次，${t.docIds.length} 篇${t.firstYear ? `，${t.firstYear}年首见于报告` : ''}`}>
                  {t.term}
                  <span className="term-count">
                    {t.count}
                    {t.firstYear ? ` · ${t.firstYear}` : ''}
                  </span>
                </Tag>
              </a>
            ))}
          </Space>
        </Card>
      ))}
    </div>
  );
}
