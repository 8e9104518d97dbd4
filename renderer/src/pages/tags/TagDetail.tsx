// One tag's card on the 标签 page: its counts, colour (palette, picker; keys 1–9 switch tags),
// rename/merge/delete, and the documents carrying it or a tag below it.
import { Alert, App, Button, Card, ColorPicker, List, Space, Typography } from 'antd';
import type { TagInfo } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { useApi } from '../../hooks/use-api';
import { routeHref } from '../../hooks/use-hash-route';
import { TagActions } from '../../workspace/TagActions';

const PALETTE = ['#e74c3c', '#e67e22', '#f1c40f', '#27ae60', '#16a085', '#2980b9', '#8e44ad', '#7f8c8d', '#c0392b'];

export function TagDetail({
  name,
  tag,
  onChanged,
}: {
  name: string;
  /** null for a group: a path prefix that no item carries itself. */
  tag: TagInfo | null;
  onChanged(name: string | null): void;
}) {
  const { message } = App.useApp();
  const docs = useApi(() => api.listDocumentsByTag({ tag: name }), [name, tag]);
  const setColor = async (color: string | null) => {
    try {
      await api.setTagColor({ name, color });
      onChanged(name);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Card size="small" title={`标签：${name}`} className="tag-detail">
      {tag ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text>
            文档 {tag.counts.documents} 篇 · 标注 {tag.counts.annotations} 条 · 金句 {tag.counts.quotes} 条
          </Typography.Text>
          <Space wrap>
            <span>颜色（按数字键 1–9 快速切换）：</span>
            {PALETTE.map((c) => (
              <button
                key={c}
                type="button"
                className={`palette${tag.color === c ? ' on' : ''}`}
                style={{ background: c }}
                aria-label={`设为颜色 ${c}`}
                onClick={() => void setColor(c)}
              />
            ))}
            <ColorPicker
              value={tag.color ?? undefined}
              onChangeComplete={(c) => void setColor(c.toHexString().slice(0, 7))}
              size="small"
            />
            {tag.color && (
              <Button size="small" onClick={() => void setColor(null)}>
                取消颜色
              </Button>
            )}
          </Space>
          <a href={routeHref('search', { q: `tag:${name}` })}>在搜索中按此标签筛选</a>
          <TagActions name={name} onDone={onChanged} />
        </Space>
      ) : (
        <Alert type="info" showIcon message="这是一个分组，本身没有直接标记的条目。" />
      )}
      <List
        size="small"
        header={<b>含此标签（及下级）的文档</b>}
        dataSource={docs.data?.items ?? []}
        locale={{ emptyText: '没有文档' }}
        renderItem={(d) => (
          <List.Item key={d.id}>
            <a href={routeHref('reader', { id: d.id })}>{d.title}</a>
          </List.Item>
        )}
      />
    </Card>
  );
}
