// One document hit of a search: title linking to the reader at the query, type / status / date /
// source / hit count, the snippets with every match marked, and 加入学习专题. Memoised: paging
// back or a later commit of the same result list re-renders nothing that has not changed.
import { List, Tag } from 'antd';
import { memo } from 'react';
import type { SearchResult } from '../../../../electron/contract/api';
import { routeHref } from '../../hooks/use-hash-route';
import { Highlighted } from '../../highlight';
import { AddToSessionButton } from '../sessions/AddToSessionButton';
import { StatusTag } from '../status/StatusTag';

type Hit = SearchResult['hits'][number];

export const DocumentHit = memo(function DocumentHit({ hit: h, query }: { hit: Hit; query: string }) {
  return (
    <List.Item>
      <List.Item.Meta
        title={<a href={routeHref('reader', { id: h.docId, q: query })}>{h.title}</a>}
        description={
          <div className="hit-meta">
            <Tag color="red">{h.type}</Tag>
            <StatusTag status={h.status} />
            {h.date && <span>{h.date}</span>}
            {h.source && <span>· {h.source}</span>}
            <span>· {h.hitCount} 处匹配</span>
          </div>
        }
      />
      <div className="snippets">
        {h.snippets.map((s, i) => (
          <p key={i} className="snippet">
            …<Highlighted text={s.text} marks={s.marks} />…
          </p>
        ))}
      </div>
      <div className="hit-actions no-print">
        <AddToSessionButton
          item={{ kind: 'excerpt', docId: h.docId, paragraph: h.snippets[0]?.paragraph ?? 0 }}
          label="加入学习专题"
        />
      </div>
    </List.Item>
  );
});
