// Export a set of questions: 试卷 + 参考答案 (DOCX or print-ready HTML) or Anki CSV.
import { App, Button, Space } from 'antd';
import { api } from '../../api/transport';
import { downloadFile } from '../../download';

export function ExportButtons({ ids, title }: { ids: number[]; title: string }) {
  const { message } = App.useApp();
  const run = async (format: 'docx' | 'html' | 'anki') => {
    try {
      const r = await api.quizExport({ ids: ids.slice(0, 500), format, title });
      downloadFile({ name: r.name, mimeType: r.mimeType, dataBase64: r.dataBase64 });
      if (r.answerKey)
        downloadFile({ name: r.answerKey.name, mimeType: r.answerKey.mimeType, dataBase64: r.answerKey.dataBase64 });
      message.success(r.answerKey ? `已导出试卷和参考答案（${ids.length} 题）` : `已导出 ${ids.length} 题`);
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <Space.Compact>
      <Button onClick={() => run('docx')}>导出试卷（Word）</Button>
      <Button onClick={() => run('html')}>导出试卷（网页打印）</Button>
      <Button onClick={() => run('anki')}>导出 Anki</Button>
    </Space.Compact>
  );
}
