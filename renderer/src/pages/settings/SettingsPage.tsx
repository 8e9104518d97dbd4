// 设置: appearance, the data folder, 数据与备份 (slot), hints, shortcuts and about.
import { Button, Card, Space, Typography } from 'antd';
import { api } from '../../api/transport';
import { showShortcuts } from '../../help/help-events';
import { ShortcutTable } from '../../help/ShortcutSheet';
import { useApi } from '../../hooks/use-api';
import { AboutCard } from './AboutCard';
import { AppearanceCard } from './AppearanceCard';
import { BackupSection } from './BackupSection';
import { DataFolderCard } from './DataFolderCard';
import { HintsCard } from './HintsCard';

export function SettingsPage() {
  const info = useApi(() => api.info({}), []);
  return (
    <section className="page settings-page">
      <Typography.Title level={2}>设置</Typography.Title>
      <Space direction="vertical" size="large" className="settings-stack">
        <AppearanceCard />
        <DataFolderCard info={info.data} />
        <BackupSection />
        <HintsCard />
        <Card
          title="快捷键"
          className="shortcuts-card"
          extra={<Button onClick={showShortcuts}>在弹窗中查看（F1）</Button>}
        >
          <ShortcutTable />
        </Card>
        <AboutCard info={info.data} />
      </Space>
    </section>
  );
}
