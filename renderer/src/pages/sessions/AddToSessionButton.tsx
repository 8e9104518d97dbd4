// "加入学习专题": a small button other pages drop next to a document, passage, 金句 or annotation.
// It lists recent sessions (or creates one) and adds the item with its 出处 via addSessionItem.
import { App, Button, Dropdown, Input, Modal } from 'antd';
import { useState } from 'react';
import type { ApiArgs, SessionSummary } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { navigate } from '../../hooks/use-hash-route';

export type SessionItemSource = Omit<ApiArgs<'addSessionItem'>, 'sessionId'>;

export function AddToSessionButton({
  item,
  size = 'small',
  label = '加入学习专题',
}: {
  item: SessionItemSource;
  size?: 'small' | 'middle';
  label?: string;
}) {
  const { message } = App.useApp();
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null);
  const [naming, setNaming] = useState(false);
  const [title, setTitle] = useState('');
  const add = async (sessionId: number, sessionTitle: string) => {
    try {
      await api.addSessionItem({ ...item, sessionId });
      message.success({ content: `已加入“${sessionTitle}”`, key: 'add-to-session' });
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const create = async () => {
    const s = await api.createSession({
      title: title.trim(),
      kind: '党小组会',
      date: new Date().toISOString().slice(0, 10),
    });
    setNaming(false);
    setTitle('');
    await add(s.id, s.title);
  };
  const menu = [
    ...(sessions ?? []).slice(0, 10).map((s) => ({ key: String(s.id), label: `${s.title}（${s.date ?? '未定'}）` })),
    ...(sessions?.length ? [{ type: 'divider' as const }] : []),
    { key: 'new', label: '新建学习专题…' },
    { key: 'open', label: '打开学习专题页' },
  ];
  return (
    <>
      <Dropdown
        trigger={['click']}
        onOpenChange={(open) =>
          open &&
          api.listSessions({}).then(
            (r) => setSessions(r.items),
            () => setSessions([]),
          )
        }
        menu={{
          items: menu,
          onClick: ({ key }) => {
            if (key === 'new') setNaming(true);
            else if (key === 'open') navigate('sessions');
            else {
              const s = sessions?.find((x) => String(x.id) === key);
              if (s) void add(s.id, s.title);
            }
          },
        }}
      >
        <Button size={size} className="add-to-session no-print">
          {label}
        </Button>
      </Dropdown>
      {/* Mounted only while naming: a closed Modal under each of 20 search hits cost the result
          page's first frame. */}
      {naming && (
        <Modal
          open
          title="新建学习专题"
          okText="新建并加入"
          cancelText="取消"
          okButtonProps={{ disabled: !title.trim() }}
          onOk={create}
          onCancel={() => setNaming(false)}
          destroyOnHidden
        >
          <Input
            aria-label="学习专题标题"
            autoFocus
            placeholder="学习专题标题"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            onPressEnter={() => title.trim() && create()}
          />
        </Modal>
      )}
    </>
  );
}
