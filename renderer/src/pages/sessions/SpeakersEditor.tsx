// 发言人及发言要点: one row per speaker, added with 添加发言人.
import { Button, Input, Space } from 'antd';

export interface SpeakerRow {
  name: string;
  points: string;
}

export function SpeakersEditor({ rows, onChange }: { rows: SpeakerRow[]; onChange(next: SpeakerRow[]): void }) {
  const set = (i: number, patch: Partial<SpeakerRow>) =>
    onChange(rows.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {rows.map((sp, i) => (
        <Space.Compact key={i} style={{ width: '100%' }}>
          <Input
            aria-label={`发言人${i + 1}`}
            placeholder="发言人"
            style={{ width: 140 }}
            value={sp.name}
            onChange={(e) => set(i, { name: e.target.value })}
          />
          <Input
            aria-label={`发言要点${i + 1}`}
            placeholder="发言要点"
            value={sp.points}
            onChange={(e) => set(i, { points: e.target.value })}
          />
        </Space.Compact>
      ))}
      <Button size="small" onClick={() => onChange([...rows, { name: '', points: '' }])}>
        添加发言人
      </Button>
    </Space>
  );
}
