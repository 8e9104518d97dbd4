// One 学习专题: details, the agenda (reorder, remove, add), 推荐材料, outputs (DOCX handout, print
// page for PDF, 放映) and the 会议记录 tab.
import { Alert, App, Button, Descriptions, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ApiArgs, StudySession } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { navigate } from '../../hooks/use-hash-route';
import { AddItemPanel } from './AddItemPanel';
import { AgendaList } from './AgendaList';
import { downloadFile } from '../../download';
import { RecordForm } from './RecordForm';
import { SessionForm } from './SessionForm';
import { SuggestPanel } from './SuggestPanel';

type NewItem = Omit<ApiArgs<'addSessionItem'>, 'sessionId'>;

export function SessionEditor({ id, tab }: { id: number; tab: string }) {
  const { message } = App.useApp();
  const [session, setSession] = useState<StudySession | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    api.getSession({ id }).then(setSession, (e: Error) => setError(e.message));
  }, [id]);
  const run = async (p: Promise<StudySession>, ok?: string) => {
    try {
      setSession(await p);
      if (ok) message.success(ok);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  if (error) return <Alert type="error" message={error} />;
  if (!session) return <Spin />;
  const add = (item: NewItem) => run(api.addSessionItem({ sessionId: id, ...item }), '已加入议程');

  const agenda = (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Typography.Text type="secondary">拖动左侧手柄或选中一项后按 Alt+↑ / Alt+↓ 调整顺序。</Typography.Text>
      <AgendaList
        items={session.items}
        onReorder={(ids) => run(api.reorderSessionItems({ sessionId: id, itemIds: ids }))}
        onRemove={(itemId) => run(api.removeSessionItem({ id: itemId }), '已移除')}
        onEdit={(itemId, content) => run(api.updateSessionItem({ id: itemId, content }), '已修改')}
      />
      <AddItemPanel onAdd={add} />
    </Space>
  );
  return (
    <section className="page session-editor">
      <Space className="no-print" style={{ marginBottom: 8 }}>
        <Button onClick={() => navigate('sessions')}>← 全部学习专题</Button>
      </Space>
      <Typography.Title level={2}>
        {session.title} <Tag color="red">{session.kind}</Tag>
      </Typography.Title>
      <Descriptions
        size="small"
        column={4}
        items={[
          { key: 'date', label: '日期', children: session.date ?? '未定' },
          { key: 'place', label: '地点', children: session.place || '—' },
          { key: 'host', label: '主持人', children: session.host || '—' },
          { key: 'people', label: '计划参加', children: `${session.attendees.filter((a) => a.planned).length} 人` },
        ]}
      />
      <Space wrap className="no-print session-actions" style={{ margin: '8px 0 16px' }}>
        <Button onClick={() => setEditing(true)}>编辑信息</Button>
        <Button
          type="primary"
          disabled={session.items.length === 0}
          onClick={async () => downloadFile(await api.exportSessionHandout({ id }))}
        >
          导出学习材料（DOCX）
        </Button>
        <Button disabled={session.items.length === 0} onClick={() => navigate('sessions', { id, view: 'print' })}>
          打印 / PDF
        </Button>
        <Button
          disabled={session.items.length === 0}
          onClick={() => {
            // Ask for full screen inside the click (browsers require a user gesture); optional.
            void document.documentElement.requestFullscreen?.().catch(() => undefined);
            navigate('projector', { id });
          }}
        >
          放映
        </Button>
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(k) => navigate('sessions', { id, tab: k === 'agenda' ? undefined : k })}
        items={[
          { key: 'agenda', label: `议程（${session.items.length}）`, children: agenda },
          { key: 'suggest', label: '推荐材料', children: <SuggestPanel initialTopic={session.title} onAdd={add} /> },
          { key: 'record', label: '会议记录', children: <RecordForm session={session} onSaved={setSession} /> },
        ]}
      />
      <SessionForm
        open={editing}
        session={session}
        onCancel={() => setEditing(false)}
        onSubmit={async (f) => {
          await run(api.updateSession({ id, ...f }), '已保存');
          setEditing(false);
        }}
      />
    </section>
  );
}
