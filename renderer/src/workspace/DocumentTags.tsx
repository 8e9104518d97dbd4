// The document's tags in the reader, with suggested tags (TF-IDF 提法): “+ 词” adds one, “×” stops
// suggesting it — two labelled buttons, so a click never does the unexpected one.
import { App, Button, Space, Tooltip, Typography } from 'antd';
import type { TagInfo } from '../../../electron/contract/api';
import { api } from '../api/transport';
import { useApi } from '../hooks/use-api';
import { TagSelect } from './TagSelect';

export function DocumentTags(props: { docId: string; value: string[]; tags: TagInfo[]; onChanged(): void }) {
  const { message } = App.useApp();
  const suggestions = useApi(
    () => api.suggestTags({ docId: props.docId, limit: 6 }),
    [props.docId, props.value.join('|')],
  );
  const change = async (next: string[]) => {
    const add = next.filter((t) => !props.value.includes(t));
    const remove = props.value.filter((t) => !next.includes(t));
    await api.tagItems({ kind: 'document', ids: [props.docId], add, remove });
    props.onChanged();
  };
  const accept = async (term: string) => {
    await api.tagItems({ kind: 'document', ids: [props.docId], add: [term] });
    message.success(`已添加标签“${term}”`);
    props.onChanged();
  };
  const dismiss = async (term: string) => {
    await api.dismissTagSuggestion({ docId: props.docId, term });
    suggestions.reload();
  };
  const items = suggestions.data?.items ?? [];
  return (
    <div className="doc-tags no-print">
      <TagSelect
        value={props.value}
        onChange={(v) => void change(v)}
        tags={props.tags}
        ariaLabel="文档标签"
        placeholder="为本文添加标签"
      />
      {items.length > 0 && (
        <Space wrap size={4} className="tag-suggestions">
          <Typography.Text type="secondary">建议标签（点击添加，× 不再建议）：</Typography.Text>
          {items.map((s) => (
            <Space.Compact key={s.term} className="suggested-tag">
              <Tooltip title={`出现 ${s.count} 次，点击添加为本文标签`}>
                <Button size="small" aria-label={`添加标签“${s.term}”`} onClick={() => void accept(s.term)}>
                  + {s.term}
                </Button>
              </Tooltip>
              <Tooltip title="不再建议这个标签">
                <Button size="small" aria-label={`不再建议“${s.term}”`} onClick={() => void dismiss(s.term)}>
                  ×
                </Button>
              </Tooltip>
            </Space.Compact>
          ))}
        </Space>
      )}
    </div>
  );
}
