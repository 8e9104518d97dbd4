// Export everything to one .zip, and import such a file (from this or another computer). Importing
// replaces the current data, which is kept as a snapshot first; the user confirms before it runs.
import { App, Button, Space, Upload } from 'antd';
import { api, fileRef } from '../../api/transport';
import { downloadFile } from '../../download';
import { countsText } from './backup-labels';

interface Props {
  busy: boolean;
  run(label: string, task: () => Promise<string>): void;
}

export function ExportImportAll({ busy, run }: Props) {
  const { modal } = App.useApp();
  const exportAll = () =>
    run('正在导出全部数据…', async () => {
      const r = await api.exportAll({});
      downloadFile(r);
      return `已导出：${countsText(r.counts)}`;
    });
  const importAll = (file: File) =>
    modal.confirm({
      title: '导入全部数据？',
      content: `将用“${file.name}”中的数据替换当前的全部个人数据。当前数据会先保存为快照，可随时恢复。`,
      okText: '导入',
      cancelText: '取消',
      onOk: () =>
        run('正在导入全部数据…', async () => {
          const r = await api.importAll({ file: await fileRef(file) });
          return `已导入：${countsText(r.counts)}`;
        }),
    });
  return (
    <Space wrap>
      <Button disabled={busy} onClick={exportAll}>
        导出全部数据
      </Button>
      <Upload
        accept=".zip"
        showUploadList={false}
        beforeUpload={(file) => {
          importAll(file as unknown as File);
          return false;
        }}
      >
        <Button disabled={busy}>导入全部数据…</Button>
      </Upload>
    </Space>
  );
}
