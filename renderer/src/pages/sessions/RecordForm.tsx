// 会议记录: sign-in (出席 / 缺席 + reason; walk-ins can be added), 参学率 computed live, speakers
// and their points (讨论发言要点), 讨论情况, 学习内容 and 记录人; saved and exported as DOCX.
import { Button, Card, Descriptions, Input, Radio, Space, Statistic, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { StudySession } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { downloadFile } from '../../download';

interface Person {
  name: string;
  present: boolean | null;
  reason: string;
}

export function RecordForm({ session, onSaved }: { session: StudySession; onSaved(s: StudySession): void }) {
  const [people, setPeople] = useState<Person[]>([]);
  const [speakers, setSpeakers] = useState<{ name: string; points: string }[]>([]);
  const [discussion, setDiscussion] = useState('');
  const [content, setContent] = useState('');
  const [recorder, setRecorder] = useState('');
  const [walkIn, setWalkIn] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setPeople(session.attendees.map((a) => ({ name: a.name, present: a.present, reason: a.reason })));
    setSpeakers(session.record.speakers.length ? session.record.speakers : [{ name: '', points: '' }]);
    setDiscussion(session.record.discussion);
    setContent(session.record.content);
    setRecorder(session.record.recorder);
  }, [session]);

  const stats = useMemo(() => {
    const present = people.filter((p) => p.present === true).length;
    const signed = people.some((p) => p.present !== null);
    return {
      expected: people.length,
      present,
      rate: signed && people.length ? Math.round((present / people.length) * 1000) / 10 : null,
    };
  }, [people]);
  const setPerson = (i: number, patch: Partial<Person>) =>
    setPeople((ps) => ps.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const save = async () => {
    setBusy(true);
    try {
      const s = await api.saveSessionRecord({
        id: session.id,
        attendance: people,
        speakers: speakers.filter((s) => s.name.trim()).map((s) => ({ name: s.name.trim(), points: s.points })),
        discussion,
        content,
        recorder,
      });
      onSaved(s);
      return s;
    } finally {
      setBusy(false);
    }
  };
  const exportDocx = async () => {
    await save();
    downloadFile(await api.exportSessionRecord({ id: session.id }));
  };

  return (
    <Card size="small" title="会议记录" className="record-form">
      <Descriptions
        size="small"
        column={3}
        items={[
          { key: 'd', label: '时间', children: session.date ?? '未定' },
          { key: 'p', label: '地点', children: session.place || '—' },
          { key: 'h', label: '主持人', children: session.host || '—' },
        ]}
      />
      <Space size={40} style={{ margin: '12px 0' }}>
        <Statistic title="应到" value={stats.expected} suffix="人" />
        <Statistic title="实到" value={stats.present} suffix="人" />
        <Statistic title="参学率" value={stats.rate === null ? '未签到' : `${stats.rate}%`} />
      </Space>
      <Typography.Title level={5}>签到</Typography.Title>
      <Table
        size="small"
        rowKey="name"
        pagination={false}
        dataSource={people}
        className="signin-table"
        columns={[
          { title: '姓名', dataIndex: 'name', width: 120 },
          {
            title: '出勤',
            width: 200,
            render: (_: unknown, p: Person, i: number) => (
              <Radio.Group
                aria-label={`${p.name}出勤`}
                value={p.present === null ? undefined : p.present ? 'y' : 'n'}
                onChange={(e) => setPerson(i, { present: e.target.value === 'y' })}
              >
                <Radio value="y">出席</Radio>
                <Radio value="n">缺席</Radio>
              </Radio.Group>
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
          placeholder="临时参加人员姓名"
          value={walkIn}
          onChange={(e) => setWalkIn(e.target.value)}
        />
        <Button
          disabled={!walkIn.trim() || people.some((p) => p.name === walkIn.trim())}
          onClick={() => {
            setPeople((ps) => [...ps, { name: walkIn.trim(), present: true, reason: '' }]);
            setWalkIn('');
          }}
        >
          添加
        </Button>
      </Space.Compact>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        发言人及发言要点
      </Typography.Title>
      <Space direction="vertical" style={{ width: '100%' }}>
        {speakers.map((sp, i) => (
          <Space.Compact key={i} style={{ width: '100%' }}>
            <Input
              aria-label={`发言人${i + 1}`}
              placeholder="发言人"
              style={{ width: 140 }}
              value={sp.name}
              onChange={(e) => setSpeakers((xs) => xs.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))}
            />
            <Input
              aria-label={`发言要点${i + 1}`}
              placeholder="发言要点"
              value={sp.points}
              onChange={(e) => setSpeakers((xs) => xs.map((x, j) => (j === i ? { ...x, points: e.target.value } : x)))}
            />
          </Space.Compact>
        ))}
        <Button size="small" onClick={() => setSpeakers((xs) => [...xs, { name: '', points: '' }])}>
          添加发言人
        </Button>
      </Space>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        讨论情况
      </Typography.Title>
      <Input.TextArea
        aria-label="讨论情况"
        rows={3}
        value={discussion}
        onChange={(e) => setDiscussion(e.target.value)}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        学习内容（留空则按议程自动生成）
      </Typography.Title>
      <Input.TextArea aria-label="学习内容" rows={2} value={content} onChange={(e) => setContent(e.target.value)} />
      <Space style={{ marginTop: 16 }}>
        <Input
          aria-label="记录人"
          addonBefore="记录人"
          value={recorder}
          onChange={(e) => setRecorder(e.target.value)}
          style={{ width: 240 }}
        />
        <Button type="primary" loading={busy} onClick={save}>
          保存记录
        </Button>
        <Button onClick={exportDocx}>导出会议记录（DOCX）</Button>
      </Space>
    </Card>
  );
}
