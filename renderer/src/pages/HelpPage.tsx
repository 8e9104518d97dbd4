// 帮助: the first-run guide again, every keyboard shortcut, and where things are kept.
import { Button, Card, Space, Typography } from 'antd';
import { showTour } from '../help/help-events';
import { ShortcutTable } from '../help/ShortcutSheet';
import { navigate } from '../hooks/use-hash-route';

export function HelpPage() {
  return (
    <section className="page help-page">
      <Typography.Title level={2}>帮助</Typography.Title>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card title="新手引导">
          <Typography.Paragraph>
            几页简短的介绍：书库与导入、搜索、阅读与标注、测验，以及组织一次学习（学习专题）的完整流程。
          </Typography.Paragraph>
          <Button type="primary" onClick={showTour}>
            查看新手引导
          </Button>
        </Card>
        <Card title="快捷键" extra={<Typography.Text type="secondary">随时按 F1 或 ? 查看</Typography.Text>}>
          <ShortcutTable />
        </Card>
        <Card title="数据保存在哪里">
          <Typography.Paragraph>
            您的标注、标签、金句本、测验记录和学习专题都保存在本机的数据文件夹中，内置书库更新时不会被覆盖。
          </Typography.Paragraph>
          <Button onClick={() => navigate('settings')}>在设置中查看数据文件夹与版本</Button>
        </Card>
      </Space>
    </section>
  );
}
