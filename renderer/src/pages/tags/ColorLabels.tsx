// 标注颜色的含义: the user names each highlight colour (saved on leaving the field).
import { App, Card, Input, Space } from 'antd';
import { api } from '../../api/transport';
import { useHighlightColors } from '../../workspace/use-workspace-data';

export function ColorLabels() {
  const colors = useHighlightColors();
  const { message } = App.useApp();
  return (
    <Card size="small" title="标注颜色的含义" className="no-print">
      <Space direction="vertical" style={{ width: '100%' }}>
        {colors.items.map((c) => (
          <Space key={c.key}>
            <span className="swatch" style={{ background: c.color }} />
            <Input
              aria-label={`颜色${c.position}名称`}
              defaultValue={c.label}
              maxLength={20}
              onBlur={(e) => {
                const v = e.target.value.trim();
                if (v && v !== c.label)
                  void api.renameHighlightColor({ key: c.key, label: v }).then(() => {
                    message.success('已保存');
                    colors.reload();
                  });
              }}
            />
          </Space>
        ))}
      </Space>
    </Card>
  );
}
