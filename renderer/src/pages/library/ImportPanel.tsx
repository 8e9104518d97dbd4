// Import files by drag-and-drop or file dialog (Ctrl+O): several at once, with progress (and
// 取消导入) and a result per file that stays until dismissed.
import { Button, Progress, Upload } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportFileResult } from '../../../../electron/contract/api';
import { api, fileRef } from '../../api/transport';
import { IMPORT_EVENT } from '../../shell/use-menu-commands';
import { useImportResults } from './import-results-store';
import { importChunks } from './import-chunks';
import { ImportResults } from './ImportResults';
import { useQuotePass } from './use-quote-pass';

export function ImportPanel({ onImported }: { onImported(): void }) {
  const [results, setResults] = useImportResults();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const cancelled = useRef(false);
  const [watchingQuotes, setWatchingQuotes] = useState(false);
  const quotePass = useQuotePass(
    watchingQuotes,
    useCallback(() => setWatchingQuotes(false), []),
  );
  useEffect(() => {
    // 文件 › 导入文件… (Ctrl+O) opens the file dialog of this panel.
    const open = () => panel.current?.querySelector<HTMLInputElement>('input[type=file]')?.click();
    window.addEventListener(IMPORT_EVENT, open);
    return () => window.removeEventListener(IMPORT_EVENT, open);
  }, []);

  const importAll = async (files: File[]) => {
    setResults([]);
    setProgress({ done: 0, total: files.length });
    const collected: ImportFileResult[] = [];
    cancelled.current = false;
    // Small files share a call (import-chunks.ts); each file still gets its own result, so one bad
    // file cannot take the others with it, and progress moves after every call.
    for (const chunk of importChunks(files)) {
      if (cancelled.current) {
        for (const file of chunk)
          collected.push({ name: file.name, status: 'error', message: '已取消导入，没有保存任何内容。', docIds: [] });
        continue;
      }
      try {
        const res = await api.importFiles({ files: await Promise.all(chunk.map(fileRef)) });
        collected.push(...res.results);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        for (const file of chunk) collected.push({ name: file.name, status: 'error', message, docIds: [] });
      }
      setResults([...collected]);
      setProgress({ done: collected.length, total: files.length });
    }
    onImported();
    if (collected.some((r) => r.status === 'imported')) setWatchingQuotes(true);
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
        <p className="import-hint">
          支持 txt、md、html、mht、docx、doc、wps、pdf、jsonl（按内容识别类型）；GBK、Big5 编码会自动识别
        </p>
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
      {quotePass && (
        <p className="import-hint" role="status">
          正在提取新文献的金句 {quotePass.done}/{quotePass.total} 篇；文献已可阅读和搜索，金句稍后出现在金句页。
        </p>
      )}
      {results.length > 0 && <ImportResults results={results} onDismiss={() => setResults([])} />}
    </div>
  );
}
