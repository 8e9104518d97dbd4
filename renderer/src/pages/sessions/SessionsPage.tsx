// 学习专题 page: the list of sessions and the yearly view, or one session's editor or its print
// page, chosen by the route (`#/sessions`, `?id=…`, `?id=…&view=print`, `?view=year`).
import { App, Button, Card, Empty, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/transport';
import { useApi } from '../../hooks/use-api';
import { navigate, type Route } from '../../hooks/use-hash-route';
import { HandoutPrint } from './HandoutPrint';
import { SessionEditor } from './SessionEditor';
import { SessionForm } from './SessionForm';
import { YearView } from './YearView';

function SessionList() {
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const list = useApi(() => api.listSessions({}), []);
  return (
    <Card size="small">
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setCreating(true)}>
          新建学习专题
        </Button>
      </Space>
      <List
        className="session-list"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description="还没有学习专题。新建一个，为“三会一课”、主题党日准备材料。" /> }}
        renderItem={(s) => (
          <List.Item
            actions={[
              <Button key="open" type="link" onClick={() => navigate('sessions', { id: s.id })}>
                打开
              </Button>,
              <Button
                key="del"
                type="link"
                danger
                onClick={async () => {
                  await api.deleteSession({ id: s.id });
                  message.success('已删除');
                  list.reload();
                }}
              >
                删除
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                <a href={`#/sessions?id=${s.id}`}>
                  {s.title} <Tag>{s.kind}</Tag>
                </a>
              }
              description={`${s.date ?? '日期未定'}　${s.place}　议程 ${s.itemCount} 项　参学率 ${s.attendance.rate === null ? '未签到' : s.attendance.rate + '%'}`}
            />
          </List.Item>
        )}
      />
      <SessionForm
        open={creating}
        session={null}
        onCancel={() => setCreating(false)}
        onSubmit={async (f) => {
          const s = await api.createSession(f);
          setCreating(false);
          navigate('sessions', { id: s.id });
        }}
      />
    </Card>
  );
}

export function SessionsPage({ route }: { route: Route }) {
  const id = Number(route.params.get('id') ?? 0);
  const view = route.params.get('view') ?? '';
  if (id && view === 'print') return <HandoutPrint id={id} />;
  if (id) return <SessionEditor id={id} tab={route.params.get('tab') ?? 'agenda'} />;
  return (
    <section className="page sessions-page">
      <Typography.Title level={2}>学习专题</Typography.Title>
      <Segmented
        style={{ marginBottom: 12 }}
        value={view === 'year' ? 'year' : 'list'}
        onChange={(v) => navigate('sessions', { view: v === 'year' ? 'year' : undefined })}
        options={[
          { value: 'list', label: '全部专题' },
          { value: 'year', label: '年度记录' },
        ]}
      />
      {view === 'year' ? <YearView /> : <SessionList />}
    </section>
  );
}
