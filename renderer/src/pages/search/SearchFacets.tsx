// Facets of a result set: click one to narrow the search. Years newest first; the rest by count.
import { Card, Tag, Typography } from 'antd';
import type { SearchResult } from '../../../../electron/contract/api';
import { routeHref } from '../../hooks/use-hash-route';

const FACET_LABEL: Record<string, string> = { type: '类型', year: '年份', source: '来源', tag: '标签' };

export function facetEntries(name: string, counts: Record<string, number>): [string, number][] {
  const entries = Object.entries(counts);
  return name === 'year'
    ? entries.sort((a, b) => Number(b[0]) - Number(a[0]))
    : entries.sort((a, b) => b[1] - a[1]).slice(0, 12);
}

export function SearchFacets({ query, facets }: { query: string; facets: SearchResult['facets'] }) {
  if (!Object.values(facets).some((f) => Object.keys(f).length)) return null;
  return (
    <Card size="small" className="facets no-print">
      {Object.entries(facets).map(([name, counts]) =>
        Object.keys(counts).length ? (
          <div key={name} className="facet-row" data-facet={name}>
            <Typography.Text type="secondary">{FACET_LABEL[name] ?? name}：</Typography.Text>
            {facetEntries(name, counts).map(([k, n]) => (
              <a key={k} href={routeHref('search', { q: `${query} ${name}:${name === 'year' ? `${k}..${k}` : k}` })}>
                <Tag>
                  {k} {n}
                </Tag>
              </a>
            ))}
          </div>
        ) : null,
      )}
    </Card>
  );
}
