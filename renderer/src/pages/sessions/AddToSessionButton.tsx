// "加入学习专题": a small button other pages drop next to a document, passage, 金句 or annotation.
// It lists recent sessions (or creates one) and adds the item with its 出处 via addSessionItem.
import { App, Button, Dropdown, Input, Modal } from 'antd';
import { useEffect, useRef, useState } from 'react';
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
  // null until first used: the Dropdown (a trigger, its motion and styles) is mounted on the first
  // click, so a page that shows this button under each of 20 hits does not pay for 20 menus.
  const [menuOpen, setMenuOpen] = useState<boolean | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const armed = menuOpen !== null;
  useEffect(() => {
    if (armed) buttonRef.current?.focus(); // the button was re-created inside the Dropdown
  }, [armed]);
  const openChange = (open: boolean) => {
    setMenuOpen(open);
    if (open)
      api.listSessions({}).then(
        (r) => setSessions(r.items),
        () => setSessions([]),
      );
  };
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
  const button = (
    <Button
      ref={buttonRef}
      size={size}
      className="add-to-session no-print"
      onClick={armed ? undefined : () => openChange(true)}
    >
      {label}
    </Button>
  );
  return (
    <>
      {armed ? (
        <Dropdown
          trigger={['click']}
          open={menuOpen}
          onOpenChange={openChange}
          menu={{
            items: menu,
            onClick: ({ key }) => {
              setMenuOpen(false);
              if (key === 'new') setNaming(true);
              else if (key === 'open') navigate('sessions');
              else {
                const s = sessions?.find((x) => String(x.id) === key);
                if (s) void add(s.id, s.title);
              }
            },
          }}
        >
          {button}
        </Dropdown>
      ) : (
        button
      )}
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
