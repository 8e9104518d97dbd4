// 设置 › 提示与引导: show the first-run guide again, or reset every one-time hint.
import { App, Button, Card, Space, Typography } from 'antd';
import { showTour } from '../../help/help-events';
import { useSettings } from '../../settings-context';

export function HintsCard() {
  const { message } = App.useApp();
  const { settings, update } = useSettings();
  return (
    <Card title="提示与引导">
      <Typography.Paragraph>
        新手引导和一次性提示看过后不再出现。重置后，它们会在下次打开应用时重新显示。
      </Typography.Paragraph>
      <Space wrap>
        <Button onClick={showTour}>查看新手引导</Button>
        <Button
          disabled={settings.seenHints.length === 0}
          onClick={() => void update({ seenHints: [] }).then(() => message.success('已重置提示'))}
        >
          重置提示
        </Button>
      </Space>
    </Card>
  );
}
