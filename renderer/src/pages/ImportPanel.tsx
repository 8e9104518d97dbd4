// Import files by drag-and-drop or file dialog: several at once, with progress and a result per file.
import { Alert, Button, List, Progress, Tag, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { ImportFileResult } from '../../../electron/contract/api';
import { api, fileRef } from '../api/transport';
import { routeHref } from '../hooks/use-hash-route';
import { IMPORT_EVENT } from '../shell/use-menu-commands';
import { ImportResultDetails } from './ImportResultDetails';

const LABEL = {
  imported: { text: '已导入', color: 'green' },
  duplicate: { text: '重复', color: 'orange' },
  error: { text: '错误', color: 'red' },
} as const;

export function ImportPanel({ onImported }: { onImported(): void }) {
  const [results, setResults] = useState<ImportFileResult[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const cancelled = useRef(false);
  useEffect(() => {
    // 文件 › 导入文件… (Ctrl+O) opens the file dialog of this panel.
    const open = () => panel.current?.querySelector<HTMLInputElement>('input[type=file]')?.click();
    window.addEventListener(IMPORT_EVENT, open);
    return () => window.removeEventListener(IMPORT_EVENT, open);
  }, []);

  const importAll = async (files: File[]) => {
    setError(null);
    setResults([]);
    setProgress({ done: 0, total: files.length });
    const collected: ImportFileResult[] = [];
    cancelled.current = false;
    // One file per call: progress stays visible and one bad file cannot take the others with it.
    for (const file of files) {
      if (cancelled.current) {
        collected.push({ name: file.name, status: 'error', message: '已取消导入，没有保存任何内容。', docIds: [] });
        continue;
      }
      try {
        const res = await api.importFiles({ files: [await fileRef(file)] });
        collected.push(...res.results);
      } catch (err) {
        collected.push({
          name: file.name,
          status: 'error',
          message: err instanceof Error ? err.message : String(err),
          docIds: [],
        });
      }
      setResults([...collected]);
      setProgress({ done: collected.length, total: files.length });
    }
    onImported();
  };

  return (
    <div className="import-panel no-print" ref={panel}>
      <Upload.Dragger
        multiple
        showUploadList={false}
        beforeUpload={(_file, list) => {
          // beforeUpload runs once per file; start the batch on the last one only.
          if (_file === list[list.length - 1]) void importAll(list as unknown as File[]);
          return false;
        }}
      >
        <p className="import-title">导入文件：拖放到这里，或点击选择（可多选）</p>
        <p className="import-hint">支持 txt、md、html、docx、pdf、jsonl（按内容识别类型）；GBK、Big5 编码会自动识别</p>
      </Upload.Dragger>
      {progress && progress.done < progress.total && (
        <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
          <Progress
            percent={Math.round((progress.done / progress.total) * 100)}
            format={() => `${progress.done}/${progress.total}`}
          />
          <Button
            onClick={() => {
              cancelled.current = true;
              void api.importCancel({});
            }}
          >
            取消导入
          </Button>
        </div>
      )}
      {error && <Alert type="error" message={error} showIcon />}
      {results.length > 0 && (
        <List
          size="small"
          className="import-results"
          dataSource={results}
          renderItem={(r) => (
            <List.Item style={{ display: 'block' }}>
              <div>
                <Tag color={LABEL[r.status].color}>{LABEL[r.status].text}</Tag> {r.name} — {r.message}
                {r.docIds.map((id, i) => (
                  <a key={id} href={routeHref('reader', { id })} style={{ marginLeft: 8 }}>
                    打开{r.docIds.length > 1 ? ` ${i + 1}` : ''}
                  </a>
                ))}
              </div>
              <ImportResultDetails result={r} />
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
