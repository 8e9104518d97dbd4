// 金句本: 金句 extracted from the library and the ones the user saved, each with its 出处;
// filter by speaker, tag, year, 收藏 and text; star (收藏) and tag any of them.
// The parts live in ./quotes/.
import { Alert, Card, Empty, List, Typography } from 'antd';
import { useState } from 'react';
import { useTags } from '../workspace/use-workspace-data';
import { QuoteFilters } from './quotes/QuoteFilters';
import { QuoteItem, type QuoteItemActions } from './quotes/QuoteItem';
import { StarredDocuments } from './quotes/StarredDocuments';
import { useQuoteBook } from './quotes/use-quote-book';

export function QuotesPage() {
  const tags = useTags();
  const { filter, set, quotes, star, setTags, drop } = useQuoteBook(tags.reload);
  const [editing, setEditing] = useState<string | null>(null);
  const on: QuoteItemActions = {
    star: (item) => void star(item),
    setTags: (item, next) => void setTags(item, next),
    drop: (item) => void drop(item),
    toggleEditing: (item) => setEditing(editing === item.key ? null : item.key),
  };

  return (
    <section className="page quotes-page">
      <Typography.Title level={2}>金句</Typography.Title>
      <Card size="small" className="filters no-print">
        <QuoteFilters
          filter={filter}
          set={set}
          facets={quotes.data?.facets}
          tags={tags.items}
          total={quotes.data?.total}
        />
      </Card>
      {quotes.error && <Alert type="error" showIcon message={quotes.error} />}
      {filter.source === 'saved' && <StarredDocuments />}
      <List
        className="quote-list"
        loading={quotes.loading}
        dataSource={quotes.data?.items ?? []}
        locale={{ emptyText: <Empty description="还没有金句。在阅读时选中句子，点“记金句”即可收藏。" /> }}
        renderItem={(item) => (
          <QuoteItem key={item.key} item={item} editing={editing === item.key} tags={tags.items} on={on} />
        )}
      />
    </section>
  );
}
