// 签到: planned attendees marked 出席 / 缺席 (+ reason), and walk-ins (临时参加/列席) added by name
// with Enter or 添加 — they count as attending but not in 应到.
import { Button, Input, Radio, Space, Table, Tag } from 'antd';
import { useState } from 'react';

export interface Person {
  name: string;
  planned: boolean;
  present: boolean | null;
  reason: string;
}

export function SignInTable({ people, onChange }: { people: Person[]; onChange(next: Person[]): void }) {
  const [walkIn, setWalkIn] = useState('');
  const setPerson = (i: number, patch: Partial<Person>) =>
    onChange(people.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const name = walkIn.trim();
  const canAdd = !!name && !people.some((p) => p.name === name);
  const add = () => {
    if (!canAdd) return;
    onChange([...people, { name, planned: false, present: true, reason: '' }]);
    setWalkIn('');
  };
  return (
    <>
      <Table
        size="small"
        rowKey="name"
        pagination={false}
        dataSource={people}
        className="signin-table"
        columns={[
          {
            title: '姓名',
            width: 160,
            render: (_: unknown, p: Person) => (
              <span>
                {p.name} {!p.planned && <Tag className="walk-in-tag">列席</Tag>}
              </span>
            ),
          },
          {
            title: '出勤',
            width: 260,
            render: (_: unknown, p: Person, i: number) =>
              p.planned ? (
                <Radio.Group
                  aria-label={`${p.name}出勤`}
                  value={p.present === null ? undefined : p.present ? 'y' : 'n'}
                  onChange={(e) => setPerson(i, { present: e.target.value === 'y' })}
                >
                  <Radio value="y">出席</Radio>
                  <Radio value="n">缺席</Radio>
                </Radio.Group>
              ) : (
                <Space>
                  <span>出席（不计入应到）</span>
                  <Button size="small" type="link" onClick={() => onChange(people.filter((_, j) => j !== i))}>
                    移除
                  </Button>
                </Space>
              ),
          },
          {
            title: '缺席原因',
            render: (_: unknown, p: Person, i: number) =>
              p.present === false ? (
                <Input
                  size="small"
                  aria-label={`${p.name}缺席原因`}
                  placeholder="如：出差、病假"
                  value={p.reason}
                  onChange={(e) => setPerson(i, { reason: e.target.value })}
                />
              ) : null,
          },
        ]}
      />
      <Space.Compact style={{ marginTop: 8 }}>
        <Input
          aria-label="临时参加人员"
          placeholder="临时参加（列席）人员姓名，回车添加"
          value={walkIn}
          onChange={(e) => setWalkIn(e.target.value)}
          onPressEnter={add}
          style={{ width: '22em' }}
        />
        <Button disabled={!canAdd} onClick={add}>
          添加
        </Button>
      </Space.Compact>
    </>
  );
}
