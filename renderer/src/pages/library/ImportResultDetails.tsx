// Under one import result: excerpts (节选) of library documents with a link to the full text and a
// choice to keep or delete, and the collapsed report of what the import removed.
import { Button, Collapse, Space, Tag } from 'antd';
import { useState } from 'react';
import type { ImportFileResult } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { routeHref } from '../../hooks/use-hash-route';

function ExcerptNotice({ e }: { e: NonNullable<ImportFileResult['excerpts']>[number] }) {
  const [state, setState] = useState<'open' | 'kept' | 'deleted'>('open');
  return (
    <Space size={6} wrap className="import-excerpt">
      <Tag color="blue">节选</Tag>
      <span>
        是《{e.fullTitle}》的节选（约 {Math.round(e.contained * 100)}% 的内容在全文中）
      </span>
      <a href={routeHref('reader', { id: e.fullId })}>查看全文</a>
      {state === 'open' && (
        <>
          <Button size="small" onClick={() => setState('kept')}>
            保留节选
          </Button>
          <Button
            size="small"
            danger
            onClick={() => void api.deleteDocument({ id: e.docId }).then(() => setState('deleted'))}
          >
            删除节选
          </Button>
        </>
      )}
      {state === 'kept' && <span>已保留</span>}
      {state === 'deleted' && <span>已删除</span>}
    </Space>
  );
}

export function ImportResultDetails({ result }: { result: ImportFileResult }) {
  const removed = result.removed ?? [];
  return (
    <div className="import-details">
      {(result.excerpts ?? []).map((e) => (
        <ExcerptNotice key={e.docId} e={e} />
      ))}
      {removed.length > 0 && (
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: 'removed',
              label: `导入时去除的内容（${removed.length} 处）`,
              children: (
                <ul className="import-removed">
                  {removed.map((r, i) => (
                    <li key={i}>
                      <Tag>{r.reason}</Tag>
                      {r.text}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
