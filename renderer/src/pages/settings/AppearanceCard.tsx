// 设置 › 外观: theme and font size (large sizes for older readers), saved in the user database.
import { Card, Radio, Segmented, Slider, Space, Typography } from 'antd';
import { useSettings } from '../../settings-context';

const PRESETS = [
  { label: '标准', value: 16 },
  { label: '大', value: 20 },
  { label: '特大', value: 24 },
  { label: '超大', value: 28 },
];

export function AppearanceCard() {
  const { settings, update } = useSettings();
  return (
    <Card title="外观">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <div>
          <Typography.Text strong>主题</Typography.Text>
          <div>
            <Radio.Group
              aria-label="主题"
              value={settings.theme}
              onChange={(e) => void update({ theme: e.target.value })}
              options={[
                { label: '浅色', value: 'light' },
                { label: '深色', value: 'dark' },
              ]}
            />
          </div>
        </div>
        <div>
          <Typography.Text strong>字号（{settings.fontSize}）</Typography.Text>
          <div>
            <Segmented
              aria-label="字号预设"
              value={PRESETS.find((p) => p.value === settings.fontSize)?.value ?? settings.fontSize}
              options={PRESETS}
              onChange={(v) => void update({ fontSize: Number(v) })}
            />
          </div>
          <Slider
            min={12}
            max={32}
            value={settings.fontSize}
            onChange={(v) => void update({ fontSize: v })}
            aria-label="字号"
          />
          <Typography.Paragraph type="secondary">示例：坚持以人民为中心的发展思想。</Typography.Paragraph>
        </div>
      </Space>
    </Card>
  );
}
