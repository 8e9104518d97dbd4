// 设置 › 数据文件夹: where the user's data lives, with 打开 (system file manager) and 复制路径.
import { App, Button, Card, Space, Typography } from 'antd';
import type { InfoResult } from '../../../../electron/contract/api';
import { api } from '../../api/transport';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function DataFolderCard({ info }: { info: InfoResult | null }) {
  const { message } = App.useApp();
  const open = async () => {
    const r = await api.openDataFolder({});
    if (r.opened) message.success('已在文件管理器中打开数据文件夹');
    else
      message.info(
        (await copy(r.path))
          ? '这台电脑无法自动打开文件管理器，路径已复制，请粘贴到文件管理器的地址栏。'
          : '这台电脑无法自动打开文件管理器，请按上面的路径手动打开。',
      );
  };
  return (
    <Card title="数据文件夹" className="data-folder-card">
      <Typography.Paragraph>
        标注、标签、金句本、测验记录和学习专题都保存在这里；备份此文件夹即可保留您的全部学习数据。
      </Typography.Paragraph>
      <Typography.Paragraph>
        <Typography.Text code className="data-folder-path" aria-label="数据文件夹位置">
          {info?.dataDir ?? '…'}
        </Typography.Text>
      </Typography.Paragraph>
      <Space wrap>
        <Button onClick={() => void open()} disabled={!info}>
          打开数据文件夹
        </Button>
        <Button
          onClick={() =>
            info &&
            void copy(info.dataDir).then((ok) => (ok ? message.success('已复制路径') : message.info(info.dataDir)))
          }
          disabled={!info}
        >
          复制路径
        </Button>
      </Space>
    </Card>
  );
}
