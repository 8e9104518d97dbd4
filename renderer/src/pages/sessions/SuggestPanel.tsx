// 推荐材料: type a topic or pick a tag → ranked documents (with the best passage), 金句 and 提法
// from search; each can be added to the agenda with its 出处.
import { Button, Card, Col, Empty, Input, List, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ApiArgs, SessionMaterial } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { useApi } from '../../hooks/use-api';

type NewItem = Omit<ApiArgs<'addSessionItem'>, 'sessionId'>;

export function SuggestPanel({ initialTopic, onAdd }: { initialTopic: string; onAdd(item: NewItem): Promise<void> }) {
  const [topic, setTopic] = useState(initialTopic);
  const [tag, setTag] = useState<string>();
  const [run, setRun] = useState({ topic: initialTopic, tag: undefined as string | undefined });
  const tags = useApi(() => api.listTags({}), []);
  const res = useApi<SessionMaterial>(
    () => api.suggestSessionMaterial({ topic: run.topic, tag: run.tag, limit: 10 }),
    [run.topic, run.tag],
  );
  const m = res.data;
  return (
    <Card size="small" title="推荐材料" className="no-print suggest-panel">
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label="学习主题"
          placeholder="输入学习主题，如：基层党组织"
          value={topic}
          onChange={(e) => setTopic(e.target.value)}
          onSearch={(v) => setRun({ topic: v.trim(), tag })}
          enterButton="推荐"
          style={{ width: 360 }}
        />
        <Select
          allowClear
          aria-label="按标签推荐"
          placeholder="或选择标签"
          style={{ width: 200 }}
          value={tag}
          onChange={(v: string | undefined) => {
            setTag(v);
            setRun({ topic: topic.trim(), tag: v });
          }}
          options={(tags.data?.items ?? []).map((t) => ({ value: t.name, label: t.name }))}
        />
      </Space>
      {!run.topic && !run.tag ? (
        <Empty description="输入主题或选择标签，获取相关文献、金句和提法" />
      ) : (
        <Row gutter={16}>
          <Col span={12}>
            <Typography.Title level={5}>文献</Typography.Title>
            <List
              className="suggest-docs"
              size="small"
              loading={res.loading}
              dataSource={m?.documents ?? []}
              locale={{ emptyText: '没有找到相关文献' }}
              renderItem={(d) => (
                <List.Item
                  actions={[
                    <Button
                      key="ex"
                      size="small"
                      onClick={() => onAdd({ kind: 'excerpt', docId: d.docId, paragraph: d.paragraph })}
                    >
                      加入摘录
                    </Button>,
                    <Button key="doc" size="small" onClick={() => onAdd({ kind: 'document', docId: d.docId })}>
                      加入全文
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    title={`《${d.title}》`}
                    description={<span className="suggest-snippet">{d.snippet}</span>}
                  />
                </List.Item>
              )}
            />
          </Col>
          <Col span={12}>
            <Typography.Title level={5}>金句</Typography.Title>
            <List
              className="suggest-quotes"
              size="small"
              loading={res.loading}
              dataSource={m?.quotes ?? []}
              locale={{ emptyText: '没有找到相关金句' }}
              renderItem={(q) => (
                <List.Item
                  actions={[
                    <Button
                      key="add"
                      size="small"
                      onClick={() =>
                        onAdd(
                          q.quoteId.startsWith('s:')
                            ? { kind: 'quote', savedQuoteId: Number(q.quoteId.slice(2)) }
                            : { kind: 'quote', quoteId: q.quoteId },
                        )
                      }
                    >
                      加入
                    </Button>,
                  ]}
                >
                  <List.Item.Meta title={q.text} description={q.citation} />
                </List.Item>
              )}
            />
            <Typography.Title level={5}>提法</Typography.Title>
            <Space wrap>
              {(m?.terms ?? []).map((t) => (
                <Tag
                  key={t.term}
                  className="suggest-term"
                  title={`出现在 ${t.docIds.length} 篇文献中，点击以此提法推荐`}
                  style={{ cursor: 'pointer' }}
                  onClick={() => {
                    setTopic(t.term);
                    setRun({ topic: t.term, tag });
                  }}
                >
                  {t.term}
                </Tag>
              ))}
            </Space>
          </Col>
        </Row>
      )}
    </Card>
  );
}
