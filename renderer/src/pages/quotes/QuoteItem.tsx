// One row of the 金句 list: the sentence, its 出处 and tags, why it was chosen, and the actions
// (收藏, 标签, 加入学习专题, and 删除 for the user's own 金句); 标签 opens the tag editor inline.
import { Button, List, Space, Tag } from 'antd';
import type { BookQuote, TagInfo } from '../../../../electron/contract/api';
import { routeHref } from '../../hooks/use-hash-route';
import { TagSelect } from '../../workspace/TagSelect';
import { AddToSessionButton } from '../sessions/AddToSessionButton';
import { StatusTag } from '../status/StatusTag';

export interface QuoteItemActions {
  star(item: BookQuote): void;
  setTags(item: BookQuote, next: string[]): void;
  drop(item: BookQuote): void;
  toggleEditing(item: BookQuote): void;
}

export function QuoteItem(props: { item: BookQuote; editing: boolean; tags: TagInfo[]; on: QuoteItemActions }) {
  const { item, on } = props;
  return (
    <List.Item
      className="quote-item"
      actions={[
        <Button
          key="star"
          size="small"
          type="text"
          className="no-print quote-star"
          aria-pressed={item.starred}
          aria-label={item.starred ? '取消收藏' : '收藏'}
          onClick={() => on.star(item)}
        >
          {item.starred ? '★' : '☆'}
        </Button>,
        <Button key="tags" size="small" type="link" className="no-print" onClick={() => on.toggleEditing(item)}>
          标签
        </Button>,
        <AddToSessionButton
          key="session"
          item={
            item.quoteId ? { kind: 'quote', quoteId: item.quoteId } : { kind: 'quote', savedQuoteId: item.savedId ?? 0 }
          }
        />,
        ...(item.origin === 'user'
          ? [
              <Button key="del" size="small" type="link" danger className="no-print" onClick={() => on.drop(item)}>
                删除
              </Button>,
            ]
          : []),
      ]}
    >
      <blockquote className="quote">
        <p className="quote-text">“{item.text}”</p>
        <footer>
          <Space wrap size={4}>
            {item.origin === 'user' && <Tag color="gold">我的金句</Tag>}
            {item.orphaned && (
              <Tag color="default" title="内容库更新后，原文中已找不到这句话；您的收藏和标签仍保留。">
                未定位
              </Tag>
            )}
            {item.historical && <StatusTag status="历史文献" />}
            {item.docId ? (
              <a href={routeHref('reader', { id: item.docId, p: item.paragraph ?? undefined })}>
                {item.citation || '查看原文'}
              </a>
            ) : (
              <span>{item.citation}</span>
            )}
            {item.tags.map((t) => (
              <Tag key={t}>{t}</Tag>
            ))}
          </Space>
          {item.reason && <div className="quote-reason">入选理由：{item.reason}</div>}
        </footer>
        {props.editing && (
          <div className="quote-tag-editor no-print">
            <TagSelect value={item.tags} onChange={(v) => on.setTags(item, v)} tags={props.tags} ariaLabel="金句标签" />
          </div>
        )}
      </blockquote>
    </List.Item>
  );
}
