// Rename / merge / delete one tag, each confirmed with a preview of what it affects (child tags
// renamed with their parent, and how many documents, annotations and 金句 carry them).
import { App, Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import type { TagImpact } from '../../../electron/contract/api';
import { api } from '../api/transport';

function ImpactView({ impact, action }: { impact: TagImpact; action: 'rename' | 'merge' | 'delete' }) {
  return (
    <div className="tag-impact">
      <p>
        将影响 {impact.documents} 篇文档、{impact.annotations} 条标注、{impact.quotes} 条金句。
      </p>
      <ul>
        {impact.tags.map((t) => (
          <li key={t.from}>{action === 'delete' ? `删除“${t.from}”` : `“${t.from}” → “${t.to}”`}</li>
        ))}
      </ul>
    </div>
  );
}

export function TagActions({ name, onDone }: { name: string; onDone(newName: string | null): void }) {
  const { modal, message } = App.useApp();
  const [mode, setMode] = useState<'rename' | 'merge' | null>(null);
  const [target, setTarget] = useState('');

  const confirm = async (action: 'rename' | 'merge' | 'delete', to?: string) => {
    let impact: TagImpact;
    try {
      impact = await api.previewTagChange({ action, name, to });
    } catch (e) {
      message.error((e as Error).message);
      return;
    }
    const titles = { rename: '确认重命名标签', merge: '确认合并标签', delete: '确认删除标签' };
    modal.confirm({
      title: titles[action],
      content: <ImpactView impact={impact} action={action} />,
      okText: '确认',
      cancelText: '取消',
      okButtonProps: { danger: action === 'delete' },
      onOk: async () => {
        try {
          if (action === 'rename') await api.renameTag({ name, to: to! });
          else if (action === 'merge') await api.mergeTag({ name, into: to! });
          else await api.deleteTag({ name });
          message.success('标签已更新');
          setMode(null);
          onDone(action === 'delete' ? null : to!);
        } catch (e) {
          message.error((e as Error).message);
        }
      },
    });
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button
          onClick={() => {
            setMode('rename');
            setTarget(name);
          }}
        >
          重命名
        </Button>
        <Button
          onClick={() => {
            setMode('merge');
            setTarget('');
          }}
        >
          合并到…
        </Button>
        <Button danger onClick={() => void confirm('delete')}>
          删除
        </Button>
      </Space>
      {mode && (
        <Space.Compact style={{ width: '100%' }}>
          <Input
            aria-label={mode === 'rename' ? '新标签名' : '合并到的标签'}
            placeholder={mode === 'rename' ? '新名称（可用 / 分级）' : '已有标签的完整名称'}
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            onPressEnter={() => target.trim() && void confirm(mode, target.trim())}
          />
          <Button type="primary" disabled={!target.trim()} onClick={() => void confirm(mode, target.trim())}>
            预览并确认
          </Button>
        </Space.Compact>
      )}
      <Typography.Text type="secondary">重命名上级标签时，其下级标签会一并改名。</Typography.Text>
    </Space>
  );
}
