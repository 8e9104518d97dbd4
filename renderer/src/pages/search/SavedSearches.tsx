// Saved searches (re-run with one click) and recent searches, beside the results.
import { App, Button, Card, Empty, List, Popconfirm, Space, Typography } from 'antd';
import { api } from '../../api/transport';
import { useApi } from '../../hooks/use-api';
import { routeHref } from '../../hooks/use-hash-route';

export function SavedSearches({ refreshKey }: { refreshKey: number }) {
  const { message } = App.useApp();
  const saved = useApi(() => api.listSavedSearches({}), [refreshKey]);
  const recent = useApi(() => api.listSearchHistory({ limit: 10 }), [refreshKey]);
  return (
    <Space direction="vertical" style={{ width: '100%' }} className="no-print saved-searches">
      <Card size="small" title="保存的搜索">
        <List
          size="small"
          dataSource={saved.data?.items ?? []}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有保存的搜索" /> }}
          renderItem={(s) => (
            <List.Item
              actions={[
                <Button
                  key="del"
                  type="link"
                  size="small"
                  aria-label={`删除保存的搜索 ${s.name}`}
                  onClick={async () => {
                    await api.deleteSavedSearch({ id: s.id });
                    message.success('已删除');
                    saved.reload();
                  }}
                >
                  删除
                </Button>,
              ]}
            >
              <a href={routeHref('search', { q: s.query })} title={s.query}>
                {s.name}
              </a>
            </List.Item>
          )}
        />
      </Card>
      <Card
        size="small"
        title="最近搜索"
        extra={
          (recent.data?.items.length ?? 0) > 0 && (
            <Popconfirm
              title="清空全部搜索历史？"
              okText="清空"
              cancelText="取消"
              onConfirm={async () => {
                await api.clearSearchHistory({});
                recent.reload();
              }}
            >
              <Button type="link" size="small">
                清空
              </Button>
            </Popconfirm>
          )
        }
      >
        {(recent.data?.items ?? []).map((h) => (
          <div key={h.id}>
            <a href={routeHref('search', { q: h.query })}>{h.query}</a>
          </div>
        ))}
        {recent.data?.items.length === 0 && <Typography.Text type="secondary">暂无</Typography.Text>}
      </Card>
    </Space>
  );
}
